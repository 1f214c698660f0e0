import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNotFound, type KubeObject } from '../../internal/api/index.js';
import { Clientset, type Pod, type ReplicaSet } from '../../internal/client/index.js';
import { startApiServer, type ApiServerProcess } from '../harness.js';
import { eventually, startControllerManager, type ControllerManagerProcess } from '../controller-manager-harness.js';

// Short lease timings keep a restarted controller manager from waiting long for the lease it released.
const CM_ARGS = ['--leader-elect-lease-duration', '3s', '--leader-elect-renew-deadline', '2s', '--leader-elect-retry-period', '500ms'];

type OwnerRef = { apiVersion: string; kind: string; name: string; uid: string; controller?: boolean; blockOwnerDeletion?: boolean };

describe('garbage collector against the real binaries', () => {
  let server: ApiServerProcess;
  let cm: ControllerManagerProcess;
  let cs: Clientset;
  let seq = 0;

  beforeAll(async () => {
    server = await startApiServer();
    cm = await startControllerManager(server.address, CM_ARGS);
    cs = Clientset.connect({ address: server.address });
  });
  afterAll(async () => {
    cs?.close();
    await cm?.stop();
    await server?.stop();
  });

  async function namespace(): Promise<string> {
    const name = `gc-${++seq}`;
    await cs.namespaces().create({ metadata: { name } });
    return name;
  }

  async function replicaSet(ns: string, name: string): Promise<ReplicaSet> {
    return cs.replicaSets(ns).create({
      metadata: { name },
      spec: {
        replicas: 2,
        selector: { matchLabels: { app: name } },
        template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'c', image: 'busybox' }] } },
      },
    } as ReplicaSet);
  }

  function refTo(obj: KubeObject, extra: Partial<OwnerRef> = { controller: true, blockOwnerDeletion: true }): OwnerRef {
    return { apiVersion: obj.apiVersion!, kind: obj.kind!, name: obj.metadata!.name!, uid: obj.metadata!.uid!, ...extra };
  }

  async function pod(ns: string, name: string, owners: OwnerRef[], finalizers?: string[]): Promise<Pod> {
    return cs.pods(ns).create({
      metadata: { name, labels: { app: 'x' }, ownerReferences: owners, finalizers },
      spec: { containers: [{ name: 'c', image: 'busybox' }] },
    } as Pod);
  }

  async function exists(get: () => Promise<unknown>): Promise<boolean> {
    try {
      await get();
      return true;
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
  }

  async function podNames(ns: string): Promise<string[]> {
    return (await cs.pods(ns).list()).items.map((p) => p.metadata!.name!).sort();
  }

  it('Background: the owner goes at once, then its dependents', async () => {
    const ns = await namespace();
    const rs = await replicaSet(ns, 'web');
    await pod(ns, 'web-a', [refTo(rs)]);
    await pod(ns, 'web-b', [refTo(rs)]);
    const res = await cs.replicaSets(ns).delete('web', { propagationPolicy: 'Background' });
    expect(res.pending).toBe(false);
    expect(await exists(() => cs.replicaSets(ns).get('web'))).toBe(false);
    await eventually(async () => (await podNames(ns)).length === 0, 'the pods to be collected');
  });

  it('Foreground: dependents with blockOwnerDeletion go first, the owner last', async () => {
    const ns = await namespace();
    const rs = await replicaSet(ns, 'web');
    await pod(ns, 'web-a', [refTo(rs)]);
    await pod(ns, 'web-held', [refTo(rs)], ['example.com/hold']);
    const res = await cs.replicaSets(ns).delete('web', { propagationPolicy: 'Foreground' });
    expect(res.pending).toBe(true);

    // The free pod goes; the held one is marked for deletion and keeps the owner waiting.
    await eventually(async () => (await podNames(ns)).join() === 'web-held', 'web-a to be deleted');
    const held = await eventually(async () => {
      const p = await cs.pods(ns).get('web-held');
      return p.metadata?.deletionTimestamp ? p : undefined;
    }, 'web-held to be marked for deletion');
    expect(held.metadata?.finalizers).toEqual(['example.com/hold']);
    const owner = await cs.replicaSets(ns).get('web');
    expect(owner.metadata?.deletionTimestamp).toBeDefined();
    expect(owner.metadata?.finalizers).toEqual(['foregroundDeletion']);

    // Once the last blocking dependent is gone, the owner follows.
    await cs.pods(ns).patch('web-held', 'json', [{ op: 'remove', path: '/metadata/finalizers' }]);
    await eventually(async () => !(await exists(() => cs.replicaSets(ns).get('web'))), 'the owner to be deleted');
    expect(await podNames(ns)).toEqual([]);
  });

  it('Foreground cascades down a chain: A owns B owns C, and A goes last', async () => {
    const ns = await namespace();
    const a = await cs.configMaps(ns).create({ metadata: { name: 'a' } });
    const b = await cs.configMaps(ns).create({ metadata: { name: 'b', ownerReferences: [refTo(a)] } });
    await cs.configMaps(ns).create({ metadata: { name: 'c', ownerReferences: [refTo(b)], finalizers: ['example.com/hold'] } });
    await cs.configMaps(ns).delete('a', { propagationPolicy: 'Foreground' });
    // B has a dependent, so it is deleted in the Foreground too and waits for C, and A waits for B.
    await eventually(async () => (await cs.configMaps(ns).get('c')).metadata?.deletionTimestamp, 'c to be marked for deletion');
    const bNow = await cs.configMaps(ns).get('b');
    expect(bNow.metadata?.finalizers).toEqual(['foregroundDeletion']);
    expect((await cs.configMaps(ns).get('a')).metadata?.finalizers).toEqual(['foregroundDeletion']);
    await cs.configMaps(ns).patch('c', 'json', [{ op: 'remove', path: '/metadata/finalizers' }]);
    await eventually(async () => !(await exists(() => cs.configMaps(ns).get('a'))), 'a to be deleted');
    const left = (await cs.configMaps(ns).list()).items.map((c) => c.metadata!.name).filter((n) => ['a', 'b', 'c'].includes(n!));
    expect(left).toEqual([]);
  });

  it('Orphan: the owner goes, the dependents stay without the reference', async () => {
    const ns = await namespace();
    const rs = await replicaSet(ns, 'web');
    const other = await cs.configMaps(ns).create({ metadata: { name: 'other-owner' } });
    await pod(ns, 'web-a', [refTo(rs)]);
    await pod(ns, 'web-b', [refTo(rs), refTo(other, {})]);
    const res = await cs.replicaSets(ns).delete('web', { propagationPolicy: 'Orphan' });
    expect(res.pending).toBe(true);
    await eventually(async () => !(await exists(() => cs.replicaSets(ns).get('web'))), 'the owner to be deleted');
    const a = await cs.pods(ns).get('web-a');
    const b = await cs.pods(ns).get('web-b');
    expect(a.metadata?.ownerReferences ?? []).toEqual([]);
    expect(b.metadata?.ownerReferences).toEqual([refTo(other, {})]);
    expect(a.metadata?.deletionTimestamp).toBeUndefined();
  });

  it('dangling references: a missing owner, a mismatched uid and an owner in another namespace count as absent; a cluster-scoped owner is fine', async () => {
    const ns = await namespace();
    const elsewhere = await namespace();
    const rs = await replicaSet(ns, 'web');
    const foreign = await replicaSet(elsewhere, 'foreign');
    const nsObj = await cs.namespaces().get(ns);
    await pod(ns, 'never-existed', [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'ghost', uid: '00000000-0000-0000-0000-000000000001' }]);
    await pod(ns, 'wrong-uid', [{ ...refTo(rs), uid: '00000000-0000-0000-0000-000000000002' }]);
    await pod(ns, 'other-namespace', [refTo(foreign)]);
    await pod(ns, 'cluster-owner', [refTo({ ...nsObj, apiVersion: 'v1', kind: 'Namespace' }, {})]);
    await pod(ns, 'solid', [refTo(rs)]);
    await eventually(async () => (await podNames(ns)).join() === 'cluster-owner,solid', 'the dangling dependents to be collected');
    expect((await cs.replicaSets(elsewhere).get('foreign')).metadata?.uid).toBe(foreign.metadata?.uid);
  });

  it('keeps the solid owner and drops only the dangling reference of a dependent with both', async () => {
    const ns = await namespace();
    const rs = await replicaSet(ns, 'web');
    const ghost = { apiVersion: 'v1', kind: 'ConfigMap', name: 'ghost', uid: '00000000-0000-0000-0000-000000000003' };
    await pod(ns, 'two-owners', [refTo(rs), ghost]);
    const p = await eventually(async () => {
      const cur = await cs.pods(ns).get('two-owners');
      return cur.metadata?.ownerReferences?.length === 1 ? cur : undefined;
    }, 'the dangling reference to be removed');
    expect(p.metadata?.ownerReferences).toEqual([refTo(rs)]);
  });

  it('collects dependents of an owner deleted while the controller manager was down', async () => {
    const ns = await namespace();
    const rs = await replicaSet(ns, 'web');
    await pod(ns, 'web-a', [refTo(rs)]);
    await pod(ns, 'web-b', [refTo(rs)]);
    expect(await cm.stop()).toBe(0);
    await cs.replicaSets(ns).delete('web');
    expect(await podNames(ns)).toEqual(['web-a', 'web-b']);
    cm = await startControllerManager(server.address, CM_ARGS);
    await eventually(async () => (await podNames(ns)).length === 0, 'the orphaned dependents to be collected after the restart');
  });
});
