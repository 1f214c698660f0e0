import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/index.js';
import { INITIAL_EVENTS_END_ANNOTATION } from './cacher.js';
import type { CacheWatcher } from './cache-watcher.js';
import {
  brief,
  EVERYTHING,
  expectStatusError,
  keyOf,
  labelIs,
  onNode,
  summarize,
  take,
  useCaches,
  type CacheFixture,
  type ConfigMap,
} from './cacher-test-helpers.js';
import type { WatchEvent } from './watch-event.js';

const CONFIGMAPS = '/registry/configmaps/';
const PODS = '/registry/pods/';

const start = useCaches();

/** A watch of every configmap after `fromRevision` (undefined: current state first). */
function watchConfigMaps(f: CacheFixture, fromRevision: number | undefined, allowBookmarks = false): Promise<CacheWatcher> {
  return f.configmaps.watch({ filter: EVERYTHING, fromRevision, allowBookmarks }, CONFIGMAPS);
}

describe('Cacher: watch notifications', () => {
  it('delivers ADDED, MODIFIED and DELETED in order, each object at its event’s resourceVersion', async () => {
    const f = await start();
    const w = await watchConfigMaps(f, f.storage.currentRevision());
    const added = await f.putConfigMap('a', { k: 'v1' });
    const modified = await f.putConfigMap('a', { k: 'v2' });
    const deleted = await f.remove('configmaps', 'a');

    const events = take(w);
    expect(summarize(events)).toEqual([
      { type: 'ADDED', revision: added, name: 'a', resourceVersion: String(added) },
      { type: 'MODIFIED', revision: modified, name: 'a', resourceVersion: String(modified) },
      { type: 'DELETED', revision: deleted, name: 'a', resourceVersion: String(deleted) },
    ]);
    expect((events[1]!.object as ConfigMap).data).toEqual({ k: 'v2' });
    // A DELETED event carries the object's last state.
    expect((events[2]!.object as ConfigMap).data).toEqual({ k: 'v2' });
  });

  it('delivers only the events of its own resource', async () => {
    const f = await start();
    const w = await watchConfigMaps(f, f.storage.currentRevision());
    await f.putPod('p');
    const rev = await f.putConfigMap('a');
    expect(brief(take(w))).toEqual([`ADDED a@${rev}`]);
  });

  it('hands out frozen objects that are the cache’s own, not copies', async () => {
    const f = await start();
    const w = await watchConfigMaps(f, f.storage.currentRevision());
    await f.putConfigMap('a', { k: 'v' });
    const [event] = take(w);
    expect(Object.isFrozen(event!.object)).toBe(true);
    expect(event!.object).toBe(f.configmaps.get(keyOf('configmaps', 'a')));
  });

  describe('from a resourceVersion, delivers exactly the later events, none repeated', () => {
    it.each([
      ['the first write', 0],
      ['the second write', 1],
      ['the fourth write', 3],
      ['the last write', 5],
    ])('after %s', async (_label, index) => {
      const f = await start();
      const before = f.storage.currentRevision();
      const revisions = [before];
      for (let i = 0; i < 5; i++) revisions.push(await f.putConfigMap(`cm-${i % 2}`, { n: String(i) }));
      const from = revisions[index]!;

      const w = await watchConfigMaps(f, from);
      const live = await f.putConfigMap('cm-live');
      const got = take(w).map((e) => e.revision);
      expect(got).toEqual([...revisions.filter((r) => r > from), live]);
    });
  });

  it('without a resourceVersion, first sends ADDED for every existing object, then the changes', async () => {
    const f = await start();
    await f.putConfigMap('b');
    await f.putConfigMap('a');
    const gone = await f.putConfigMap('c');
    await f.remove('configmaps', 'c');
    await f.putPod('not-a-configmap');
    const now = f.storage.currentRevision();
    expect(gone).toBeLessThan(now);

    const w = await watchConfigMaps(f, undefined);
    const modified = await f.putConfigMap('a', { k: 'changed' });
    const events = take(w);
    expect(brief(events)).toEqual([`ADDED a@${now}`, `ADDED b@${now}`, `MODIFIED a@${modified}`]);
  });

  it('loses nothing when restarted from the last revision it observed', async () => {
    const f = await start();
    const start0 = f.storage.currentRevision();
    const whole = await watchConfigMaps(f, start0);

    const first = await watchConfigMaps(f, start0);
    await f.putConfigMap('a');
    await f.putConfigMap('b');
    const seenFirst = take(first);
    const last = seenFirst[seenFirst.length - 1]!.revision;
    first.close();
    // Written while no watch is open.
    await f.putConfigMap('a', { k: 'v' });
    await f.remove('configmaps', 'b');

    const second = await watchConfigMaps(f, last);
    await f.putConfigMap('c');
    const resumed = [...seenFirst, ...take(second)];
    expect(summarize(resumed)).toEqual(summarize(take(whole)));
    expect(resumed).toHaveLength(5);
  });

  it('shows every concurrent watcher the same events in the same order', async () => {
    const f = await start();
    const from = f.storage.currentRevision();
    const watchers = await Promise.all([0, 1, 2].map(() => watchConfigMaps(f, from)));
    const revisions: number[] = [];
    for (let i = 0; i < 20; i++) {
      revisions.push(i % 5 === 4 ? await f.remove('configmaps', `cm-${(i - 1) % 7}`) : await f.putConfigMap(`cm-${i % 7}`, { i: String(i) }));
      await f.putPod(`pod-${i}`);
    }

    const streams = watchers.map(take);
    expect(streams[0]!.map((e) => e.revision)).toEqual(revisions);
    for (const s of streams.slice(1)) {
      expect(s).toHaveLength(streams[0]!.length);
      s.forEach((e, i) => expect(e).toBe(streams[0]![i]));
    }
  });

  it('waits for a resourceVersion the cache has not reached yet', async () => {
    const f = await start();
    const future = f.storage.currentRevision() + 2;
    const pending = watchConfigMaps(f, future);
    await f.putConfigMap('a');
    const reached = await f.putConfigMap('b');
    expect(reached).toBe(future);
    const w = await pending;
    const after = await f.putConfigMap('c');
    expect(brief(take(w))).toEqual([`ADDED c@${after}`]);
  });

  it('gives up on a resourceVersion the cache does not reach in time: 504 Too large resource version', async () => {
    const f = await start({ freshnessTimeoutMs: 3_000 });
    const current = f.storage.currentRevision();
    const pending = expectStatusError(watchConfigMaps(f, current + 5));
    f.clock.advance(3_000);
    const err = await pending;
    expect(err.code).toBe(504);
    expect(err.reason).toBe('Timeout');
    expect(err.message).toBe(`Too large resource version: ${current + 5}, current: ${current}`);
  });
});

