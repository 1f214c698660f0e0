import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/index.js';
import { INITIAL_EVENTS_END_ANNOTATION, type CacheWatcher } from '../cacher/index.js';
import { brief, configMap, edit, statusErrorOf, useRegistry, type ConfigMap, type RegistryFixture } from './registry-test-helpers.js';
import type { ResourceStore } from './resource-store.js';
import { encodeForStorage } from './stored-object.js';
import type { Strategy } from './strategy.js';

const start = useRegistry();

function names(items: readonly KubeObject[]): string[] {
  return items.map((o) => o.metadata?.name ?? '');
}

const EXPIRED_CONTINUE =
  'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.';

describe('ResourceReader.list: selectors', () => {
  async function labelled(): Promise<ResourceStore> {
    const { cms } = await start();
    await cms.create('default', configMap('a', {}, { labels: { app: 'web', tier: 'front' } }));
    await cms.create('default', configMap('b', {}, { labels: { app: 'web', tier: 'back' } }));
    await cms.create('default', configMap('c', {}, { labels: { app: 'db' } }));
    await cms.create('default', configMap('d'));
    await cms.create('other', { ...configMap('e', {}, { labels: { app: 'web' } }), metadata: { name: 'e', labels: { app: 'web' } } });
    return cms;
  }

  it.each([
    ['', ['a', 'b', 'c', 'd']],
    ['app=web', ['a', 'b']],
    ['app==web', ['a', 'b']],
    ['app!=web', ['c', 'd']],
    ['app=web,tier=back', ['b']],
    ['tier in (front,back)', ['a', 'b']],
    ['app notin (web)', ['c', 'd']],
    ['app', ['a', 'b', 'c']],
    ['!tier', ['c', 'd']],
    ['app=nothing', []],
  ])('labelSelector %j in a namespace selects %j', async (labelSelector, expected) => {
    const cms = await labelled();
    expect(names((await cms.list('default', { labelSelector })).items)).toEqual(expected);
  });

  it.each([
    ['metadata.name=a', '', ['a']],
    ['metadata.name==b', 'default', ['b']],
    ['metadata.name!=a', 'default', ['b', 'c', 'd']],
    ['metadata.namespace=other', '', ['e']],
    ['metadata.namespace!=other,metadata.name!=d', '', ['a', 'b', 'c']],
  ])('fieldSelector %j in namespace %j selects %j', async (fieldSelector, namespace, expected) => {
    const cms = await labelled();
    expect(names((await cms.list(namespace, { fieldSelector })).items)).toEqual(expected);
  });

  it('lists every namespace with namespace ""', async () => {
    const cms = await labelled();
    const all = (await cms.list('')).items;
    expect(all.map((o) => `${o.metadata?.namespace}/${o.metadata?.name}`)).toEqual(['default/a', 'default/b', 'default/c', 'default/d', 'other/e']);
  });

  it('answers 400 for a field selector the kind does not support', async () => {
    const cms = await labelled();
    const err = await statusErrorOf(cms.list('default', { fieldSelector: 'spec.foo=bar' }));
    expect(err.code).toBe(400);
    expect(err.reason).toBe('BadRequest');
    expect(err.message).toContain('"spec.foo" is not a known field selector: only "metadata.name", "metadata.namespace"');
  });

  it('answers 400 for a label selector that does not parse', async () => {
    const cms = await labelled();
    expect((await statusErrorOf(cms.list('default', { labelSelector: 'app in web' }))).code).toBe(400);
  });
});

