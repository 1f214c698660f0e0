// The Storage contract as a specification, run against every backend. The cases follow Kubernetes'
// own storage test suite (k8s.io/apiserver/pkg/storage/testing): CRUD and preconditions, guaranteed
// update, reads and paginated lists at a revision, compaction, and watch from a revision.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Storage, StorageErrorCode, StorageEvent } from './interface.js';
import { BACKENDS, bytes, record, type OpenedStorage } from './storage-test-helpers.js';

const PODS = '/registry/pods/';

function pod(name: string): string {
  return `${PODS}default/${name}`;
}

async function expectCode(promise: Promise<unknown>, code: StorageErrorCode): Promise<void> {
  await expect(promise).rejects.toMatchObject({ name: 'StorageError', code });
}

function text(value: Buffer | undefined): string | undefined {
  return value?.toString('utf8');
}

describe.each(BACKENDS)('$name storage', (backend) => {
  let opened: OpenedStorage;
  let storage: Storage;

  beforeEach(async () => {
    opened = await backend.open();
    storage = opened.storage;
  });
  afterEach(async () => {
    await opened.dispose();
  });

  describe('create, get, update, delete', () => {
    it('create stores a value at the next revision and get returns it', async () => {
      const result = await storage.create(pod('a'), bytes('one'));
      expect(result.revision).toBe(1);
      expect(result.prev).toBeUndefined();
      expect(result.kv).toMatchObject({ key: pod('a'), modRevision: 1, createRevision: 1 });
      expect(storage.currentRevision()).toBe(1);
      const got = await storage.get(pod('a'));
      expect(got).toMatchObject({ key: pod('a'), modRevision: 1, createRevision: 1 });
      expect(text(got?.value)).toBe('one');
      expect(await storage.get(pod('absent'))).toBeUndefined();
    });

    it('create of a live key fails with KeyExists and writes nothing', async () => {
      await storage.create(pod('a'), bytes('one'));
      await expectCode(storage.create(pod('a'), bytes('two')), 'KeyExists');
      expect(storage.currentRevision()).toBe(1);
      expect(text((await storage.get(pod('a')))?.value)).toBe('one');
    });

    it('update replaces the value, keeps createRevision and returns the previous version', async () => {
      await storage.create(pod('a'), bytes('one'));
      const result = await storage.update(pod('a'), bytes('two'));
      expect(result.revision).toBe(2);
      expect(result.kv).toMatchObject({ modRevision: 2, createRevision: 1 });
      expect(result.prev).toMatchObject({ key: pod('a'), modRevision: 1, createRevision: 1 });
      expect(text(result.prev?.value)).toBe('one');
      const got = await storage.get(pod('a'));
      expect(got).toMatchObject({ modRevision: 2, createRevision: 1 });
      expect(text(got?.value)).toBe('two');
    });

    it.each([
      ['update', (s: Storage) => s.update(pod('absent'), bytes('x'))],
      ['update with a precondition', (s: Storage) => s.update(pod('absent'), bytes('x'), { expectedRevision: 1 })],
      ['delete', (s: Storage) => s.delete(pod('absent'))],
      ['delete with a precondition', (s: Storage) => s.delete(pod('absent'), { expectedRevision: 1 })],
    ])('%s of an absent key fails with KeyNotFound', async (_name, op) => {
      await expectCode(op(storage), 'KeyNotFound');
      expect(storage.currentRevision()).toBe(0);
    });

    it('update with a stale expectedRevision fails with Conflict and writes nothing', async () => {
      await storage.create(pod('a'), bytes('one'));
      await storage.update(pod('a'), bytes('two'));
      await expect(storage.update(pod('a'), bytes('three'), { expectedRevision: 1 })).rejects.toMatchObject({
        code: 'Conflict',
        details: { key: pod('a'), revision: 1, currentRevision: 2 },
      });
      expect(storage.currentRevision()).toBe(2);
      const result = await storage.update(pod('a'), bytes('three'), { expectedRevision: 2 });
      expect(result.revision).toBe(3);
    });

    it('delete removes the key and returns the deleted version', async () => {
      await storage.create(pod('a'), bytes('one'));
      const result = await storage.delete(pod('a'));
      expect(result.revision).toBe(2);
      expect(result.kv).toBeUndefined();
      expect(result.prev).toMatchObject({ key: pod('a'), modRevision: 1, createRevision: 1 });
      expect(text(result.prev?.value)).toBe('one');
      expect(await storage.get(pod('a'))).toBeUndefined();
      await expectCode(storage.delete(pod('a')), 'KeyNotFound');
    });

    it('delete with a precondition deletes only at the expected revision', async () => {
      await storage.create(pod('a'), bytes('one'));
      await expectCode(storage.delete(pod('a'), { expectedRevision: 7 }), 'Conflict');
      expect(await storage.get(pod('a'))).toBeDefined();
      await storage.delete(pod('a'), { expectedRevision: 1 });
      expect(await storage.get(pod('a'))).toBeUndefined();
    });

    it('a key created again after deletion starts a new life with a new createRevision', async () => {
      await storage.create(pod('a'), bytes('one'));
      await storage.delete(pod('a'));
      const result = await storage.create(pod('a'), bytes('again'));
      expect(result.kv).toMatchObject({ modRevision: 3, createRevision: 3 });
    });

    it('an empty value is stored and read back as empty, not absent', async () => {
      await storage.create(pod('empty'), Buffer.alloc(0));
      const got = await storage.get(pod('empty'));
      expect(got?.value.length).toBe(0);
      const [event] = await storage.readEvents(0);
      expect(event.value?.length).toBe(0);
    });

    it('refuses keys that are empty or contain NUL', async () => {
      await expect(storage.create('', bytes('x'))).rejects.toThrow(RangeError);
      await expect(storage.create('/a\0b', bytes('x'))).rejects.toThrow(RangeError);
    });
  });

  describe('guaranteed update', () => {
    it('of two writers racing with the same expectedRevision, exactly one wins and the other gets Conflict', async () => {
      const { revision } = await storage.create(pod('a'), bytes('0'));
      const outcomes = await Promise.allSettled([
        storage.update(pod('a'), bytes('writer 1'), { expectedRevision: revision }),
        storage.update(pod('a'), bytes('writer 2'), { expectedRevision: revision }),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      const rejected = outcomes.filter((o) => o.status === 'rejected');
      expect(rejected).toHaveLength(1);
      expect(rejected[0].reason).toMatchObject({ code: 'Conflict' });
      expect(text((await storage.get(pod('a')))?.value)).toBe('writer 1');
    });

    it('read-modify-write with retry on Conflict loses no update among concurrent writers', async () => {
      await storage.create(pod('counter'), bytes('0'));
      const increment = async (): Promise<void> => {
        for (;;) {
          const current = await storage.get(pod('counter'));
          if (current === undefined) throw new Error('counter vanished');
          const next = bytes(String(Number(text(current.value)) + 1));
          try {
            await storage.update(pod('counter'), next, { expectedRevision: current.modRevision });
            return;
          } catch (err) {
            if ((err as { code?: string }).code !== 'Conflict') throw err;
          }
        }
      };
      await Promise.all(Array.from({ length: 10 }, increment));
      expect(text((await storage.get(pod('counter')))?.value)).toBe('10');
      expect(storage.currentRevision()).toBe(11);
    });
  });

  describe('reads at a revision', () => {
    it('get at a revision returns the newest version at or below it', async () => {
      await storage.create(pod('a'), bytes('v1')); // 1
      await storage.create(pod('b'), bytes('b')); // 2
      await storage.update(pod('a'), bytes('v2')); // 3
      await storage.delete(pod('a')); // 4
      await storage.create(pod('a'), bytes('v3')); // 5
      const at = async (revision: number): Promise<string | undefined> => text((await storage.get(pod('a'), revision))?.value);
      expect([await at(1), await at(2), await at(3), await at(4), await at(5)]).toEqual(['v1', 'v1', 'v2', undefined, 'v3']);
      expect(await storage.get(pod('a'), 2)).toMatchObject({ modRevision: 1, createRevision: 1 });
      expect(await storage.get(pod('a'), 5)).toMatchObject({ modRevision: 5, createRevision: 5 });
    });

    it.each([
      ['get', (s: Storage) => s.get(pod('a'), 99)],
      ['list', (s: Storage) => s.list(PODS, { revision: 99 })],
    ])('%s at a revision newer than the current one fails with FutureRevision', async (_name, read) => {
      await storage.create(pod('a'), bytes('v1'));
      await expectCode(read(storage), 'FutureRevision');
    });

    it('list returns the live keys under the prefix, in key order, at a revision', async () => {
      await storage.create(pod('c'), bytes('c1')); // 1
      await storage.create(pod('a'), bytes('a1')); // 2
      await storage.create('/registry/podsecuritypolicies/x', bytes('other resource')); // 3
      await storage.create('/registry/pods-x/y', bytes('sibling prefix')); // 4
      await storage.create(pod('b'), bytes('b1')); // 5
      await storage.update(pod('a'), bytes('a2')); // 6
      await storage.delete(pod('c')); // 7

      const now = await storage.list(PODS);
      expect(now.revision).toBe(7);
      expect(now.items.map((kv) => [kv.key, text(kv.value), kv.modRevision, kv.createRevision])).toEqual([
        [pod('a'), 'a2', 6, 2],
        [pod('b'), 'b1', 5, 5],
      ]);
      expect(now.more).toBe(false);

      const then = await storage.list(PODS, { revision: 5 });
      expect(then.revision).toBe(5);
      expect(then.items.map((kv) => [kv.key, text(kv.value)])).toEqual([
        [pod('a'), 'a1'],
        [pod('b'), 'b1'],
        [pod('c'), 'c1'],
      ]);
      expect((await storage.list('/registry/nodes/')).items).toEqual([]);
    });

    it('count counts the live keys under a prefix', async () => {
      await storage.create(pod('a'), bytes('a'));
      await storage.create(pod('b'), bytes('b'));
      await storage.create(pod('c'), bytes('c'));
      await storage.create('/registry/services/default/a', bytes('svc'));
      await storage.delete(pod('b'));
      await storage.update(pod('a'), bytes('a2'));
      expect(await storage.count(PODS)).toBe(2);
      expect(await storage.count('/registry/')).toBe(3);
      expect(await storage.count('/registry/nodes/')).toBe(0);
    });

    it.each([
      { limit: 0, keys: ['p0', 'p1', 'p2', 'p3', 'p4'], more: false, remaining: 0 },
      { limit: 2, keys: ['p0', 'p1'], more: true, remaining: 3 },
      { limit: 4, keys: ['p0', 'p1', 'p2', 'p3'], more: true, remaining: 1 },
      { limit: 5, keys: ['p0', 'p1', 'p2', 'p3', 'p4'], more: false, remaining: 0 },
      { limit: 9, keys: ['p0', 'p1', 'p2', 'p3', 'p4'], more: false, remaining: 0 },
    ])('list with limit $limit returns $keys, more=$more, remaining=$remaining', async ({ limit, keys, more, remaining }) => {
      for (let i = 0; i < 6; i++) await storage.create(pod(`p${i}`), bytes(`v${i}`));
      await storage.delete(pod('p5'));
      const result = await storage.list(PODS, { limit });
      expect(result.items.map((kv) => kv.key)).toEqual(keys.map(pod));
      expect({ more: result.more, remaining: result.remaining }).toEqual({ more, remaining });
    });

    it.each([
      { startKey: pod('b'), keys: ['b', 'c'] },
      { startKey: `${pod('b')}\0`, keys: ['c'] },
      { startKey: pod('bb'), keys: ['c'] },
      { startKey: '/registry/a', keys: ['a', 'b', 'c'] },
      { startKey: '/registry/services/', keys: [] },
    ])('list from startKey $startKey returns $keys', async ({ startKey, keys }) => {
      for (const name of ['a', 'b', 'c']) await storage.create(pod(name), bytes(name));
      await storage.create('/registry/services/default/s', bytes('svc'));
      const result = await storage.list(PODS, { startKey });
      expect(result.items.map((kv) => kv.key)).toEqual(keys.map(pod));
    });

    it('paginated list: every page stays at the first page revision while writes land', async () => {
      const names = Array.from({ length: 10 }, (_, i) => `p${String(i).padStart(2, '0')}`);
      for (const name of names) await storage.create(pod(name), bytes(`${name} original`));
      await storage.create('/registry/services/default/s', bytes('not a pod'));

      const first = await storage.list(PODS, { limit: 3 });
      expect(first).toMatchObject({ more: true, remaining: 7 });
      const pages = [first];
      // Writes land between pages: every kind of change, before and after the cursor.
      await storage.delete(pod('p05'));
      await storage.update(pod('p01'), bytes('changed'));
      await storage.update(pod('p08'), bytes('changed'));
      await storage.create(pod('p03a'), bytes('new'));
      await storage.create(pod('p99'), bytes('new'));
      for (let page = first; page.more; ) {
        const startKey = `${page.items[page.items.length - 1].key}\0`;
        page = await storage.list(PODS, { revision: first.revision, startKey, limit: 3 });
        expect(page.revision).toBe(first.revision);
        pages.push(page);
      }
      const seen = pages.flatMap((page) => page.items.map((kv) => [kv.key, text(kv.value)]));
      expect(seen).toEqual(names.map((name) => [pod(name), `${name} original`]));
      expect(pages.map((page) => page.remaining)).toEqual([7, 4, 1, 0]);
    });
  });

  describe('compaction', () => {
    async function history(): Promise<void> {
      await storage.create(pod('a'), bytes('a1')); // 1
      await storage.create(pod('b'), bytes('b1')); // 2
      await storage.update(pod('a'), bytes('a2')); // 3
      await storage.delete(pod('b')); // 4
      await storage.create(pod('c'), bytes('c1')); // 5
      await storage.update(pod('c'), bytes('c2')); // 6
      await storage.create(pod('d'), bytes('d1')); // 7
      await storage.delete(pod('d')); // 8
    }

    it('reads below the compacted revision fail with Compacted', async () => {
      await history();
      await storage.compact(5);
      expect(storage.compactedRevision()).toBe(5);
      await expectCode(storage.get(pod('a'), 4), 'Compacted');
      await expectCode(storage.list(PODS, { revision: 1 }), 'Compacted');
      await expectCode(storage.readEvents(4), 'Compacted');
    });

    it('reads at or above the compacted revision still see every version they saw before', async () => {
      await history();
      const before = await Promise.all([5, 6, 7, 8].map((revision) => storage.list(PODS, { revision })));
      await storage.compact(5);
      const after = await Promise.all([5, 6, 7, 8].map((revision) => storage.list(PODS, { revision })));
      expect(after).toEqual(before);
      expect(text((await storage.get(pod('a'), 5))?.value)).toBe('a2');
      expect(await storage.get(pod('b'), 5)).toBeUndefined();
      expect(await storage.count(PODS)).toBe(2);
    });

    it('compacting to the current revision keeps the newest version of every live key', async () => {
      await history();
      await storage.compact(8);
      const list = await storage.list(PODS);
      expect(list.items.map((kv) => [kv.key, text(kv.value), kv.modRevision, kv.createRevision])).toEqual([
        [pod('a'), 'a2', 3, 1],
        [pod('c'), 'c2', 6, 5],
      ]);
      expect(await storage.readEvents(8)).toEqual([]);
      const next = await storage.update(pod('a'), bytes('a3'), { expectedRevision: 3 });
      expect(next.prev).toMatchObject({ modRevision: 3, createRevision: 1 });
    });

    it('events after the compacted revision keep their values and previous values', async () => {
      await storage.create(pod('a'), bytes('a1')); // 1
      await storage.create(pod('b'), bytes('b1')); // 2
      await storage.update(pod('a'), bytes('a2')); // 3
      await storage.compact(3);
      await storage.update(pod('a'), bytes('a3')); // 4
      await storage.delete(pod('b')); // 5
      await storage.compact(4);
      const events = await storage.readEvents(4);
      expect(events.map((e) => [e.revision, e.type, text(e.value), text(e.prevValue), e.prevRevision])).toEqual([
        [5, 'DELETED', undefined, 'b1', 2],
      ]);
      await storage.compact(3); // no-op: already past it
      const watch = record(storage, 4);
      await storage.create(pod('c'), bytes('c1'));
      await watch.until(2);
      expect(watch.events.map((e) => [e.revision, text(e.value), text(e.prevValue)])).toEqual([
        [5, undefined, 'b1'],
        [6, 'c1', undefined],
      ]);
      watch.watch.close();
    });

    it('a paginated list fails with Compacted once its revision is compacted', async () => {
      for (let i = 0; i < 4; i++) await storage.create(pod(`p${i}`), bytes('x'));
      const first = await storage.list(PODS, { limit: 2 });
      await storage.update(pod('p3'), bytes('y'));
      await storage.compact(storage.currentRevision());
      const startKey = `${first.items[1].key}\0`;
      await expectCode(storage.list(PODS, { revision: first.revision, startKey, limit: 2 }), 'Compacted');
    });

    it('compacting to a future revision fails; compacting below the compacted revision changes nothing', async () => {
      await history();
      await expect(storage.compact(9)).rejects.toMatchObject({
        code: 'FutureRevision',
        message: 'cannot compact to 9, newer than 8',
        details: { revision: 9, currentRevision: 8 },
      });
      await storage.compact(6);
      await storage.compact(3);
      expect(storage.compactedRevision()).toBe(6);
      expect((await storage.readEvents(6)).map((e) => e.revision)).toEqual([7, 8]);
    });
  });

  describe('event log', () => {
    it('readEvents returns every write with its value, previous value and revisions', async () => {
      await storage.create(pod('a'), bytes('a1'));
      await storage.update(pod('a'), bytes('a2'));
      await storage.delete(pod('a'));
      const events = await storage.readEvents(0);
      const plain = events.map((e) => ({ ...e, value: text(e.value), prevValue: text(e.prevValue) }));
      expect(plain).toEqual([
        { type: 'ADDED', key: pod('a'), revision: 1, createRevision: 1, value: 'a1', prevValue: undefined },
        { type: 'MODIFIED', key: pod('a'), revision: 2, createRevision: 1, value: 'a2', prevValue: 'a1', prevRevision: 1 },
        { type: 'DELETED', key: pod('a'), revision: 3, createRevision: 1, value: undefined, prevValue: 'a2', prevRevision: 2 },
      ]);
      expect('value' in events[2]).toBe(false);
      expect('prevValue' in events[0]).toBe(false);
    });

    it('readEvents starts after the given revision and honours limit', async () => {
      for (let i = 0; i < 5; i++) await storage.create(pod(`p${i}`), bytes('x'));
      expect((await storage.readEvents(2)).map((e) => e.revision)).toEqual([3, 4, 5]);
      expect((await storage.readEvents(1, 2)).map((e) => e.revision)).toEqual([2, 3]);
      expect(await storage.readEvents(5)).toEqual([]);
    });
  });

  describe('watch', () => {
    it('from a revision delivers exactly the later events, in order, then live ones', async () => {
      for (let i = 0; i < 3; i++) await storage.create(pod(`p${i}`), bytes('x'));
      const watch = record(storage, 1);
      await storage.update(pod('p0'), bytes('y'));
      await storage.delete(pod('p1'));
      await watch.until(4);
      expect(watch.events.map((e) => [e.revision, e.type, e.key])).toEqual([
        [2, 'ADDED', pod('p1')],
        [3, 'ADDED', pod('p2')],
        [4, 'MODIFIED', pod('p0')],
        [5, 'DELETED', pod('p1')],
      ]);
      expect(watch.errors).toEqual([]);
      watch.watch.close();
    });

    it('from the current revision delivers only new events', async () => {
      await storage.create(pod('a'), bytes('x'));
      const watch = record(storage, storage.currentRevision());
      await storage.create(pod('b'), bytes('x'));
      await watch.until(1);
      expect(watch.events.map((e) => e.revision)).toEqual([2]);
      watch.watch.close();
    });

    it('from a compacted revision fails once with Compacted', async () => {
      for (let i = 0; i < 4; i++) await storage.create(pod(`p${i}`), bytes('x'));
      await storage.compact(3);
      const watch = record(storage, 2);
      const err = await watch.failure();
      expect(err.code).toBe('Compacted');
      await storage.create(pod('late'), bytes('x'));
      await storage.get(pod('late'));
      expect(watch.events).toEqual([]);
      expect(watch.errors).toHaveLength(1);
    });

    it('concurrent watchers see the same events in the same order', async () => {
      const early = record(storage, 0);
      const writes: Array<Promise<unknown>> = [];
      for (let i = 0; i < 30; i++) writes.push(storage.create(pod(`p${i}`), bytes('x')));
      const middle = record(storage, 0);
      for (let i = 0; i < 30; i += 3) writes.push(storage.update(pod(`p${i}`), bytes('y')));
      for (let i = 1; i < 30; i += 3) writes.push(storage.delete(pod(`p${i}`)));
      await Promise.all(writes);
      const late = record(storage, 10);
      await Promise.all([early.until(50), middle.until(50), late.until(40)]);
      const order = (events: StorageEvent[]): string[] => events.map((e) => `${e.revision} ${e.type} ${e.key}`);
      expect(order(early.events)).toHaveLength(50);
      expect(order(middle.events)).toEqual(order(early.events));
      expect(order(late.events)).toEqual(order(early.events).slice(10));
      expect(early.events.map((e) => e.revision)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      for (const w of [early, middle, late]) w.watch.close();
    });

    it('hands off from backlog to live delivery without gaps or repeats while writes land', async () => {
      // A backlog longer than one page, writes fired before the backlog is read and more fired
      // from inside the watcher while it is still reading the backlog.
      await Promise.all(Array.from({ length: 1200 }, (_, i) => storage.create(pod(`backlog-${i}`), bytes('x'))));
      const landing: Array<Promise<unknown>> = [];
      const watch = record(storage, 0, (event) => {
        if (event.revision <= 1200 && event.revision % 300 === 0) {
          for (let i = 0; i < 5; i++) landing.push(storage.create(pod(`during-${event.revision}-${i}`), bytes('x')));
        }
      });
      for (let i = 0; i < 50; i++) landing.push(storage.create(pod(`racing-${i}`), bytes('x')));
      const total = 1200 + 50 + 4 * 5;
      await watch.until(total);
      await Promise.all(landing);
      expect(storage.currentRevision()).toBe(total);
      expect(watch.events.map((e) => e.revision)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
      expect(watch.errors).toEqual([]);
      watch.watch.close();
    });

    it('keeps revision order for every watcher when a watcher writes from its callback', async () => {
      const writer = record(storage, 0, (event) => {
        if (event.revision === 1) void storage.create(pod('from-callback'), bytes('x'));
      });
      const bystander = record(storage, 0);
      await storage.create(pod('a'), bytes('x'));
      await Promise.all([writer.until(2), bystander.until(2)]);
      expect(writer.events.map((e) => e.revision)).toEqual([1, 2]);
      expect(bystander.events.map((e) => e.revision)).toEqual([1, 2]);
      writer.watch.close();
      bystander.watch.close();
    });

    it('close of a watch stops delivery', async () => {
      const watch = record(storage, 0);
      await storage.create(pod('a'), bytes('x'));
      await watch.until(1);
      watch.watch.close();
      watch.watch.close();
      await storage.create(pod('b'), bytes('x'));
      await storage.readEvents(0);
      expect(watch.events).toHaveLength(1);
    });
  });

  describe('closing', () => {
    it('fails open watches with Closed, and every later call with Closed', async () => {
      await storage.create(pod('a'), bytes('x'));
      const watch = record(storage, 0);
      await watch.until(1);
      await storage.close();
      expect((await watch.failure()).code).toBe('Closed');
      await expectCode(storage.get(pod('a')), 'Closed');
      await expectCode(storage.list(PODS), 'Closed');
      await expectCode(storage.create(pod('b'), bytes('x')), 'Closed');
      await expectCode(storage.readEvents(0), 'Closed');
      expect((await record(storage, 0).failure()).code).toBe('Closed');
    });
  });
});