describe('Cacher: selectors', () => {
  it('sends DELETED (last matching state, event’s resourceVersion) when an object stops matching, ADDED when it starts', async () => {
    const f = await start();
    const from = f.storage.currentRevision();
    const blue = await f.configmaps.watch({ filter: labelIs('color', 'blue'), fromRevision: from, allowBookmarks: false }, CONFIGMAPS);
    const green = await f.configmaps.watch({ filter: labelIs('color', 'green'), fromRevision: from, allowBookmarks: false }, CONFIGMAPS);

    const created = await f.putConfigMap('a', { k: 'blue-data' }, { color: 'blue' });
    const updated = await f.putConfigMap('a', { k: 'blue-data-2' }, { color: 'blue' });
    const recolored = await f.putConfigMap('a', { k: 'green-data' }, { color: 'green' });
    const deleted = await f.remove('configmaps', 'a');

    const blueEvents = take(blue);
    expect(brief(blueEvents)).toEqual([`ADDED a@${created}`, `MODIFIED a@${updated}`, `DELETED a@${recolored}`]);
    const gone = blueEvents[2]!.object as ConfigMap;
    expect(gone.metadata?.labels).toEqual({ color: 'blue' });
    expect(gone.data).toEqual({ k: 'blue-data-2' });
    expect(gone.metadata?.resourceVersion).toBe(String(recolored));

    const greenEvents = take(green);
    expect(brief(greenEvents)).toEqual([`ADDED a@${recolored}`, `DELETED a@${deleted}`]);
    expect((greenEvents[0]!.object as ConfigMap).data).toEqual({ k: 'green-data' });
  });

  it('sends nothing for writes that never match', async () => {
    const f = await start();
    const w = await f.configmaps.watch({ filter: labelIs('color', 'blue'), fromRevision: f.storage.currentRevision(), allowBookmarks: false }, CONFIGMAPS);
    await f.putConfigMap('a', {}, { color: 'red' });
    await f.putConfigMap('a', { k: 'v' }, { color: 'red' });
    await f.remove('configmaps', 'a');
    expect(take(w)).toEqual([]);
  });

  it('sends a pods watcher indexed by spec.nodeName only its node’s pods, including one moving in and out', async () => {
    const f = await start();
    const from = f.storage.currentRevision();
    const watchNode = (node: string): Promise<CacheWatcher> =>
      f.pods.watch({ filter: onNode(node), fromRevision: from, allowBookmarks: false, indexValue: node }, PODS);
    const node1 = await watchNode('node-1');
    const node2 = await watchNode('node-2');
    const everyone = await f.pods.watch({ filter: EVERYTHING, fromRevision: from, allowBookmarks: false }, PODS);

    const pending = await f.putPod('p', undefined);
    const bound = await f.putPod('p', 'node-1');
    const other = await f.putPod('q', 'node-2');
    const moved = await f.putPod('p', 'node-2');
    const removed = await f.remove('pods', 'p');
    await f.putPod('r', 'node-3');

    expect(brief(take(node1))).toEqual([`ADDED p@${bound}`, `DELETED p@${moved}`]);
    expect(brief(take(node2))).toEqual([`ADDED q@${other}`, `ADDED p@${moved}`, `DELETED p@${removed}`]);
    expect(take(everyone).map((e) => e.type)).toEqual(['ADDED', 'MODIFIED', 'ADDED', 'MODIFIED', 'DELETED', 'ADDED']);
    expect(pending).toBeLessThan(bound);
  });

  it('treats an absent index field as "": a spec.nodeName= watcher sees unscheduled pods until they are bound', async () => {
    const f = await start();
    const unscheduled = await f.pods.watch(
      { filter: onNode(''), fromRevision: f.storage.currentRevision(), allowBookmarks: false, indexValue: '' },
      PODS,
    );
    const created = await f.putPod('p');
    const bound = await f.putPod('p', 'node-1');
    await f.putPod('q', 'node-1');
    expect(brief(take(unscheduled))).toEqual([`ADDED p@${created}`, `DELETED p@${bound}`]);
  });

  it('sends a node watcher started without a resourceVersion the pods already on its node', async () => {
    const f = await start();
    await f.putPod('a', 'node-1');
    await f.putPod('b', 'node-2');
    await f.putPod('c', 'node-1');
    const w = await f.pods.watch({ filter: onNode('node-1'), allowBookmarks: false, indexValue: 'node-1' }, PODS);
    expect(take(w).map((e) => (e.object as KubeObject).metadata?.name)).toEqual(['a', 'c']);
  });
});