describe('ResourceReader.list: pages', () => {
  async function fivePages(): Promise<{ f: RegistryFixture; cms: ResourceStore }> {
    const started = await start();
    for (let i = 1; i <= 5; i++) await started.cms.create('default', configMap(`cm-${i}`, { v: 'original' }));
    return started;
  }

  it('cuts a list at limit, with a continue token and the count remaining', async () => {
    const { cms } = await fivePages();
    const page = await cms.list('default', { limit: 2 });
    expect(names(page.items)).toEqual(['cm-1', 'cm-2']);
    expect(page.continue).toBeTruthy();
    expect(page.remainingItemCount).toBe(3);
  });

  it('reads every page at the first page’s resourceVersion, whatever is written in between', async () => {
    const { f, cms } = await fivePages();
    const first = await cms.list('default', { limit: 2 });
    const firstRevision = first.resourceVersion;

    await cms.create('default', configMap('cm-2a', { v: 'new' }));
    await cms.delete('default', 'cm-3');
    await cms.update('default', 'cm-4', configMap('cm-4', { v: 'changed' }));
    expect(String(f.storage.currentRevision())).not.toBe(firstRevision);

    const pages = [first];
    while (pages[pages.length - 1]!.continue) {
      pages.push(await cms.list('default', { limit: 2, continue: pages[pages.length - 1]!.continue }));
    }
    expect(pages.map((p) => p.resourceVersion)).toEqual(pages.map(() => firstRevision));
    const items = pages.flatMap((p) => p.items) as ConfigMap[];
    expect(names(items)).toEqual(['cm-1', 'cm-2', 'cm-3', 'cm-4', 'cm-5']);
    expect(items.map((o) => o.data?.v)).toEqual(['original', 'original', 'original', 'original', 'original']);
    expect(pages.map((p) => p.items.length)).toEqual([2, 2, 1]);
    expect(pages[pages.length - 1]!.continue).toBeUndefined();
  });

  it('applies selectors across pages', async () => {
    const { cms } = await start();
    for (let i = 1; i <= 6; i++) await cms.create('default', configMap(`cm-${i}`, {}, { labels: { even: String(i % 2 === 0) } }));
    const seen: string[] = [];
    let token: string | undefined;
    do {
      const page = await cms.list('default', { labelSelector: 'even=true', limit: 1, continue: token });
      seen.push(...names(page.items));
      expect(page.remainingItemCount).toBeUndefined();
      token = page.continue;
    } while (token);
    expect(seen).toEqual(['cm-2', 'cm-4', 'cm-6']);
  });

  it('answers 410 Expired with Kubernetes’ message for a continue token whose revision was compacted', async () => {
    const { f, cms } = await fivePages();
    const first = await cms.list('default', { limit: 2 });
    await cms.update('default', 'cm-4', configMap('cm-4', { v: 'changed' }));
    await f.storage.compact(f.storage.currentRevision());

    const err = await statusErrorOf(cms.list('default', { limit: 2, continue: first.continue }));
    expect(err.code).toBe(410);
    expect(err.reason).toBe('Expired');
    expect(err.message).toBe(EXPIRED_CONTINUE);
  });

  it('answers 400 for a continue token together with a resourceVersion, and for a malformed one', async () => {
    const { cms } = await fivePages();
    const first = await cms.list('default', { limit: 2 });
    const both = await statusErrorOf(cms.list('default', { continue: first.continue, resourceVersion: first.resourceVersion }));
    expect(both.code).toBe(400);
    expect(both.message).toBe('specifying resource version is not allowed when using continue');
    expect((await statusErrorOf(cms.list('default', { continue: 'not-a-token' }))).code).toBe(400);
  });
});

