import * as k8s from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type ApiServerProcess } from '../harness.js';

// @kubernetes/client-node version 1 (version 2 needs Node 22), as any Kubernetes client would use it.
function kubeConfig(http: string): k8s.KubeConfig {
  const kc = new k8s.KubeConfig();
  kc.loadFromOptions({
    clusters: [{ name: 'skiff', server: `http://${http}`, skipTLSVerify: true }],
    users: [{ name: 'skiff' }],
    contexts: [{ name: 'skiff', cluster: 'skiff', user: 'skiff', namespace: 'default' }],
    currentContext: 'skiff',
  });
  return kc;
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('@kubernetes/client-node against skiff-apiserver', () => {
  let server: ApiServerProcess;
  let kc: k8s.KubeConfig;
  beforeAll(async () => {
    server = await startApiServer();
    kc = kubeConfig(server.http);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('lists with the typed API', async () => {
    const core = kc.makeApiClient(k8s.CoreV1Api);
    const list = await core.listNamespace();
    expect(list.items.map((n) => n.metadata?.name)).toEqual(expect.arrayContaining(['default', 'kube-system']));
    expect(list.metadata?.resourceVersion).toMatch(/^\d+$/);
  });

  it('keeps an informer in step: adds, updates and deletes', async () => {
    const core = kc.makeApiClient(k8s.CoreV1Api);
    const seen: string[] = [];
    const informer = k8s.makeInformer(kc, '/api/v1/namespaces/default/configmaps', () => core.listNamespacedConfigMap({ namespace: 'default' }));
    informer.on('add', (cm) => seen.push(`add ${cm.metadata?.name}`));
    informer.on('update', (cm) => seen.push(`update ${cm.metadata?.name} ${cm.data?.color}`));
    informer.on('delete', (cm) => seen.push(`delete ${cm.metadata?.name}`));
    await core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'before' }, data: { color: 'red' } } });
    await informer.start();
    await until(() => seen.includes('add before'), 'the initial add');

    await core.createNamespacedConfigMap({ namespace: 'default', body: { metadata: { name: 'during' }, data: { color: 'blue' } } });
    await core.patchNamespacedConfigMap(
      { namespace: 'default', name: 'before', body: { data: { color: 'green' } } },
      k8s.setHeaderOptions('Content-Type', k8s.PatchStrategy.MergePatch),
    );
    await core.deleteNamespacedConfigMap({ namespace: 'default', name: 'during' });
    await until(() => seen.includes('delete during'), 'the delete');
    await informer.stop();
    expect(seen).toEqual(['add before', 'add during', 'update before green', 'delete during']);
    expect(informer.list('default').map((cm) => cm.metadata?.name)).toEqual(['before']);
  });
});
