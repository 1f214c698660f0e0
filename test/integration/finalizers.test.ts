import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../internal/client/api-client.js';
import type { KubeObject } from '../../internal/api/index.js';
import { startApiServer, type ApiServerProcess } from '../harness.js';

const configmaps = ApiClient.kind('configmaps');
const target = { kind: configmaps, namespace: 'default' };

describe('finalizers and propagation policies', () => {
  let server: ApiServerProcess;
  let client: ApiClient;
  beforeAll(async () => {
    server = await startApiServer();
    client = new ApiClient({ address: server.address });
  });
  afterAll(async () => {
    client.close();
    await server.stop();
  });

  it('a delete of an object with finalizers only marks it; removing the last finalizer deletes it', async () => {
    await client.create(target, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'held', finalizers: ['example.com/hold'] } } as KubeObject);
    const res = await client.delete({ ...target, name: 'held' });
    expect(res.pending).toBe(true);
    const marked = await client.get({ ...target, name: 'held' });
    expect(marked.metadata?.deletionTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(marked.metadata?.finalizers).toEqual(['example.com/hold']);
    await expect(
      client.patch({ ...target, name: 'held' }, 'merge', { metadata: { finalizers: ['example.com/hold', 'example.com/more'] } }),
    ).rejects.toMatchObject({ status: { reason: 'Invalid', code: 422 } });
    await client.patch({ ...target, name: 'held' }, 'json', [{ op: 'remove', path: '/metadata/finalizers' }]);
    await expect(client.get({ ...target, name: 'held' })).rejects.toMatchObject({ status: { reason: 'NotFound' } });
  });

  it.each([
    ['Orphan', 'orphan'],
    ['Foreground', 'foregroundDeletion'],
  ] as const)('propagationPolicy %s sets the %s finalizer and leaves the object for the garbage collector', async (policy, finalizer) => {
    const name = `owner-${finalizer.toLowerCase()}`;
    await client.create(target, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name } } as KubeObject);
    await client.delete({ ...target, name }, { propagationPolicy: policy });
    const marked = await client.get({ ...target, name });
    expect(marked.metadata?.finalizers).toEqual([finalizer]);
    expect(marked.metadata?.deletionTimestamp).toBeDefined();
  });

  it('Background deletes at once', async () => {
    await client.create(target, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'bg' } } as KubeObject);
    const res = await client.delete({ ...target, name: 'bg' }, { propagationPolicy: 'Background' });
    expect(res.pending).toBe(false);
    expect(res.object).toMatchObject({ kind: 'Status', status: 'Success', details: { name: 'bg', kind: 'configmaps' } });
  });
});