describe('Cacher: bookmarks', () => {
  it('sends a BOOKMARK with the newest resourceVersion every interval, only to watchers that allow them', async () => {
    const f = await start({ bookmarkIntervalMs: 60_000 });
    const from = f.storage.currentRevision();
    const withBookmarks = await watchConfigMaps(f, from, true);
    const without = await watchConfigMaps(f, from, false);

    const written = await f.putConfigMap('a');
    f.clock.advance(59_999);
    expect(take(withBookmarks).map((e) => e.type)).toEqual(['ADDED']);

    f.clock.advance(1);
    const [bookmark] = take(withBookmarks);
    expect(bookmark!.type).toBe('BOOKMARK');
    expect(bookmark!.revision).toBe(written);
    expect(bookmark!.object).toEqual({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { resourceVersion: String(written) } });

    // Writes to other resources move every cache's revision (progress), so bookmarks carry them.
    const podWrite = await f.putPod('p');
    f.clock.advance(60_000);
    const [second] = take(withBookmarks);
    expect(second!.type).toBe('BOOKMARK');
    expect((second!.object as KubeObject).metadata?.resourceVersion).toBe(String(podWrite));

    expect(take(without).map((e) => e.type)).toEqual(['ADDED']);
  });

  it('ends the initial events of a sendInitialEvents watch with a BOOKMARK annotated initial-events-end', async () => {
    const f = await start();
    await f.putConfigMap('a');
    await f.putConfigMap('b');
    const current = f.storage.currentRevision();
    const w = await f.configmaps.watch({ filter: EVERYTHING, fromRevision: current, sendInitialEvents: true, allowBookmarks: true }, CONFIGMAPS);
    const after = await f.putConfigMap('c');

    const events = take(w);
    expect(brief(events)).toEqual([`ADDED a@${current}`, `ADDED b@${current}`, `BOOKMARK @${current}`, `ADDED c@${after}`]);
    expect((events[2]!.object as KubeObject).metadata).toEqual({
      resourceVersion: String(current),
      annotations: { [INITIAL_EVENTS_END_ANNOTATION]: 'true' },
    });
  });
});

