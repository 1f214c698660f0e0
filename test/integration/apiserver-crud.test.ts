import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../internal/client/api-client.js';
import { StatusError, type KubeObject } from '../../internal/api/index.js';
import { startApiServer, type ApiServerProcess } from '../harness.js';

const configmaps = ApiClient.kind('configmaps');
const namespaces = ApiClient.kind('namespaces');

describe('skiff-apiserver over gRPC', () => {
  let server: ApiServerProcess;
  let client: ApiClient;

  beforeAll(async () => {
    server = await startApiServer();
    client = new ApiClient({ address: server.address });
  });
  afterAll(async () => {
    client?.close();
    await server?.stop();
  });

  it('creates, reads, updates and deletes a ConfigMap', async () => {
    const created = await client.create(
      { kind: configmaps, namespace: 'default' },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { color: 'blue' } } as KubeObject,
    );
    expect(created.metadata?.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.metadata?.namespace).toBe('default');
    const got = await client.get<KubeObject & { data?: Record<string, string> }>({ kind: configmaps, namespace: 'default', name: 'settings' });
    expect(got.data).toEqual({ color: 'blue' });
    const updated = await client.update({ kind: configmaps, namespace: 'default' }, { ...got, data: { color: 'green' } } as KubeObject);
    expect(Number(updated.metadata?.resourceVersion)).toBeGreaterThan(Number(got.metadata?.resourceVersion));
    await client.delete({ kind: configmaps, namespace: 'default', name: 'settings' });
    await expect(client.get({ kind: configmaps, namespace: 'default', name: 'settings' })).rejects.toMatchObject({
      status: { reason: 'NotFound', code: 404, message: 'configmaps "settings" not found' },
    });
  });

  it('answers a stale update with Conflict and the Status intact', async () => {
    const first = await client.create({ kind: configmaps, namespace: 'default' }, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'racy' } } as KubeObject);
    await client.update({ kind: configmaps, namespace: 'default' }, { ...first, data: { a: '1' } } as KubeObject);
    const err = await client.update({ kind: configmaps, namespace: 'default' }, { ...first, data: { a: '2' } } as KubeObject).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StatusError);
    expect((err as StatusError).status).toMatchObject({
      reason: 'Conflict',
      code: 409,
      message: 'Operation cannot be fulfilled on configmaps "racy": the object has been modified; please apply your changes to the latest version and try again',
      details: { name: 'racy', kind: 'configmaps' },
    });
  });

  it('has the system namespaces from the first start', async () => {
    const list = await client.list({ kind: namespaces });
    expect(list.items.map((n) => n.metadata?.name)).toEqual(expect.arrayContaining(['default', 'kube-system', 'kube-public', 'kube-node-lease']));
  });
});
