// ResourceStore.delete, and the deletion state an update may not change: finalizers, propagation
// policies, preconditions, graceful deletion of pods, namespaces, dry runs.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/index.js';
import { configMap, edit, statusErrorOf, useRegistry, type ConfigMap, type RegistryFixture } from './registry-test-helpers.js';
import type { ResourceStore } from './resource-store.js';
import type { DeleteOptions, PropagationPolicy } from './request-options.js';
import { DEFAULT_STRATEGIES } from './strategies/index.js';

const start = useRegistry();

/** A registry whose kinds behave as they do in Skiff (pods delete gracefully, namespaces terminate). */
const startWithStrategies = async (): Promise<{ f: RegistryFixture; cms: ResourceStore }> => start({ strategies: DEFAULT_STRATEGIES });

/** A Namespace named `name`, with the `kubernetes` finalizer its strategy adds on create. */
function namespace(name: string): KubeObject {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name } };
}

/** A pod already on a node (so its delete is graceful) with a 50 second termination grace period. */
function scheduledPod(name = 'p'): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default' },
    spec: { nodeName: 'node-1', terminationGracePeriodSeconds: 50, containers: [{ name: 'c', image: 'busybox' }] },
  } as KubeObject;
}

describe('ResourceStore.delete', () => {
  it('removes an object without finalizers at once, answering a Success Status', async () => {
    const { cms } = await start();
    const created = await cms.create('default', configMap('a'));
    const result = await cms.delete('default', 'a');
    expect(result.pending).toBe(false);
    expect(result.status).toMatchObject({ status: 'Success', details: { name: 'a', kind: 'configmaps', uid: created.metadata?.uid } });
    expect((await statusErrorOf(cms.get('default', 'a'))).code).toBe(404);
  });

  it('answers 404 for an object that does not exist', async () => {
    const { cms } = await start();
    const err = await statusErrorOf(cms.delete('default', 'a'));
    expect(err.code).toBe(404);
    expect(err.message).toBe('configmaps "a" not found');
  });

  it('only marks an object with finalizers: deletionTimestamp set, still readable', async () => {
    const { f, cms } = await start();
    await cms.create('default', configMap('a', {}, { finalizers: ['example.com/hold'] }));
    f.clock.advance(125_000);
    const result = await cms.delete('default', 'a');
    expect(result.pending).toBe(true);
    expect(result.object?.metadata?.deletionTimestamp).toBe('2026-01-01T00:02:05Z');
    const stored = await cms.get('default', 'a');
    expect(stored.metadata?.deletionTimestamp).toBe('2026-01-01T00:02:05Z');
    expect(stored.metadata?.finalizers).toEqual(['example.com/hold']);
  });

  it('deletes a marked object once an update removes its last finalizer', async () => {
    const { cms } = await start();
    await cms.create('default', configMap('a', {}, { finalizers: ['example.com/one', 'example.com/two'] }));
    await cms.delete('default', 'a');

    const oneLeft = edit<ConfigMap>(await cms.get('default', 'a'));
    oneLeft.metadata!.finalizers = ['example.com/two'];
    await cms.update('default', 'a', oneLeft);
    expect((await cms.get('default', 'a')).metadata?.finalizers).toEqual(['example.com/two']);

    const none = edit<ConfigMap>(await cms.get('default', 'a'));
    none.metadata!.finalizers = [];
    await cms.update('default', 'a', none);
    expect((await statusErrorOf(cms.get('default', 'a'))).code).toBe(404);
  });

  it('refuses new finalizers on an object being deleted', async () => {
    const { cms } = await start();
    await cms.create('default', configMap('a', {}, { finalizers: ['example.com/one'] }));
    await cms.delete('default', 'a');
    const more = edit<ConfigMap>(await cms.get('default', 'a'));
    more.metadata!.finalizers = ['example.com/one', 'example.com/two'];
    const err = await statusErrorOf(cms.update('default', 'a', more));
    expect(err.code).toBe(422);
    expect(err.message).toContain('no new finalizers can be added if the object is being deleted');
  });

  describe('propagationPolicy', () => {
    it.each<[PropagationPolicy, string[]]>([
      ['Orphan', ['orphan']],
      ['Foreground', ['foregroundDeletion']],
    ])('%s marks the object with the %j finalizer', async (policy, finalizers) => {
      const { cms } = await start();
      await cms.create('default', configMap('a'));
      const result = await cms.delete('default', 'a', { propagationPolicy: policy });
      expect(result.pending).toBe(true);
      const stored = await cms.get('default', 'a');
      expect(stored.metadata?.finalizers).toEqual(finalizers);
      expect(stored.metadata?.deletionTimestamp).toBeDefined();
    });

    it('Background deletes at once', async () => {
      const { cms } = await start();
      await cms.create('default', configMap('a'));
      expect((await cms.delete('default', 'a', { propagationPolicy: 'Background' })).pending).toBe(false);
      expect((await statusErrorOf(cms.get('default', 'a'))).code).toBe(404);
    });

    it('orphanDependents=true acts as Orphan', async () => {
      const { cms } = await start();
      await cms.create('default', configMap('a'));
      await cms.delete('default', 'a', { orphanDependents: true });
      expect((await cms.get('default', 'a')).metadata?.finalizers).toEqual(['orphan']);
    });
  });

  describe('preconditions', () => {
    it.each([
      [
        'uid',
        { uid: 'not-the-uid' },
        (obj: KubeObject) => `the UID in the precondition (not-the-uid) does not match the UID in record (${obj.metadata?.uid}). The object might have been deleted and then recreated`,
      ],
      [
        'resourceVersion',
        { resourceVersion: '1' },
        (obj: KubeObject) => `the ResourceVersion in the precondition (1) does not match the ResourceVersion in record (${obj.metadata?.resourceVersion}). The object might have been modified`,
      ],
    ])('a %s that does not match answers 409 Conflict naming the Kind, as rest.BeforeDelete does, and deletes nothing', async (_what, preconditions, detail) => {
      const { cms } = await start();
      await cms.create('default', configMap('a'));
      const current = (await cms.update('default', 'a', configMap('a', { k: 'v' }))).object;
      const err = await statusErrorOf(cms.delete('default', 'a', { preconditions }));
      expect(err.code).toBe(409);
      expect(err.reason).toBe('Conflict');
      expect(err.message).toBe(`Operation cannot be fulfilled on ConfigMap "a": ${detail(current)}`);
      expect(err.status.details).toMatchObject({ name: 'a', kind: 'ConfigMap' });
      await expect(cms.get('default', 'a')).resolves.toBeDefined();
    });

    it('keep namespace storage’s own wording for a namespace', async () => {
      const { f } = await startWithStrategies();
      const namespaces = f.store('namespaces');
      const created = await namespaces.create('', namespace('team'));
      const err = await statusErrorOf(namespaces.delete('', 'team', { preconditions: { uid: 'nope' } }));
      expect(err.message).toBe(`Operation cannot be fulfilled on namespaces "team": Precondition failed: UID in precondition: nope, UID in object meta: ${created.metadata?.uid}`);
      expect(err.status.details).toMatchObject({ name: 'team', kind: 'namespaces' });
    });

    it('that match let the delete through', async () => {
      const { cms } = await start();
      const created = await cms.create('default', configMap('a'));
      const preconditions = { uid: created.metadata?.uid, resourceVersion: created.metadata?.resourceVersion };
      expect((await cms.delete('default', 'a', { preconditions })).pending).toBe(false);
    });
  });

  it('writes nothing on dryRun', async () => {
    const { f, cms } = await start();
    await cms.create('default', configMap('a'));
    await cms.create('default', configMap('held', {}, { finalizers: ['example.com/hold'] }));
    const before = f.storage.currentRevision();
    await cms.delete('default', 'a', { dryRun: true });
    await cms.delete('default', 'held', { dryRun: true, propagationPolicy: 'Orphan' });
    expect(f.storage.currentRevision()).toBe(before);
    await expect(cms.get('default', 'a')).resolves.toBeDefined();
    expect((await cms.get('default', 'held')).metadata?.deletionTimestamp).toBeUndefined();
  });
});

