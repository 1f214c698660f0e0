import { describe, expect, it } from 'vitest';
import { EventRing, type EventRingOptions } from './event-ring.js';
import type { CacheEvent } from './watch-event.js';

function event(revision: number, time: number): CacheEvent {
  return {
    type: 'ADDED',
    key: `/registry/configmaps/default/cm-${revision}`,
    revision,
    object: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `cm-${revision}`, namespace: 'default', resourceVersion: String(revision) } },
    time,
  };
}

function revisions(events: readonly CacheEvent[]): number[] {
  return events.map((e) => e.revision);
}

const WINDOW: EventRingOptions = { initialCapacity: 2, maxCapacity: 8, windowMs: 1_000 };

describe('EventRing', () => {
  it('starts empty, resumable from the revision the cache was filled at', () => {
    const ring = new EventRing(WINDOW, 10);
    expect(ring.length).toBe(0);
    expect(ring.capacity).toBe(2);
    expect(ring.oldestResumable).toBe(10);
    expect(ring.since(10)).toEqual([]);
  });

  it('doubles its capacity while the oldest event is younger than the window', () => {
    const ring = new EventRing(WINDOW, 0);
    const capacities: number[] = [];
    for (let rev = 1; rev <= 8; rev++) {
      ring.push(event(rev, 500), 999);
      capacities.push(ring.capacity);
    }
    expect(capacities).toEqual([2, 2, 4, 4, 8, 8, 8, 8]);
    expect(ring.length).toBe(8);
    expect(ring.oldestResumable).toBe(0);
    expect(revisions(ring.since(0))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('evicts the oldest event once the window is covered, without growing', () => {
    const ring = new EventRing(WINDOW, 0);
    ring.push(event(1, 0), 0);
    ring.push(event(2, 0), 0);
    ring.push(event(3, 1_000), 1_000);
    expect(ring.capacity).toBe(2);
    expect(ring.length).toBe(2);
    expect(ring.oldestResumable).toBe(1);
    expect(revisions(ring.since(ring.oldestResumable))).toEqual([2, 3]);
  });

  it('evicts once it reaches its maximum capacity, however young the oldest event', () => {
    const ring = new EventRing(WINDOW, 0);
    for (let rev = 1; rev <= 11; rev++) ring.push(event(rev, 0), 0);
    expect(ring.capacity).toBe(8);
    expect(ring.length).toBe(8);
    expect(ring.oldestResumable).toBe(3);
    expect(revisions(ring.since(3))).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('moves oldestResumable with every eviction, to the revision of the evicted event', () => {
    const ring = new EventRing({ initialCapacity: 3, maxCapacity: 3, windowMs: 0 }, 100);
    const seen: number[] = [];
    for (const rev of [101, 105, 106, 110, 111, 120]) {
      ring.push(event(rev, 0), 0);
      seen.push(ring.oldestResumable);
    }
    expect(seen).toEqual([100, 100, 100, 101, 105, 106]);
    expect(revisions(ring.since(106))).toEqual([110, 111, 120]);
  });

  it('keeps revision order when it grows after wrapping around', () => {
    const ring = new EventRing(WINDOW, 0);
    ring.push(event(1, 0), 0);
    ring.push(event(2, 900), 900);
    ring.push(event(3, 1_000), 1_000); // 1 is a window old: evicted, the ring wraps
    ring.push(event(4, 1_000), 1_000); // 2 is young: the ring grows
    expect(ring.capacity).toBe(4);
    expect(ring.oldestResumable).toBe(1);
    expect(revisions(ring.since(1))).toEqual([2, 3, 4]);
    ring.push(event(5, 1_000), 1_000);
    expect(revisions(ring.since(1))).toEqual([2, 3, 4, 5]);
  });

  describe('since() returns exactly the events after a revision, in order', () => {
    const ring = new EventRing({ initialCapacity: 8, maxCapacity: 8, windowMs: 0 }, 10);
    // A resource's revisions have gaps: other resources take the revisions between.
    for (const rev of [11, 14, 15, 20, 31]) ring.push(event(rev, 0), 0);
    it.each([
      [10, [11, 14, 15, 20, 31]],
      [11, [14, 15, 20, 31]],
      [12, [14, 15, 20, 31]],
      [14, [15, 20, 31]],
      [19, [20, 31]],
      [20, [31]],
      [30, [31]],
      [31, []],
      [99, []],
    ])('after %i', (after, expected) => {
      expect(revisions(ring.since(after))).toEqual(expected);
    });
  });
});
