/**
 * The watch cache's history: a ring of recent events of one resource, sized as Kubernetes sizes
 * its watch cache. It starts small and doubles (up to a maximum) whenever it is full and its oldest
 * event is younger than the history window, so a burst of writes never pushes out history a
 * client may still resume from, and memory stays bounded at any write rate.
 */
import type { CacheEvent } from './watch-event.js';

/** Sizing of the ring. */
export interface EventRingOptions {
  /** Initial capacity (Kubernetes: 100). */
  readonly initialCapacity: number;
  /** Capacity it never grows past (Kubernetes: 102,400). */
  readonly maxCapacity: number;
  /** History it tries to keep, in milliseconds (Kubernetes: 75 s). */
  readonly windowMs: number;
}

/** Defaults as Kubernetes' watch cache has them. */
export const DEFAULT_EVENT_RING: EventRingOptions = { initialCapacity: 100, maxCapacity: 102_400, windowMs: 75_000 };

/** A growable ring buffer of events in revision order. */
export class EventRing {
  private buf: (CacheEvent | undefined)[];
  private start = 0;
  private size = 0;
  /** The revision below which history is gone: a watch from a revision >= this can be served. */
  private lowerBound: number;

  constructor(
    private readonly options: EventRingOptions,
    /** The revision the cache was filled at: history starts after it. */
    initialRevision: number,
  ) {
    this.buf = new Array(options.initialCapacity);
    this.lowerBound = initialRevision;
  }

  /** How many events are held. */
  get length(): number {
    return this.size;
  }

  /** The current capacity. */
  get capacity(): number {
    return this.buf.length;
  }

  /** The oldest revision a watch can start from (exclusive): events after it are all here. */
  get oldestResumable(): number {
    return this.lowerBound;
  }

  /** Appends an event (revisions must increase), growing or evicting as the sizing says. */
  push(event: CacheEvent, now: number): void {
    if (this.size === this.buf.length) {
      const oldest = this.buf[this.start]!;
      if (this.buf.length < this.options.maxCapacity && now - oldest.time < this.options.windowMs) {
        this.grow();
      } else {
        this.lowerBound = oldest.revision;
        this.buf[this.start] = undefined;
        this.start = (this.start + 1) % this.buf.length;
        this.size--;
      }
    }
    this.buf[(this.start + this.size) % this.buf.length] = event;
    this.size++;
  }

  private grow(): void {
    const next: (CacheEvent | undefined)[] = new Array(Math.min(this.options.maxCapacity, this.buf.length * 2));
    for (let i = 0; i < this.size; i++) next[i] = this.buf[(this.start + i) % this.buf.length];
    this.buf = next;
    this.start = 0;
  }

  /** Forgets history at or below `revision` (storage compacted it), so watches from there answer 410. */
  truncate(revision: number): void {
    while (this.size > 0 && this.at(0).revision <= revision) {
      this.buf[this.start] = undefined;
      this.start = (this.start + 1) % this.buf.length;
      this.size--;
    }
    this.lowerBound = Math.max(this.lowerBound, revision);
  }

  /** Events with revision > `after`, oldest first. The caller checks `after >= oldestResumable` first. */
  since(after: number): CacheEvent[] {
    // Binary search for the first event past `after`.
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.at(mid).revision <= after) lo = mid + 1;
      else hi = mid;
    }
    const out: CacheEvent[] = [];
    for (let i = lo; i < this.size; i++) out.push(this.at(i));
    return out;
  }

  private at(i: number): CacheEvent {
    return this.buf[(this.start + i) % this.buf.length]!;
  }
}