describe('ResourceStore.delete of a pod (graceful deletion)', () => {
  it('marks it with the grace period of its spec, due that long after the delete', async () => {
    const { f } = await startWithStrategies();
    const pods = f.store('pods');
    await pods.create('default', scheduledPod());
    f.clock.advance(3_000);
    const result = await pods.delete('default', 'p');
    expect(result.pending).toBe(true);
    expect(result.object?.metadata).toMatchObject({ deletionTimestamp: '2026-01-01T00:00:53Z', deletionGracePeriodSeconds: 50 });
    expect((await pods.get('default', 'p')).metadata).toMatchObject({ deletionTimestamp: '2026-01-01T00:00:53Z', deletionGracePeriodSeconds: 50 });
  });

  it('moves the deletion time of a later, shorter delete from the first delete’s start, not from now', async () => {
    const { f } = await startWithStrategies();
    const pods = f.store('pods');
    await pods.create('default', scheduledPod());
    await pods.delete('default', 'p');
    f.clock.advance(20_000);
    const result = await pods.delete('default', 'p', { gracePeriodSeconds: 10 });
    expect(result.object?.metadata).toMatchObject({ deletionTimestamp: '2026-01-01T00:00:10Z', deletionGracePeriodSeconds: 10 });
  });

  it('changes nothing on a later delete that asks for no grace period', async () => {
    const { f } = await startWithStrategies();
    const pods = f.store('pods');
    await pods.create('default', scheduledPod());
    const marked = (await pods.delete('default', 'p', { gracePeriodSeconds: 60 })).object;
    f.clock.advance(5_000);
    const again = await pods.delete('default', 'p');
    expect(again.pending).toBe(true);
    expect(await pods.get('default', 'p')).toEqual(marked);
  });

  it('removes it on a later delete with a grace period of zero', async () => {
    const { f } = await startWithStrategies();
    const pods = f.store('pods');
    await pods.create('default', scheduledPod());
    await pods.delete('default', 'p');
    expect((await pods.delete('default', 'p', { gracePeriodSeconds: 0 })).pending).toBe(false);
    expect((await statusErrorOf(pods.get('default', 'p'))).code).toBe(404);
  });
});