describe('Cacher: history beyond the ring', () => {
  const TINY_RING = { ring: { initialCapacity: 2, maxCapacity: 4, windowMs: 0 } };

  it('serves a watch from before the ring’s oldest event out of the storage’s event log', async () => {
    const f = await start(TINY_RING);
    const from = f.storage.currentRevision();
    const revisions: number[] = [];
    for (let i = 0; i < 10; i++) {
      revisions.push(await f.putConfigMap(`cm-${i % 3}`, { i: String(i) }));
      await f.putPod(`pod-${i}`); // other resources' events are in the same log
    }
    await f.remove('configmaps', 'cm-0');
    revisions.push(f.storage.currentRevision());

    const w = await watchConfigMaps(f, from);
    const live = await f.putConfigMap('cm-live');
    const events = take(w);
    expect(events.map((e) => e.revision)).toEqual([...revisions, live]);
    expect(events.map((e) => e.type)).toEqual([
      ...['ADDED', 'ADDED', 'ADDED', 'MODIFIED', 'MODIFIED', 'MODIFIED', 'MODIFIED', 'MODIFIED', 'MODIFIED', 'MODIFIED'],
      'DELETED',
      'ADDED',
    ]);
    const deleted = events[10]!.object as ConfigMap;
    expect(deleted.data).toEqual({ i: '9' });
    expect(deleted.metadata?.resourceVersion).toBe(String(revisions[10]));
  });

  it('misses and repeats nothing when writes land while it replays the event log', async () => {
    const f = await start(TINY_RING);
    const from = f.storage.currentRevision();
    const revisions: number[] = [];
    for (let i = 0; i < 6; i++) revisions.push(await f.putConfigMap(`cm-${i}`));

    const pending = watchConfigMaps(f, from);
    for (let i = 0; i < 6; i++) revisions.push(await f.putConfigMap(`during-${i}`));
    const w = await pending;
    revisions.push(await f.putConfigMap('after'));
    expect(take(w).map((e) => e.revision)).toEqual(revisions);
  });

  it('applies selectors to the replayed history too', async () => {
    const f = await start(TINY_RING);
    const from = f.storage.currentRevision();
    const created = await f.putConfigMap('a', {}, { color: 'blue' });
    for (let i = 0; i < 6; i++) await f.putConfigMap(`filler-${i}`);
    const recolored = await f.putConfigMap('a', {}, { color: 'red' });
    for (let i = 0; i < 6; i++) await f.putConfigMap(`filler-${i}`, { again: 'yes' });

    const w = await f.configmaps.watch({ filter: labelIs('color', 'blue'), fromRevision: from, allowBookmarks: false }, CONFIGMAPS);
    const events = take(w);
    expect(brief(events)).toEqual([`ADDED a@${created}`, `DELETED a@${recolored}`]);
    expect((events[1]!.object as KubeObject).metadata?.labels).toEqual({ color: 'blue' });
  });

  it('answers 410 Expired "too old resource version" for a revision older than the storage’s compaction', async () => {
    const f = await start(TINY_RING);
    const from = f.storage.currentRevision();
    for (let i = 0; i < 10; i++) await f.putConfigMap(`cm-${i}`);
    const compacted = f.storage.currentRevision() - 2;
    await f.storage.compact(compacted);

    const err = await expectStatusError(watchConfigMaps(f, from + 1));
    expect(err.code).toBe(410);
    expect(err.reason).toBe('Expired');
    expect(err.message).toBe(`too old resource version: ${from + 1} (${compacted})`);
    // A watch from within the cache's ring is still served.
    const w = await watchConfigMaps(f, f.storage.currentRevision() - 1);
    expect(take(w)).toHaveLength(1);
  });
});

