import { describe, expect, it } from 'vitest';
import { CacheWatcher, type WatchCloseReason } from './cache-watcher.js';
import { EVERYTHING } from './cacher-test-helpers.js';
import { WatchEvent } from './watch-event.js';

function added(revision: number): WatchEvent {
  return new WatchEvent('ADDED', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cm-${revision}`, resourceVersion: String(revision) } }, revision);
}

function bookmark(revision: number): WatchEvent {
  return new WatchEvent('BOOKMARK', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { resourceVersion: String(revision) } }, revision);
}

function watcher(maxQueue = 10, startRevision = 0): { w: CacheWatcher; closedWith: CacheWatcher[] } {
  const closedWith: CacheWatcher[] = [];
  const w = new CacheWatcher(EVERYTHING, true, maxQueue, startRevision, (x) => closedWith.push(x));
  return { w, closedWith };
}

async function collect(w: CacheWatcher, n: number): Promise<number[]> {
  const out: number[] = [];
  if (n === 0) return out;
  for await (const e of w) {
    out.push(e.revision);
    if (out.length === n) break;
  }
  return out;
}

describe('CacheWatcher', () => {
  it('yields events in the order they were pushed, waiting for ones not pushed yet', async () => {
    const { w } = watcher();
    w.push(added(1));
    const got = collect(w, 3);
    w.push(added(2));
    w.push(added(3));
    expect(await got).toEqual([1, 2, 3]);
  });

  it('finishes delivering what is queued before ending after an ordinary close', async () => {
    const { w, closedWith } = watcher();
    w.push(added(1));
    w.push(added(2));
    w.close();
    const seen: number[] = [];
    for await (const e of w) seen.push(e.revision);
    expect(seen).toEqual([1, 2]);
    expect(w.closed).toBe('Stopped');
    expect(closedWith).toEqual([w]);
  });

  it('ends a pending iteration when closed', async () => {
    const { w } = watcher();
    const done = collect(w, 5);
    w.close('ShuttingDown');
    expect(await done).toEqual([]);
    expect(w.closed).toBe('ShuttingDown');
  });

  it('ignores pushes and further closes once closed, and reports the first reason', () => {
    const { w, closedWith } = watcher();
    w.close('Expired');
    w.push(added(1));
    w.close('Stopped');
    expect(w.pending).toBe(0);
    expect(w.closed satisfies WatchCloseReason | undefined).toBe('Expired');
    expect(closedWith).toHaveLength(1);
  });

  it('is cut off as TooSlow, dropping its queue, once more than its limit is waiting', () => {
    const { w, closedWith } = watcher(2);
    w.push(added(1));
    w.push(added(2));
    expect(w.closed).toBeUndefined();
    w.push(added(3));
    expect(w.closed).toBe('TooSlow');
    expect(w.pending).toBe(0);
    expect(closedWith).toEqual([w]);
  });

  it('stays open as long as it drains faster than the limit', () => {
    const { w } = watcher(2);
    for (let rev = 1; rev <= 100; rev++) {
      w.push(added(rev));
      w.push(bookmark(rev));
      expect(w.drain().map((e) => e.revision)).toEqual([rev, rev]);
    }
    expect(w.closed).toBeUndefined();
  });

  it('does not count initial events or backlog toward the limit, but counts what comes after them', async () => {
    const { w } = watcher(2);
    w.pushInitial([added(1), added(2), added(3)]);
    w.push(added(4), true);
    w.push(added(5));
    w.push(added(6));
    expect(w.closed).toBeUndefined();
    // Reading the exempt events leaves the limit exactly as it was.
    expect(await collect(w, 4)).toEqual([1, 2, 3, 4]);
    w.push(added(7));
    expect(w.closed).toBe('TooSlow');
  });

  it('tracks the revision of the last object event it was given', () => {
    const { w } = watcher(10, 5);
    expect(w.lastRevision).toBe(5);
    w.push(added(7));
    expect(w.lastRevision).toBe(7);
  });

  it('hands a batching transport everything queued at once', () => {
    const { w } = watcher();
    w.pushInitial([added(1)]);
    w.push(added(2));
    expect(w.drain().map((e) => e.revision)).toEqual([1, 2]);
    expect(w.pending).toBe(0);
    expect(w.drain()).toEqual([]);
  });
});
