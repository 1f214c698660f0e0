import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNotFound } from '../../internal/api/index.js';
import { Clientset, type Namespace, type Pod, type ReplicaSet } from '../../internal/client/index.js';
import { startApiServer, type ApiServerProcess } from '../harness.js';
import { eventually, startControllerManager, type ControllerManagerProcess } from '../controller-manager-harness.js';

describe('namespace controller against the real binaries', () => {
  let server: ApiServerProcess;
  let cm: ControllerManagerProcess;
  let cs: Clientset;

  beforeAll(async () => {
    server = await startApiServer();
    cm = await startControllerManager(server.address, ['--leader-elect=false']);
    cs = Clientset.connect({ address: server.address });
  });
  afterAll(async () => {
    cs?.close();
    await cm?.stop();
    await server?.stop();
  });

  async function gone(get: () => Promise<unknown>): Promise<boolean> {
    try {
      await get();
      return false;
    } catch (err) {
      if (isNotFound(err)) return true;
      throw err;
    }
  }

  const KINDS = ['configmaps', 'secrets', 'services', 'pods', 'replicasets', 'leases', 'serviceaccounts'] as const;

  async function populate(ns: string): Promise<void> {
    await cs.namespaces().create({ metadata: { name: ns } });
    await cs.configMaps(ns).create({ metadata: { name: 'one' }, data: { k: 'v' } });
    await cs.configMaps(ns).create({ metadata: { name: 'two' } });
    await cs.secrets(ns).create({ metadata: { name: 's' }, stringData: { k: 'v' } });
    await cs.services(ns).create({ metadata: { name: 'svc' }, spec: { ports: [{ port: 80 }], selector: { app: 'web' } } });
    await cs.pods(ns).create({ metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'busybox' }] } } as Pod);
    await cs.replicaSets(ns).create({
      metadata: { name: 'rs' },
      spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'busybox' }] } } },
    } as ReplicaSet);
    await cs.leases(ns).create({ metadata: { name: 'l' }, spec: { holderIdentity: 'x' } });
  }

  async function remaining(ns: string): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const kind of KINDS) {
      const n = (await cs.resource(kind).namespace(ns).list()).items.length;
      if (n > 0) out[kind] = n;
    }
    return out;
  }

  it('empties a deleted namespace of every kind, then the namespace goes', async () => {
    await populate('doomed');
    expect(Object.keys(await remaining('doomed')).sort()).toEqual([...KINDS].sort());
    const res = await cs.namespaces().delete('doomed');
    expect(res.pending).toBe(true);
    expect(((await cs.namespaces().get('doomed')) as Namespace).status?.phase).toBe('Terminating');
    await eventually(() => gone(() => cs.namespaces().get('doomed')), 'the namespace to be deleted');
    expect(await remaining('doomed')).toEqual({});
  });

  it('reports what remains while a finalizer holds an object, and finishes once it is released', async () => {
    await populate('held');
    await cs.configMaps('held').create({ metadata: { name: 'held', finalizers: ['example.com/hold'] } });
    await cs.namespaces().delete('held');

    const ns = await eventually(async () => {
      const cur = await cs.namespaces().get('held');
      const c = cur.status?.conditions?.find((x) => x.type === 'NamespaceContentRemaining');
      return c?.status === 'True' ? cur : undefined;
    }, 'the NamespaceContentRemaining condition');
    const byType = Object.fromEntries((ns.status?.conditions ?? []).map((c) => [c.type, c]));
    expect(byType.NamespaceContentRemaining).toMatchObject({
      status: 'True',
      reason: 'SomeResourcesRemain',
      message: 'Some resources are remaining: configmaps. has 1 resource instances',
    });
    expect(byType.NamespaceFinalizersRemaining).toMatchObject({
      status: 'True',
      reason: 'SomeFinalizersRemain',
      message: 'Some content in the namespace has finalizers remaining: example.com/hold in 1 resource instances',
    });
    expect(byType.NamespaceDeletionDiscoveryFailure).toMatchObject({ status: 'False', reason: 'ResourcesDiscovered' });
    expect(byType.NamespaceDeletionContentFailure).toMatchObject({ status: 'False', reason: 'ContentDeleted' });
    expect(ns.spec?.finalizers).toEqual(['kubernetes']);
    expect(await remaining('held')).toEqual({ configmaps: 1 });
    const held = await cs.configMaps('held').get('held');
    expect(held.metadata?.deletionTimestamp).toBeDefined();

    await cs.configMaps('held').patch('held', 'json', [{ op: 'remove', path: '/metadata/finalizers' }]);
    // The controller looks again after half the 15 s finalizer estimate, as Kubernetes' does.
    await eventually(() => gone(() => cs.namespaces().get('held')), 'the namespace to be deleted', 15_000);
    expect(await remaining('held')).toEqual({});
  }, 25_000);

  it('leaves a namespace that is not being deleted alone', async () => {
    await populate('kept');
    await eventually(async () => (await cs.namespaces().get('kept')).status?.phase === 'Active', 'the namespace');
    expect(Object.keys(await remaining('kept')).length).toBe(KINDS.length);
  });
});
