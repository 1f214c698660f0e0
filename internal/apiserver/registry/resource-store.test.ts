import { afterEach, describe, expect, it } from 'vitest';
import { OBJECT_MODIFIED, type KubeObject } from '../../api/index.js';
import { configMap, edit, startRegistry, statusErrorOf, type ConfigMap, type RegistryFixture } from './registry-test-helpers.js';
import type { ResourceStore } from './resource-store.js';
import type { DeleteOptions } from './request-options.js';
import { DEFAULT_STRATEGIES } from './strategies/index.js';
import type { Strategy } from './strategy.js';

let fixture: RegistryFixture | undefined;

async function start(options: Parameters<typeof startRegistry>[0] = {}): Promise<{ f: RegistryFixture; cms: ResourceStore }> {
  fixture = await startRegistry(options);
  return { f: fixture, cms: fixture.store('configmaps') };
}

afterEach(async () => {
  await fixture?.dispose();
  fixture = undefined;
});

const CONFLICT_MODIFIED = `Operation cannot be fulfilled on configmaps "a": ${OBJECT_MODIFIED}`;

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

describe('ResourceStore.create', () => {
  it('sets uid, creationTimestamp and resourceVersion, and fills apiVersion and kind', async () => {
    const { f, cms } = await start();
    f.clock.advance(65_890); // the fake clock starts at 2026-01-01T00:00:00Z
    const created = await cms.create('default', { metadata: { name: 'a' }, data: { k: 'v' } } as ConfigMap);
    expect(created.apiVersion).toBe('v1');
    expect(created.kind).toBe('ConfigMap');
    expect(created.metadata?.namespace).toBe('default');
    expect(created.metadata?.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(created.metadata?.creationTimestamp).toBe('2026-01-01T00:01:05Z');
    expect(created.metadata?.resourceVersion).toBe(String(f.storage.currentRevision()));
    expect(await cms.get('default', 'a')).toEqual(created);
  });

  it('ignores the uid and creationTimestamp a client sends', async () => {
    const { cms } = await start();
    const created = await cms.create('default', configMap('a', {}, { uid: 'mine', creationTimestamp: '2000-01-01T00:00:00Z' }));
    expect(created.metadata?.uid).not.toBe('mine');
    expect(created.metadata?.creationTimestamp).toBe('2026-01-01T00:00:00Z');
  });

  it('gives every object its own uid', async () => {
    const { cms } = await start();
    const a = await cms.create('default', configMap('a'));
    const b = await cms.create('default', configMap('b'));
    expect(a.metadata?.uid).not.toBe(b.metadata?.uid);
  });

  it('answers 409 AlreadyExists for a name that is taken', async () => {
    const { cms } = await start();
    await cms.create('default', configMap('a'));
    const err = await statusErrorOf(cms.create('default', configMap('a')));
    expect(err.code).toBe(409);
    expect(err.reason).toBe('AlreadyExists');
    expect(err.message).toBe('configmaps "a" already exists');
  });

  it('allows the same name in another namespace', async () => {
    const { cms } = await start();
    await cms.create('default', configMap('a'));
    const other = await cms.create('other', { ...configMap('a'), metadata: { name: 'a' } });
    expect(other.metadata?.namespace).toBe('other');
  });

  it('makes a name from generateName: the prefix and five random characters', async () => {
    const { cms } = await start();
    const names = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const created = await cms.create('default', { metadata: { generateName: 'web-' }, data: {} } as ConfigMap);
      expect(created.metadata?.name).toMatch(/^web-[a-z0-9]{5}$/);
      expect(created.metadata?.generateName).toBe('web-');
      names.add(created.metadata!.name!);
    }
    expect(names.size).toBe(5);
  });

  it('rejects an object whose namespace differs from the request’s with 400', async () => {
    const { cms } = await start();
    const err = await statusErrorOf(cms.create('other', configMap('a')));
    expect(err.code).toBe(400);
    expect(err.message).toBe('the namespace of the provided object does not match the namespace sent on the request');
  });

  it('rejects an object over 1.5 MiB with 413', async () => {
    const { f, cms } = await start();
    const before = f.storage.currentRevision();
    const err = await statusErrorOf(cms.create('default', configMap('big', { blob: 'x'.repeat(1.5 * 1024 * 1024 + 1) })));
    expect(err.code).toBe(413);
    expect(err.reason).toBe('RequestEntityTooLarge');
    expect(f.storage.currentRevision()).toBe(before);
    await expect(cms.create('default', configMap('fits', { blob: 'x'.repeat(1024 * 1024) }))).resolves.toBeDefined();
  });

  it('writes nothing on dryRun, yet answers with the object as it would be', async () => {
    const { f, cms } = await start();
    const before = f.storage.currentRevision();
    const dry = await cms.create('default', configMap('a', { k: 'v' }), { dryRun: true });
    expect(dry.metadata?.uid).toBeDefined();
    expect(dry.metadata?.creationTimestamp).toBeDefined();
    expect((dry as ConfigMap).data).toEqual({ k: 'v' });
    expect(f.storage.currentRevision()).toBe(before);
    expect((await statusErrorOf(cms.get('default', 'a'))).code).toBe(404);
  });
});

