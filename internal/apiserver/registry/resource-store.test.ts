import { describe, expect, it } from 'vitest';
import { OBJECT_MODIFIED, type KubeObject } from '../../api/index.js';
import { configMap, edit, statusErrorOf, useRegistry, type ConfigMap } from './registry-test-helpers.js';
import type { ResourceStore } from './resource-store.js';
import type { Strategy } from './strategy.js';

const start = useRegistry();

const CONFLICT_MODIFIED = `Operation cannot be fulfilled on configmaps "a": ${OBJECT_MODIFIED}`;

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
    const { f } = await start({ strategies: { deployments: STATUS_STRATEGY } });
    const store = f.store('apps/deployments');
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
