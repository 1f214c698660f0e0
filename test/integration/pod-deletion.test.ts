import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../internal/client/api-client.js';
import type { KubeObject } from '../../internal/api/index.js';
import { startApiServer, type ApiServerProcess } from '../harness.js';

const pods = ApiClient.kind('pods');
const namespaces = ApiClient.kind('namespaces');
const configmaps = ApiClient.kind('configmaps');
const pod = (name: string): KubeObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] } }) as KubeObject;

describe('graceful deletion and terminating namespaces', () => {
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

  it('deletes an unscheduled pod at once', async () => {
    await client.create({ kind: pods, namespace: 'default' }, pod('never-scheduled'));
    const res = await client.delete({ kind: pods, namespace: 'default', name: 'never-scheduled' });
    expect(res.pending).toBe(false);
    await expect(client.get({ kind: pods, namespace: 'default', name: 'never-scheduled' })).rejects.toMatchObject({ status: { reason: 'NotFound' } });
  });

  it('marks a scheduled pod for deletion with its grace period, until a delete with grace period 0', async () => {
    await client.create({ kind: pods, namespace: 'default' }, pod('bound'));
    await client.bind('default', 'bound', 'node-1');
    const res = await client.delete({ kind: pods, namespace: 'default', name: 'bound' });
    expect(res.pending).toBe(true);
    const marked = await client.get<KubeObject & { spec?: { nodeName?: string } }>({ kind: pods, namespace: 'default', name: 'bound' });
    expect(marked.spec?.nodeName).toBe('node-1');
    expect(marked.metadata?.deletionGracePeriodSeconds).toBe(30);
    expect(Date.parse(marked.metadata!.deletionTimestamp!) - Date.now()).toBeGreaterThan(20_000);
    // What the kubelet does once the containers are gone.
    await client.delete({ kind: pods, namespace: 'default', name: 'bound' }, { gracePeriodSeconds: 0 });
    await expect(client.get({ kind: pods, namespace: 'default', name: 'bound' })).rejects.toMatchObject({ status: { reason: 'NotFound' } });
  });

  it('keeps a deleted namespace Terminating and refuses new content in it', async () => {
    await client.create({ kind: namespaces }, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'doomed' } } as KubeObject);
    await client.create({ kind: configmaps, namespace: 'doomed' }, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'left' } } as KubeObject);
    await client.delete({ kind: namespaces, name: 'doomed' });
    const ns = await client.get<KubeObject & { spec?: { finalizers?: string[] }; status?: { phase?: string } }>({ kind: namespaces, name: 'doomed' });
    expect(ns.status?.phase).toBe('Terminating');
    expect(ns.spec?.finalizers).toEqual(['kubernetes']);
    await expect(
      client.create({ kind: configmaps, namespace: 'doomed' }, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'late' } } as KubeObject),
    ).rejects.toMatchObject({
      status: { code: 403, reason: 'Forbidden', message: 'configmaps "late" is forbidden: unable to create new content in namespace doomed because it is being terminated' },
    });
  });

  it('refuses to delete the immortal namespaces', async () => {
    await expect(client.delete({ kind: namespaces, name: 'kube-system' })).rejects.toMatchObject({ status: { code: 403, reason: 'Forbidden' } });
  });
});