describe('ResourceReader.list: resourceVersion semantics', () => {
  it('lists at a past revision with resourceVersionMatch=Exact', async () => {
    const { cms } = await start();
    const a = await cms.create('default', configMap('a', { v: '1' }));
    const past = a.metadata!.resourceVersion!;
    await cms.create('default', configMap('b'));
    await cms.update('default', 'a', configMap('a', { v: '2' }));

    const list = await cms.list('default', { resourceVersion: past, resourceVersionMatch: 'Exact' });
    expect(list.resourceVersion).toBe(past);
    expect(names(list.items)).toEqual(['a']);
    expect((list.items[0] as ConfigMap).data).toEqual({ v: '1' });
    expect(list.items[0]!.metadata?.resourceVersion).toBe(past);
  });

  it('lists at exactly N for resourceVersion=N with a limit and no resourceVersionMatch (legacy Exact)', async () => {
    const { cms } = await start();
    const a = await cms.create('default', configMap('a', { v: '1' }));
    const past = a.metadata!.resourceVersion!;
    await cms.create('default', configMap('b'));
    await cms.update('default', 'a', configMap('a', { v: '2' }));

    const list = await cms.list('default', { resourceVersion: past, limit: 10 });
    expect(list.resourceVersion).toBe(past);
    expect(names(list.items)).toEqual(['a']);
    expect((list.items[0] as ConfigMap).data).toEqual({ v: '1' });
  });

  it.each([
    ['resourceVersionMatch=Exact', { resourceVersionMatch: 'Exact' }],
    ['a limit and no resourceVersionMatch', { limit: 5 }],
  ])('answers Kubernetes’ 410 Expired for a list at a compacted revision (%s)', async (_name, options) => {
    const { f, cms } = await start();
    const a = await cms.create('default', configMap('a'));
    await cms.update('default', 'a', configMap('a', { v: '2' }));
    await f.storage.compact(f.storage.currentRevision());
    const err = await statusErrorOf(cms.list('default', { resourceVersion: a.metadata!.resourceVersion!, ...options }));
    expect(err.status).toMatchObject({ code: 410, reason: 'Expired', message: 'The resourceVersion for the provided list is too old.' });
  });

  it.each([
    [-1, ['a', 'b']],
    [0, ['a', 'b']],
  ])('lists everything for limit %j, as Kubernetes does', async (limit, expected) => {
    const { cms } = await start();
    await cms.create('default', configMap('a'));
    await cms.create('default', configMap('b'));
    const list = await cms.list('default', { limit });
    expect(names(list.items)).toEqual(expected);
    expect(list.continue).toBeUndefined();
  });

  it.each([['NotOlderThan'], ['']])('waits for the cache to reach resourceVersion N (resourceVersionMatch %j)', async (resourceVersionMatch) => {
    const { f, cms } = await start();
    await cms.create('default', configMap('a'));
    const wanted = f.storage.currentRevision() + 1;
    let settled = false;
    const pending = cms.list('default', { resourceVersion: String(wanted), resourceVersionMatch }).finally(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);

    // Written to storage directly, as another API server would.
    const written = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b', namespace: 'default' } };
    await f.storage.create(cms.keyFor('default', 'b'), encodeForStorage(cms.type, written));
    const list = await pending;
    expect(Number(list.resourceVersion)).toBeGreaterThanOrEqual(wanted);
    expect(names(list.items)).toEqual(['a', 'b']);
  });

  it('answers 504 Too large resource version when the cache does not reach N in time', async () => {
    const { f, cms } = await start({ watchCache: { freshnessTimeoutMs: 3_000 } });
    const current = f.storage.currentRevision();
    const pending = statusErrorOf(cms.list('default', { resourceVersion: String(current + 10), resourceVersionMatch: 'NotOlderThan' }));
    f.clock.advance(3_000);
    const err = await pending;
    expect(err.code).toBe(504);
    expect(err.message).toBe(`Too large resource version: ${current + 10}, current: ${current}`);
  });

  it('serves resourceVersion "0" from the cache at once', async () => {
    const { f, cms } = await start();
    await cms.create('default', configMap('a'));
    const list = await cms.list('default', { resourceVersion: '0' });
    expect(names(list.items)).toEqual(['a']);
    expect(list.resourceVersion).toBe(String(f.storage.currentRevision()));
  });

  it('answers 400 for a resourceVersion that is not a number', async () => {
    const { cms } = await start();
    const err = await statusErrorOf(cms.list('default', { resourceVersion: 'abc' }));
    expect(err.code).toBe(400);
    expect(err.message).toBe('invalid resource version: "abc"');
  });
});