describe('ResourceStore.get', () => {
  it('answers 404 NotFound for a missing object', async () => {
    const { cms } = await start();
    const err = await statusErrorOf(cms.get('default', 'missing'));
    expect(err.code).toBe(404);
    expect(err.reason).toBe('NotFound');
    expect(err.message).toBe('configmaps "missing" not found');
    expect(err.status.details).toMatchObject({ name: 'missing', kind: 'configmaps' });
  });

  it('names the group of a non-core resource in the message', async () => {
    const { f } = await start();
    const err = await statusErrorOf(f.store('apps/deployments').get('default', 'web'));
    expect(err.message).toBe('deployments.apps "web" not found');
  });
});

describe('ResourceStore.update', () => {
  it('replaces the object, moving its resourceVersion and keeping uid and creationTimestamp', async () => {
    const { f, cms } = await start();
    const created = await cms.create('default', configMap('a', { k: 'v1' }));
    f.clock.advance(60_000);
    const next = edit<ConfigMap>(created);
    next.data = { k: 'v2' };
    const { object, created: wasCreated } = await cms.update('default', 'a', next);
    expect(wasCreated).toBe(false);
    expect((object as ConfigMap).data).toEqual({ k: 'v2' });
    expect(Number(object.metadata?.resourceVersion)).toBeGreaterThan(Number(created.metadata?.resourceVersion));
    expect(object.metadata?.uid).toBe(created.metadata?.uid);
    expect(object.metadata?.creationTimestamp).toBe(created.metadata?.creationTimestamp);
  });

  it('answers 409 Conflict with Kubernetes’ message for a stale resourceVersion', async () => {
    const { cms } = await start();
    const created = await cms.create('default', configMap('a', { k: 'v1' }));
    const first = edit<ConfigMap>(created);
    first.data = { k: 'v2' };
    await cms.update('default', 'a', first);

    const stale = edit<ConfigMap>(created);
    stale.data = { k: 'lost' };
    const err = await statusErrorOf(cms.update('default', 'a', stale));
    expect(err.code).toBe(409);
    expect(err.reason).toBe('Conflict');
    expect(err.message).toBe(CONFLICT_MODIFIED);
    expect(((await cms.get('default', 'a')) as ConfigMap).data).toEqual({ k: 'v2' });
  });

  it('is unconditional without a resourceVersion', async () => {
    const { cms } = await start();
    const created = await cms.create('default', configMap('a', { k: 'v1' }));
    await cms.update('default', 'a', { ...edit<ConfigMap>(created), data: { k: 'v2' } } as ConfigMap);
    const blind = configMap('a', { k: 'v3' });
    const { object } = await cms.update('default', 'a', blind);
    expect((object as ConfigMap).data).toEqual({ k: 'v3' });
  });

  it('keeps the resourceVersion, writing nothing, when nothing changes', async () => {
    const { f, cms } = await start();
    const created = await cms.create('default', configMap('a', { k: 'v' }));
    const before = f.storage.currentRevision();
    const { object } = await cms.update('default', 'a', edit<ConfigMap>(created));
    expect(object.metadata?.resourceVersion).toBe(created.metadata?.resourceVersion);
    expect(f.storage.currentRevision()).toBe(before);
  });

  it('answers 404 for an object that does not exist (for kinds that do not create on update)', async () => {
    const { cms } = await start();
    const err = await statusErrorOf(cms.update('default', 'a', configMap('a')));
    expect(err.code).toBe(404);
    expect(err.message).toBe('configmaps "a" not found');
  });

  it('answers 400 when the object’s name differs from the one asked for', async () => {
    const { cms } = await start();
    await cms.create('default', configMap('a'));
    const err = await statusErrorOf(cms.update('default', 'a', configMap('b')));
    expect(err.code).toBe(400);
    expect(err.message).toBe('the name of the object (b) does not match the name on the URL (a)');
  });

  it('writes nothing on dryRun', async () => {
    const { f, cms } = await start();
    const created = await cms.create('default', configMap('a', { k: 'v1' }));
    const before = f.storage.currentRevision();
    const { object } = await cms.update('default', 'a', { ...edit<ConfigMap>(created), data: { k: 'v2' } } as ConfigMap, { dryRun: true });
    expect((object as ConfigMap).data).toEqual({ k: 'v2' });
    expect(f.storage.currentRevision()).toBe(before);
    expect(((await cms.get('default', 'a')) as ConfigMap).data).toEqual({ k: 'v1' });
  });
});

