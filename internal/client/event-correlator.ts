/**
 * EventCorrelator: client-go's `record.EventCorrelator`, deciding what an event write becomes.
 * - Aggregation: events that differ only in message (same source, object, type and reason) are
 *   "similar"; once 10 distinct messages were seen within 10 minutes, further ones become one
 *   event with message "(combined from similar events): <latest message>".
 * - Deduplication: a repeat of an event already written is a patch of that event (count + 1, new
 *   lastTimestamp), not a new object.
 * - Spam filter: a token bucket per (source, object), burst 25, one token per 5 minutes; events
 *   beyond it are dropped.
 */
import { realClock, type Clock } from '../clock/index.js';
import type { Event } from './resource-types.js';

/** What to do with one event. */
export interface CorrelationResult {
  /** The event to create, or the state to patch to. */
  readonly event: Event;
  /** When set, patch the existing event (named in `event.metadata`) with this merge patch instead of creating. */
  readonly patch?: { count: number; lastTimestamp: string; message: string };
  /** The cache key under which the written event is remembered (pass it back to `updateState`). */
  readonly key: string;
  /** True when the spam filter dropped the event. */
  readonly skip: boolean;
}

/** Options of a correlator. */
export interface EventCorrelatorOptions {
  readonly clock?: Clock;
  /** Distinct similar messages before aggregation (default 10). */
  readonly maxSimilarEvents?: number;
  /** Window of similarity in ms (default 10 min). */
  readonly maxIntervalMs?: number;
  /** Spam filter burst per object (default 25). */
  readonly spamBurst?: number;
  /** Spam filter refill, tokens per second (default 1/300). */
  readonly spamQps?: number;
  /** Entries kept per cache (default 4096, as client-go's LRU). */
  readonly cacheSize?: number;
}

/** The prefix of an aggregated event's message. */
export const COMBINED_PREFIX = '(combined from similar events): ';

interface AggregateRecord {
  localKeys: Set<string>;
  lastTimestamp: number;
}

interface EventLog {
  count: number;
  firstTimestamp: string;
  name: string;
  resourceVersion: string;
}

/** A Map that forgets its least recently used entries past a size. */
class LRU<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly size: number) {}
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, v: V): void {
    this.map.delete(key);
    this.map.set(key, v);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value!);
  }
}

/** An RFC 3339 time with seconds precision, as Event timestamps are. */
export function formatTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function sourceObjectKey(e: Event): string {
  const o = e.involvedObject ?? {};
  return [e.source?.component, e.source?.host, o.kind, o.namespace, o.name, o.uid, o.apiVersion].join('\x00');
}

function aggregateKey(e: Event): string {
  return [sourceObjectKey(e), e.type, e.reason, e.reportingComponent, e.reportingInstance].join('\x00');
}

function eventKey(e: Event): string {
  const o = e.involvedObject ?? {};
  return [e.source?.component, e.source?.host, o.kind, o.namespace, o.name, o.fieldPath, o.uid, o.apiVersion, e.type, e.reason, e.message].join('\x00');
}

/** Aggregates, deduplicates and rate-limits events before they are written. */
export class EventCorrelator {
  private readonly clock: Clock;
  private readonly maxSimilar: number;
  private readonly maxIntervalMs: number;
  private readonly spamBurst: number;
  private readonly spamQps: number;
  private readonly aggregates: LRU<AggregateRecord>;
  private readonly logs: LRU<EventLog>;
  private readonly buckets: LRU<{ tokens: number; last: number }>;
  private seq = 0;

  constructor(options: EventCorrelatorOptions = {}) {
    this.clock = options.clock ?? realClock;
    this.maxSimilar = options.maxSimilarEvents ?? 10;
    this.maxIntervalMs = options.maxIntervalMs ?? 600_000;
    this.spamBurst = options.spamBurst ?? 25;
    this.spamQps = options.spamQps ?? 1 / 300;
    const size = options.cacheSize ?? 4096;
    this.aggregates = new LRU(size);
    this.logs = new LRU(size);
    this.buckets = new LRU(size);
  }

  /** A unique event name for an object: `<name>.<hex nanoseconds>`, as client-go names them. */
  uniqueName(objectName: string): string {
    const nanos = BigInt(Math.floor(this.clock.now())) * 1_000_000n + BigInt(this.seq++ % 1_000_000);
    return `${objectName}.${nanos.toString(16)}`;
  }

  /** Decides whether `event` is dropped, created (maybe as an aggregate) or patched into an existing event. */
  correlate(event: Event): CorrelationResult {
    const now = this.clock.now();
    if (!this.allow(event, now)) return { event, key: '', skip: true };
    const { event: aggregated, key } = this.aggregate(event, now);
    const last = this.logs.get(key);
    if (!last) {
      this.logs.set(key, { count: aggregated.count ?? 1, firstTimestamp: aggregated.firstTimestamp ?? formatTime(now), name: aggregated.metadata?.name ?? '', resourceVersion: '' });
      return { event: aggregated, key, skip: false };
    }
    const count = last.count + 1;
    const merged: Event = {
      ...aggregated,
      metadata: { ...aggregated.metadata, name: last.name, resourceVersion: last.resourceVersion },
      firstTimestamp: last.firstTimestamp,
      count,
    };
    this.logs.set(key, { ...last, count });
    return { event: merged, key, skip: false, patch: { count, lastTimestamp: merged.lastTimestamp ?? formatTime(now), message: merged.message ?? '' } };
  }

  /** Records what the server stored, so later repeats patch it. */
  updateState(written: Event, key: string): void {
    this.logs.set(key, {
      count: written.count ?? 1,
      firstTimestamp: written.firstTimestamp ?? '',
      name: written.metadata?.name ?? '',
      resourceVersion: written.metadata?.resourceVersion ?? '',
    });
  }

  private aggregate(event: Event, now: number): { event: Event; key: string } {
    const aKey = aggregateKey(event);
    let record = this.aggregates.get(aKey);
    if (!record || now - record.lastTimestamp > this.maxIntervalMs) record = { localKeys: new Set(), lastTimestamp: now };
    record.localKeys.add(event.message ?? '');
    record.lastTimestamp = now;
    this.aggregates.set(aKey, record);
    if (record.localKeys.size < this.maxSimilar) return { event, key: eventKey(event) };
    // Keep the set from growing past the threshold.
    record.localKeys.delete(record.localKeys.values().next().value!);
    const stamp = formatTime(now);
    return {
      event: {
        ...event,
        metadata: { name: this.uniqueName(event.involvedObject?.name ?? ''), namespace: event.metadata?.namespace },
        message: COMBINED_PREFIX + (event.message ?? ''),
        count: 1,
        firstTimestamp: stamp,
        lastTimestamp: stamp,
      },
      key: aKey,
    };
  }

  private allow(event: Event, now: number): boolean {
    const key = sourceObjectKey(event);
    const b = this.buckets.get(key) ?? { tokens: this.spamBurst, last: now };
    b.tokens = Math.min(this.spamBurst, b.tokens + ((now - b.last) / 1000) * this.spamQps);
    b.last = now;
    const ok = b.tokens >= 1;
    if (ok) b.tokens -= 1;
    this.buckets.set(key, b);
    return ok;
  }
}