describe('Cacher: slow watchers', () => {
  it('cuts off a watcher whose queue grows past the limit, while other watchers and writers carry on', async () => {
    const f = await start({ maxWatcherQueue: 3 });
    const from = f.storage.currentRevision();
    const slow = await watchConfigMaps(f, from);
    const fast = await watchConfigMaps(f, from);
    const fastSeen: WatchEvent[] = [];

    const revisions: number[] = [];
    for (let i = 0; i < 10; i++) {
      revisions.push(await f.putConfigMap(`cm-${i}`));
      fastSeen.push(...take(fast));
    }
    expect(slow.closed).toBe('TooSlow');
    expect(slow.pending).toBe(0);
    expect(fast.closed).toBeUndefined();
    expect(fastSeen.map((e) => e.revision)).toEqual(revisions);
    expect(f.configmaps.watcherCount).toBe(1);
    expect(f.configmaps.size).toBe(10);
  });

  it('does not count the initial events toward the limit', async () => {
    const f = await start({ maxWatcherQueue: 2 });
    for (let i = 0; i < 5; i++) await f.putConfigMap(`cm-${i}`);
    const w = await watchConfigMaps(f, undefined);
    await f.putConfigMap('one-more');
    expect(w.closed).toBeUndefined();
    expect(w.pending).toBe(6);
  });

  it.each([
    ['the cache’s ring', { initialCapacity: 100, maxCapacity: 100, windowMs: 75_000 }],
    ['the storage’s event log', { initialCapacity: 2, maxCapacity: 2, windowMs: 0 }],
  ])('does not count the history a resumed watch starts with (from %s) toward the limit', async (_from, ring) => {
    const f = await start({ maxWatcherQueue: 3, ring });
    const from = f.storage.currentRevision();
    const revisions: number[] = [];
    for (let i = 0; i < 10; i++) revisions.push(await f.putConfigMap(`cm-${i}`));

    const w = await watchConfigMaps(f, from);
    expect(w.closed).toBeUndefined();
    expect(take(w).map((e) => e.revision)).toEqual(revisions);
    expect(f.configmaps.watcherCount).toBe(1);
    // Once caught up, the limit holds as for any watcher.
    for (let i = 0; i < 4; i++) await f.putConfigMap(`later-${i}`);
    expect(w.closed).toBe('TooSlow');
    expect(f.configmaps.watcherCount).toBe(0);
  });

  it('ends the iteration of a watcher cut off as too slow at once', async () => {
    const f = await start({ maxWatcherQueue: 1 });
    const w = await watchConfigMaps(f, f.storage.currentRevision());
    await f.putConfigMap('a');
    await f.putConfigMap('b');
    const seen: WatchEvent[] = [];
    for await (const e of w) seen.push(e);
    expect(w.closed).toBe('TooSlow');
    expect(seen).toEqual([]);
  });
});

describe('Cacher: shared events', () => {
  it('hands the same WatchEvent, encoded once, to every watcher that sees the event the same way', async () => {
    const f = await start();
    const from = f.storage.currentRevision();
    await f.putConfigMap('a', {}, { color: 'red' });
    const all1 = await watchConfigMaps(f, f.storage.currentRevision());
    const all2 = await watchConfigMaps(f, f.storage.currentRevision());
    const blue1 = await f.configmaps.watch({ filter: labelIs('color', 'blue'), fromRevision: from + 1, allowBookmarks: false }, CONFIGMAPS);
    const blue2 = await f.configmaps.watch({ filter: labelIs('color', 'blue'), fromRevision: from + 1, allowBookmarks: false }, CONFIGMAPS);

    await f.putConfigMap('a', {}, { color: 'blue' });
    const [m1] = take(all1);
    const [m2] = take(all2);
    const [b1] = take(blue1);
    const [b2] = take(blue2);
    expect(m1!.type).toBe('MODIFIED');
    expect(b1!.type).toBe('ADDED');
    expect(m2).toBe(m1);
    expect(b2).toBe(b1);
    expect(b1).not.toBe(m1);
    expect(b1!.object).toBe(m1!.object);

    let encodings = 0;
    const encode = (e: WatchEvent): Buffer => {
      encodings++;
      return Buffer.from(JSON.stringify({ type: e.type, object: e.object }));
    };
    const bytes1 = m1!.encoded('json', encode);
    const bytes2 = m2!.encoded('json', encode);
    expect(bytes2).toBe(bytes1);
    expect(encodings).toBe(1);
    m1!.encoded('protobuf', encode);
    expect(encodings).toBe(2);
  });

  it('shares one BOOKMARK among every watcher that allows them', async () => {
    const f = await start({ bookmarkIntervalMs: 1_000 });
    const a = await watchConfigMaps(f, f.storage.currentRevision(), true);
    const b = await watchConfigMaps(f, f.storage.currentRevision(), true);
    f.clock.advance(1_000);
    const [ba] = take(a);
    const [bb] = take(b);
    expect(ba!.type).toBe('BOOKMARK');
    expect(bb).toBe(ba);
  });
});