describe('ResourceReader.get', () => {
  it('reads what storage holds even when written behind the registry’s back', async () => {
    const { f, cms } = await start();
    const written = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'direct', namespace: 'default' }, data: { k: 'v' } };
    const { revision } = await f.storage.create(cms.keyFor('default', 'direct'), encodeForStorage(cms.type, written));
    const got = (await cms.get('default', 'direct')) as ConfigMap;
    expect(got.data).toEqual({ k: 'v' });
    expect(got.metadata?.resourceVersion).toBe(String(revision));
  });
});

describe('ResourceReader.watch', () => {
  interface Pod extends KubeObject {
    spec?: { nodeName?: string; containers?: { name: string; image: string }[] };
  }
  const POD_STRATEGY: Strategy = {
    fieldLabels: ['spec.nodeName'],
    selectableFields: (obj) => ({ 'spec.nodeName': (obj as Pod).spec?.nodeName ?? '' }),
  };
  const pod = (name: string, nodeName?: string): Pod => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default' },
    spec: { containers: [{ name: 'c', image: 'busybox' }], ...(nodeName && { nodeName }) },
  });

  it('without a resourceVersion sends ADDED for what exists, then the changes', async () => {
    const { cms } = await start();
    await cms.create('default', configMap('a'));
    const w = await cms.watch('default', {});
    await cms.create('default', configMap('b'));
    await cms.delete('default', 'a');
    expect(brief(w.drain())).toEqual(['ADDED a', 'ADDED b', 'DELETED a']);
  });

  it('from a resourceVersion sends only the later changes', async () => {
    const { cms } = await start();
    const a = await cms.create('default', configMap('a'));
    await cms.update('default', 'a', configMap('a', { k: 'v' }));
    const w = await cms.watch('default', { resourceVersion: a.metadata?.resourceVersion });
    expect(brief(w.drain())).toEqual(['MODIFIED a']);
  });

  it('only watches its namespace', async () => {
    const { cms } = await start();
    const w = await cms.watch('other', { resourceVersion: '0' });
    await cms.create('default', configMap('a'));
    await cms.create('other', { ...configMap('b'), metadata: { name: 'b' } });
    expect(brief(w.drain())).toEqual(['ADDED b']);
  });

  it('turns a label change into DELETED and ADDED for label-selected watchers', async () => {
    const { f, cms } = await start();
    await cms.create('default', configMap('a', {}, { labels: { color: 'blue' } }));
    const rv = String(f.storage.currentRevision());
    const blue = await cms.watch('default', { labelSelector: 'color=blue', resourceVersion: rv });
    const red = await cms.watch('default', { labelSelector: 'color=red', resourceVersion: rv });
    const updated = await cms.update('default', 'a', configMap('a', {}, { labels: { color: 'red' } }));

    const [gone] = blue.drain();
    expect(gone!.type).toBe('DELETED');
    expect((gone!.object as KubeObject).metadata?.labels).toEqual({ color: 'blue' });
    expect((gone!.object as KubeObject).metadata?.resourceVersion).toBe(updated.object.metadata?.resourceVersion);
    expect(brief(red.drain())).toEqual(['ADDED a']);
  });

  it('sends spec.nodeName field-selector watchers only their node’s pods', async () => {
    const { f } = await start({ strategies: { pods: POD_STRATEGY } });
    const pods = f.store('pods');
    const rv = String(f.storage.currentRevision());
    const node1 = await pods.watch('', { fieldSelector: 'spec.nodeName=node-1', resourceVersion: rv });
    const node2 = await pods.watch('', { fieldSelector: 'spec.nodeName=node-2', resourceVersion: rv });
    const unscheduled = await pods.watch('', { fieldSelector: 'spec.nodeName=', resourceVersion: rv });

    await pods.create('default', pod('p'));
    await pods.create('default', pod('q', 'node-2'));
    await pods.update('default', 'p', pod('p', 'node-1'));
    await pods.update('default', 'p', pod('p', 'node-2'));

    expect(brief(node1.drain())).toEqual(['ADDED p', 'DELETED p']);
    expect(brief(node2.drain())).toEqual(['ADDED q', 'ADDED p']);
    expect(brief(unscheduled.drain())).toEqual(['ADDED p', 'DELETED p']);
  });

  it('sends BOOKMARKs every interval to watchers that allow them', async () => {
    const { f, cms } = await start({ watchCache: { bookmarkIntervalMs: 5_000 } });
    const withBookmarks = await cms.watch('default', { resourceVersion: '0', allowWatchBookmarks: true });
    const without = await cms.watch('default', { resourceVersion: '0' });
    await cms.create('default', configMap('a'));
    f.clock.advance(5_000);
    const events = withBookmarks.drain();
    expect(events.map((e) => e.type)).toEqual(['ADDED', 'BOOKMARK']);
    expect((events[1]!.object as KubeObject).metadata?.resourceVersion).toBe(String(f.storage.currentRevision()));
    expect(without.drain().map((e) => e.type)).toEqual(['ADDED']);
  });

  it('with sendInitialEvents sends the current state, a BOOKMARK marking its end, then the changes', async () => {
    const { f, cms } = await start();
    await cms.create('default', configMap('a'));
    await cms.create('default', configMap('b'));
    const w: CacheWatcher = await cms.watch('default', { sendInitialEvents: true, allowWatchBookmarks: true, resourceVersionMatch: 'NotOlderThan' });
    await cms.create('default', configMap('c'));
    const events = w.drain();
    expect(brief(events)).toEqual(['ADDED a', 'ADDED b', 'BOOKMARK ', 'ADDED c']);
    expect((events[2]!.object as KubeObject).metadata?.annotations).toEqual({ [INITIAL_EVENTS_END_ANNOTATION]: 'true' });
    expect(Number((events[2]!.object as KubeObject).metadata?.resourceVersion)).toBe(f.storage.currentRevision() - 1);
  });

  it('answers 410 Expired for a resourceVersion compacted away and older than the cache', async () => {
    const { f, cms } = await start({ watchCache: { ring: { initialCapacity: 2, maxCapacity: 4, windowMs: 0 } } });
    const first = await cms.create('default', configMap('a'));
    for (let i = 0; i < 8; i++) await cms.update('default', 'a', configMap('a', { i: String(i) }));
    await f.storage.compact(f.storage.currentRevision() - 1);
    const err = await statusErrorOf(cms.watch('default', { resourceVersion: first.metadata?.resourceVersion }));
    expect(err.code).toBe(410);
    expect(err.reason).toBe('Expired');
    expect(err.message).toBe(`too old resource version: ${first.metadata?.resourceVersion} (${f.storage.currentRevision() - 1})`);
  });

  it('serves a resourceVersion older than the cache but still in the event log', async () => {
    const { cms } = await start({ watchCache: { ring: { initialCapacity: 2, maxCapacity: 4, windowMs: 0 } } });
    const first = await cms.create('default', configMap('a'));
    for (let i = 0; i < 8; i++) await cms.update('default', 'a', configMap('a', { i: String(i) }));
    const w = await cms.watch('default', { resourceVersion: first.metadata?.resourceVersion });
    const events = w.drain();
    expect(events.map((e) => (e.object as ConfigMap).data?.i)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7']);
    expect(events.every((e) => e.type === 'MODIFIED')).toBe(true);
  });

  it('hands out frozen objects, so editing a copy leaves the cache alone', async () => {
    const { cms } = await start();
    const created = await cms.create('default', configMap('a', { k: 'v' }));
    const copy = edit<ConfigMap>(created);
    copy.data!.k = 'changed';
    expect(((await cms.get('default', 'a')) as ConfigMap).data).toEqual({ k: 'v' });
    expect(Object.isFrozen(await cms.get('default', 'a'))).toBe(true);
  });
});