describe('ResourceStore.delete of kinds without graceful deletion', () => {
  it('ignores gracePeriodSeconds: the object goes at once', async () => {
    const { cms } = await startWithStrategies();
    await cms.create('default', configMap('a'));
    expect((await cms.delete('default', 'a', { gracePeriodSeconds: 30 })).pending).toBe(false);
    expect((await statusErrorOf(cms.get('default', 'a'))).code).toBe(404);
  });

  it('marks an object held by finalizers as due now with a grace period of zero, whatever gracePeriodSeconds says', async () => {
    const { f, cms } = await startWithStrategies();
    await cms.create('default', configMap('a', {}, { finalizers: ['example.com/hold'] }));
    f.clock.advance(3_000);
    const result = await cms.delete('default', 'a', { gracePeriodSeconds: 30 });
    expect(result.object?.metadata).toMatchObject({ deletionTimestamp: '2026-01-01T00:00:03Z', deletionGracePeriodSeconds: 0 });
  });
});

describe('ResourceStore.delete of a namespace', () => {
  it('marks it Terminating with a deletionTimestamp only, as namespace storage does: no deletionGracePeriodSeconds', async () => {
    const { f } = await startWithStrategies();
    const namespaces = f.store('namespaces');
    await namespaces.create('', namespace('team'));
    f.clock.advance(3_000);
    const result = await namespaces.delete('', 'team');
    expect(result.pending).toBe(true);
    const stored = (await namespaces.get('', 'team')) as KubeObject & { status?: { phase?: string } };
    expect(stored.metadata?.deletionTimestamp).toBe('2026-01-01T00:00:03Z');
    expect(stored.metadata?.deletionGracePeriodSeconds).toBeUndefined();
    expect(stored.status?.phase).toBe('Terminating');
  });
});