describe('ResourceStore.guaranteedUpdate', () => {
  it('retries on a storage conflict, so concurrent updates all land', async () => {
    const { f, cms } = await start();
    const created = await cms.create('default', configMap('a'));
    const addKey = (key: string) => (current: KubeObject): ConfigMap => {
      const next = edit<ConfigMap>(current);
      next.data = { ...next.data, [key]: 'set' };
      return next;
    };
    const keys = ['one', 'two', 'three', 'four'];
    await Promise.all(keys.map((k) => cms.guaranteedUpdate('default', 'a', undefined, {}, '', addKey(k))));

    const final = (await cms.get('default', 'a')) as ConfigMap;
    expect(Object.keys(final.data ?? {}).sort()).toEqual([...keys].sort());
    expect(f.storage.currentRevision()).toBe(Number(created.metadata?.resourceVersion) + keys.length);
  });

  it('does not retry when the client named a resourceVersion: a conflict is the client’s', async () => {
    const { cms } = await start();
    const created = await cms.create('default', configMap('a'));
    await cms.update('default', 'a', configMap('a', { moved: 'on' }));
    let calls = 0;
    const err = await statusErrorOf(
      cms.guaranteedUpdate('default', 'a', created.metadata?.resourceVersion, {}, '', (current) => {
        calls++;
        return edit(current);
      }),
    );
    expect(err.message).toBe(CONFLICT_MODIFIED);
    expect(calls).toBeLessThanOrEqual(2);
  });
});

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
    it.each([
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

    it('rejects an unknown policy with 422', async () => {
      const { cms } = await start();
      await cms.create('default', configMap('a'));
      const err = await statusErrorOf(cms.delete('default', 'a', { propagationPolicy: 'Sometimes' }));
      expect(err.code).toBe(422);
      expect(err.message).toContain('propagationPolicy: Unsupported value: "Sometimes": supported values: "Background", "Foreground", "Orphan"');
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

    it('are judged after the options, as Kubernetes validates DeleteOptions first', async () => {
      const { cms } = await start();
      await cms.create('default', configMap('a'));
      const err = await statusErrorOf(cms.delete('default', 'a', { preconditions: { uid: 'nope' }, propagationPolicy: 'Sometimes' }));
      expect(err.code).toBe(422);
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

describe('ResourceStore with a status subresource', () => {
  interface Deployment extends KubeObject {
    spec?: { replicas?: number; selector?: { matchLabels?: Record<string, string> } };
    status?: { replicas?: number; readyReplicas?: number };
  }
  // The shape of every kind with a status subresource, defined here so the spec does not hang on
  // any one kind's real strategy.
  const STATUS_STRATEGY: Strategy = {
    hasStatus: true,
    usesGeneration: true,
    prepareForCreate(obj) {
      (obj as Deployment).status = undefined;
    },
    prepareForUpdate(obj, old) {
      (obj as Deployment).status = (old as Deployment).status;
    },
    prepareForStatusUpdate(obj, old) {
      (obj as Deployment).spec = (old as Deployment).spec;
    },
  };

  async function withDeployment(): Promise<{ store: ResourceStore; created: Deployment }> {
    fixture = await startRegistry({ strategies: { deployments: STATUS_STRATEGY } });
    const store = fixture.store('apps/deployments');
    const created = await store.create('default', {
      metadata: { name: 'web', labels: { app: 'web' } },
      spec: { replicas: 1, selector: { matchLabels: { app: 'web' } } },
      status: { replicas: 99 },
    } as Deployment);
    return { store, created };
  }

  it('clears the status on create and starts the generation at 1', async () => {
    const { created } = await withDeployment();
    expect(created.status).toBeUndefined();
    expect(created.metadata?.generation).toBe(1);
  });

  it('keeps the old status when the main resource is updated, and bumps the generation', async () => {
    const { store, created } = await withDeployment();
    const withStatus = edit<Deployment>(created);
    withStatus.status = { replicas: 1 };
    await store.update('default', 'web', withStatus, { subresource: 'status' });

    const next = edit<Deployment>(await store.get('default', 'web'));
    next.spec!.replicas = 3;
    next.status = { replicas: 42 };
    const updated = (await store.update('default', 'web', next)).object as Deployment;
    expect(updated.spec?.replicas).toBe(3);
    expect(updated.status).toEqual({ replicas: 1 });
    expect(updated.metadata?.generation).toBe(2);
  });

  it('keeps the old spec when the status is updated, takes the metadata changes, and leaves the generation alone', async () => {
    const { store, created } = await withDeployment();
    const next = edit<Deployment>(created);
    next.spec!.replicas = 7;
    next.metadata!.labels = { app: 'changed' };
    next.status = { replicas: 1, readyReplicas: 1 };
    const updated = (await store.update('default', 'web', next, { subresource: 'status' })).object as Deployment;
    expect(updated.status).toEqual({ replicas: 1, readyReplicas: 1 });
    expect(updated.spec?.replicas).toBe(1);
    // Only a kind's strategy resets metadata on a status update (a Deployment its labels); this one resets none.
    expect(updated.metadata?.labels).toEqual({ app: 'changed' });
    expect(updated.metadata?.generation).toBe(1);
  });

  it('does not bump the generation for a metadata-only update', async () => {
    const { store, created } = await withDeployment();
    const next = edit<Deployment>(created);
    next.metadata!.labels = { app: 'web', extra: 'yes' };
    const updated = (await store.update('default', 'web', next)).object;
    expect(updated.metadata?.generation).toBe(1);
    expect(updated.metadata?.labels).toEqual({ app: 'web', extra: 'yes' });
  });
});
