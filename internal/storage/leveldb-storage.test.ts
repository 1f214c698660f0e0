// What only the LevelDB backend promises: durability across close and reopen, compaction that
// really deletes, group commit with every acknowledged write in a synced batch, and a failed batch
// that leaves nothing behind and stops the store.
import { Level } from 'level';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StorageError } from './interface.js';
import { LevelDBStorage, type BatchCommitInfo, type LevelDBStorageOptions } from './leveldb-storage.js';
import { bytes, record, tempDir } from './storage-test-helpers.js';

const PODS = '/registry/pods/';

function pod(name: string): string {
  return `${PODS}default/${name}`;
}

describe('LevelDBStorage', () => {
  let dir: ReturnType<typeof tempDir>;
  const opened: LevelDBStorage[] = [];

  async function open(options: Partial<LevelDBStorageOptions> = {}): Promise<LevelDBStorage> {
    const storage = new LevelDBStorage({ ...options, path: dir.path });
    await storage.open();
    opened.push(storage);
    return storage;
  }

  /** Counts raw LevelDB entries by their first two bytes (k/, e/, m/). */
  async function rawCounts(): Promise<Record<string, number>> {
    const db = new Level<Buffer, Buffer>(dir.path, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
    const counts: Record<string, number> = {};
    for await (const key of db.keys()) {
      const space = key.subarray(0, 2).toString('latin1');
      counts[space] = (counts[space] ?? 0) + 1;
    }
    await db.close();
    return counts;
  }

  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(async () => {
    for (const storage of opened.splice(0)) await storage.close();
    dir.remove();
  });

  it('refuses to open a directory another store holds, and says so', async () => {
    await open();
    const second = new LevelDBStorage({ path: dir.path });
    await expect(second.open()).rejects.toThrow(/is in use by another process \(is another skiff-apiserver running on it\?\)/);
  });

  describe('durability across reopen', () => {
    it('keeps data, the revision counter and preconditions across close and reopen', async () => {
      const first = await open();
      await first.create(pod('a'), bytes('a1'));
      await first.create(pod('b'), bytes('b1'));
      await first.update(pod('a'), bytes('a2'));
      await first.delete(pod('b'));
      await first.close();

      const second = await open();
      expect(second.currentRevision()).toBe(4);
      expect(await second.get(pod('a'))).toMatchObject({ modRevision: 3, createRevision: 1 });
      expect(await second.get(pod('a'), 1)).toMatchObject({ modRevision: 1 });
      expect(await second.get(pod('b'))).toBeUndefined();
      await expect(second.create(pod('a'), bytes('again'))).rejects.toMatchObject({ code: 'KeyExists' });
      await expect(second.update(pod('a'), bytes('a3'), { expectedRevision: 1 })).rejects.toMatchObject({ code: 'Conflict' });
      const update = await second.update(pod('a'), bytes('a3'), { expectedRevision: 3 });
      expect(update.revision).toBe(5);
      expect(update.prev?.value.toString()).toBe('a2');
      expect((await second.create(pod('b'), bytes('b2'))).kv).toMatchObject({ createRevision: 6 });
    });

    it('keeps the event log readable, and a watch resumes from a revision after reopen', async () => {
      const first = await open();
      await first.create(pod('a'), bytes('a1'));
      await first.update(pod('a'), bytes('a2'));
      await first.close();

      const second = await open();
      const events = await second.readEvents(0);
      expect(events.map((e) => [e.revision, e.type, e.value?.toString(), e.prevValue?.toString()])).toEqual([
        [1, 'ADDED', 'a1', undefined],
        [2, 'MODIFIED', 'a2', 'a1'],
      ]);
      const watch = record(second, 1);
      await second.delete(pod('a'));
      await watch.until(2);
      expect(watch.events.map((e) => [e.revision, e.type])).toEqual([
        [2, 'MODIFIED'],
        [3, 'DELETED'],
      ]);
      watch.watch.close();
    });

    it('persists compaction, and physically removes old versions, tombstoned keys and old events', async () => {
      const first = await open();
      await first.create(pod('a'), bytes('a1')); // 1
      await first.update(pod('a'), bytes('a2')); // 2
      await first.update(pod('a'), bytes('a3')); // 3
      await first.create(pod('b'), bytes('b1')); // 4
      await first.delete(pod('b')); // 5
      await first.create(pod('c'), bytes('c1')); // 6
      await first.update(pod('c'), bytes('c2')); // 7
      await first.compact(6);
      await first.close();

      // Left: a@3 (newest of a), c@6 (newest of c at or below 6) and c@7; events 7 only.
      expect(await rawCounts()).toEqual({ 'k/': 3, 'e/': 1, 'm/': 2 });
      const second = await open();
      expect(second.compactedRevision()).toBe(6);
      await expect(second.get(pod('a'), 5)).rejects.toMatchObject({ code: 'Compacted' });
      expect((await second.list(PODS, { revision: 6 })).items.map((kv) => [kv.key, kv.value.toString()])).toEqual([
        [pod('a'), 'a3'],
        [pod('c'), 'c1'],
      ]);
      expect((await second.readEvents(6)).map((e) => e.revision)).toEqual([7]);
      const watch = record(second, 5);
      expect((await watch.failure()).code).toBe('Compacted');
    });
  });

  describe('group commit', () => {
    it('commits 200 concurrent creates in call order, in far fewer synced batches than writes', async () => {
      const batches: BatchCommitInfo[] = [];
      const durable = new Set<number>();
      const storage = await open({
        onBatchCommitted: (info) => {
          batches.push(info);
          for (const revision of info.revisions) durable.add(revision);
        },
      });
      await storage.create(pod('warm-up'), bytes('x'));
      const base = storage.currentRevision();

      const acknowledgedBeforeDurable: number[] = [];
      const writes = Array.from({ length: 200 }, (_, i) =>
        storage.create(pod(`p${i}`), bytes(`v${i}`)).then((result) => {
          if (!durable.has(result.revision)) acknowledgedBeforeDurable.push(result.revision);
          return result.revision;
        }),
      );
      const revisions = await Promise.all(writes);

      expect(revisions).toEqual(Array.from({ length: 200 }, (_, i) => base + i + 1));
      expect(acknowledgedBeforeDurable).toEqual([]);
      expect(batches.every((b) => b.synced)).toBe(true);
      expect(batches.flatMap((b) => b.revisions)).toEqual(Array.from({ length: 201 }, (_, i) => i + 1));
      const stats = storage.stats();
      expect(stats).toMatchObject({ writes: 201, batches: batches.length, syncedBatches: batches.length });
      expect(stats.batches).toBeLessThanOrEqual(10);
      expect(await storage.count(PODS)).toBe(201);
    });

    it('answers writes in revision order across batches, and close waits for every answer', async () => {
      const storage = await open();
      const answered: number[] = [];
      const create = (i: number): Promise<number> => storage.create(pod(`o${i}`), bytes(`v${i}`)).then((r) => answered.push(r.revision));
      // A large first batch, then a second wave that commits while the first is still being answered.
      const writes = Array.from({ length: 1200 }, (_, i) => create(i));
      await new Promise((r) => setImmediate(r));
      for (let i = 1200; i < 1400; i++) writes.push(create(i));
      await storage.close();
      // Every write was answered before close resolved, oldest first.
      expect(answered).toHaveLength(1400);
      expect(answered).toEqual([...answered].sort((a, b) => a - b));
      await Promise.all(writes);
    });

    it('gathers the writes that arrive while a batch syncs into the next batch, capped at maxBatchWrites', async () => {
      const batches: number[][] = [];
      let release: () => void = () => undefined;
      let gate: Promise<void> | undefined;
      const storage = await open({
        maxBatchWrites: 16,
        beforeBatch: () => gate,
        onBatchCommitted: (info) => batches.push([...info.revisions]),
      });
      gate = new Promise((resolve) => (release = resolve));
      const first = storage.create(pod('first'), bytes('x'));
      await new Promise((resolve) => setImmediate(resolve)); // the first batch is now in flight
      const rest = Array.from({ length: 40 }, (_, i) => storage.create(pod(`p${i}`), bytes('x')));
      gate = undefined;
      release();
      await Promise.all([first, ...rest]);
      expect(batches.map((b) => b.length)).toEqual([1, 16, 16, 8]);
    });

    it('shows queued writes to preconditions at once but to reads only once durable', async () => {
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const storage = await open({ beforeBatch: () => gate });
      const watch = record(storage, 0);

      const created = storage.create(pod('a'), bytes('a1'));
      await expect(storage.create(pod('a'), bytes('again'))).rejects.toMatchObject({ code: 'KeyExists' });
      const updated = storage.update(pod('a'), bytes('a2'), { expectedRevision: 1 });
      await expect(storage.update(pod('a'), bytes('a3'), { expectedRevision: 1 })).rejects.toMatchObject({ code: 'Conflict' });

      expect(storage.currentRevision()).toBe(0);
      expect(await storage.get(pod('a'))).toBeUndefined();
      expect((await storage.list(PODS)).items).toEqual([]);
      expect(await storage.readEvents(0)).toEqual([]);
      expect(watch.events).toEqual([]);

      release();
      const update = await updated;
      expect((await created).revision).toBe(1);
      expect(update.prev?.value.toString()).toBe('a1');
      expect(storage.currentRevision()).toBe(2);
      expect((await storage.get(pod('a')))?.value.toString()).toBe('a2');
      await watch.until(2);
      expect(watch.events.map((e) => e.revision)).toEqual([1, 2]);
      watch.watch.close();
    });

    it('close waits for queued writes to become durable', async () => {
      const storage = await open();
      const writes = Array.from({ length: 20 }, (_, i) => storage.create(pod(`p${i}`), bytes('x')));
      await storage.close();
      expect((await Promise.all(writes)).map((w) => w.revision)).toHaveLength(20);
      const reopened = await open();
      expect(reopened.currentRevision()).toBe(20);
    });
  });

  describe('a failed batch', () => {
    it('fails its writes and every write queued after it, stops the store, and leaves nothing on disk', async () => {
      let failing = false;
      let started: () => void = () => undefined;
      const batchStarted = new Promise<void>((resolve) => (started = resolve));
      let release: () => void = () => undefined;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const storage = await open({
        beforeBatch: async () => {
          if (!failing) return;
          started();
          await gate;
          throw new Error('injected: disk full');
        },
      });
      await storage.create(pod('a'), bytes('a1'));
      const watch = record(storage, 0);
      await watch.until(1);

      failing = true;
      const inFailingBatch = [storage.create(pod('b'), bytes('b1')), storage.update(pod('a'), bytes('a2'))];
      await batchStarted;
      const queuedAfter = [storage.create(pod('c'), bytes('c1')), storage.delete(pod('a'))];
      release();

      const outcomes = await Promise.allSettled([...inFailingBatch, ...queuedAfter]);
      for (const outcome of outcomes) {
        expect(outcome).toMatchObject({ status: 'rejected', reason: { code: 'Internal' } });
      }
      const cause = (outcomes[0] as PromiseRejectedResult).reason as StorageError;
      expect(String(cause.cause)).toContain('injected: disk full');
      expect((await watch.failure()).code).toBe('Internal');
      await expect(storage.get(pod('a'))).rejects.toMatchObject({ code: 'Internal' });
      await expect(storage.create(pod('d'), bytes('d1'))).rejects.toMatchObject({ code: 'Internal' });
      expect(storage.currentRevision()).toBe(1);
      await storage.close();

      const reopened = await open();
      expect(reopened.currentRevision()).toBe(1);
      expect((await reopened.get(pod('a')))?.value.toString()).toBe('a1');
      expect(await reopened.get(pod('b'))).toBeUndefined();
      expect((await reopened.readEvents(0)).map((e) => e.revision)).toEqual([1]);
      expect((await reopened.create(pod('b'), bytes('b1'))).revision).toBe(2);
    });
  });
});