describe('ResourceStore.delete with dryRun', () => {
  type Setup = (f: RegistryFixture) => Promise<{ store: ResourceStore; namespace: string; name: string }>;
  const cm =
    (meta: Partial<NonNullable<KubeObject['metadata']>> = {}): Setup =>
    async (f) => {
      await f.store('configmaps').create('default', configMap('a', {}, meta));
      return { store: f.store('configmaps'), namespace: 'default', name: 'a' };
    };
  const pod =
    (firstDelete: boolean): Setup =>
    async (f) => {
      await f.store('pods').create('default', scheduledPod());
      if (firstDelete) await f.store('pods').delete('default', 'p');
      return { store: f.store('pods'), namespace: 'default', name: 'p' };
    };
  const ns: Setup = async (f) => {
    await f.store('namespaces').create('', namespace('team'));
    return { store: f.store('namespaces'), namespace: '', name: 'team' };
  };

  it.each<[string, Setup, Omit<DeleteOptions, 'dryRun'>]>([
    ['an object deleted at once', cm(), {}],
    ['an object held by finalizers', cm({ finalizers: ['example.com/hold'] }), {}],
    ['a Foreground delete', cm(), { propagationPolicy: 'Foreground' }],
    ['a gracePeriodSeconds on a kind without graceful deletion', cm(), { gracePeriodSeconds: 30 }],
    ['a pod’s graceful delete', pod(false), {}],
    ['a pod’s shorter second delete', pod(true), { gracePeriodSeconds: 10 }],
    ['a pod’s immediate second delete', pod(true), { gracePeriodSeconds: 0 }],
    ['a namespace', ns, {}],
  ])('changes nothing for %s', async (_name, setup, options) => {
    const { f } = await startWithStrategies();
    const { store, namespace: where, name } = await setup(f);
    f.clock.advance(7_000);
    const before = await store.get(where, name);
    const revision = f.storage.currentRevision();
    await store.delete(where, name, { ...options, dryRun: true });
    expect(f.storage.currentRevision()).toBe(revision);
    expect(await store.get(where, name)).toEqual(before);
  });
});

describe('ResourceStore.update of the deletion state', () => {
  it('refuses a new deletionGracePeriodSeconds on a terminating pod with 422, and the pod stays', async () => {
    const { f } = await startWithStrategies();
    const pods = f.store('pods');
    await pods.create('default', scheduledPod());
    const marked = edit((await pods.delete('default', 'p')).object!);
    marked.metadata!.deletionGracePeriodSeconds = 0;
    const err = await statusErrorOf(pods.update('default', 'p', marked));
    expect(err.code).toBe(422);
    expect(err.message).toBe('Pod "p" is invalid: metadata.deletionGracePeriodSeconds: Invalid value: 0: field is immutable');
    expect((await pods.get('default', 'p')).metadata?.deletionGracePeriodSeconds).toBe(50);
  });

  it('refuses a deletionGracePeriodSeconds on an object not being deleted', async () => {
    const { cms } = await startWithStrategies();
    const created = edit<ConfigMap>(await cms.create('default', configMap('a')));
    created.metadata!.deletionGracePeriodSeconds = 5;
    const err = await statusErrorOf(cms.update('default', 'a', created));
    expect(err.message).toBe('ConfigMap "a" is invalid: metadata.deletionGracePeriodSeconds: Invalid value: 5: field is immutable');
  });

  it('refuses a deletionTimestamp on an object not being deleted, printing it as Go prints a time', async () => {
    const { cms } = await startWithStrategies();
    const created = edit<ConfigMap>(await cms.create('default', configMap('a')));
    created.metadata!.deletionTimestamp = '2026-01-01T00:00:05Z';
    const err = await statusErrorOf(cms.update('default', 'a', created));
    expect(err.message).toBe('ConfigMap "a" is invalid: metadata.deletionTimestamp: Invalid value: 2026-01-01 00:00:05 +0000 UTC: field is immutable');
  });

  it('keeps the stored deletionTimestamp over the client’s on an object being deleted, and the grace period the client left out', async () => {
    const { f, cms } = await startWithStrategies();
    await cms.create('default', configMap('a', {}, { finalizers: ['example.com/hold'] }));
    await cms.delete('default', 'a');
    const next = edit<ConfigMap>(await cms.get('default', 'a'));
    next.metadata!.deletionTimestamp = '2030-01-01T00:00:00Z';
    next.metadata!.deletionGracePeriodSeconds = undefined;
    next.data = { k: 'v' };
    f.clock.advance(9_000);
    const updated = (await cms.update('default', 'a', next)).object;
    expect(updated.metadata).toMatchObject({ deletionTimestamp: '2026-01-01T00:00:00Z', deletionGracePeriodSeconds: 0 });
  });
});
