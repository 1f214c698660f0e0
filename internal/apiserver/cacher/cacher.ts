/**
 * Cacher: the watch cache of one resource. It holds every object of the resource (frozen and
 * shared, never copied per reader) and a window of recent events, fed in revision order by the
 * CacherHub from the storage's event stream. Lists and gets are served from it once it has caught
 * up to the revision asked for; watches are served from its history, from the storage's event log
 * when they resume from further back, and then live.
 */
import type { KubeObject, QualifiedResource } from '../../api/index.js';
import { StatusError, newTooOldResourceVersion } from '../../api/index.js';
import type { Clock, Timer } from '../../clock/index.js';
import type { Storage, StorageEvent, KeyValue } from '../../storage/index.js';
import { StorageError } from '../../storage/index.js';
import { CacheWatcher, type WatchFilter } from './cache-watcher.js';
import { EventRing, type EventRingOptions } from './event-ring.js';
import { WatchEvent, viewOf, type CacheEvent } from './watch-event.js';

/** Options of one resource's cache. */
export interface CacherOptions {
  readonly resource: QualifiedResource;
  /** `apiVersion` and `kind` of the resource, for bookmark objects. */
  readonly apiVersion: string;
  readonly kind: string;
  /** The storage key prefix of the resource, ending in `/`. */
  readonly prefix: string;
  readonly storage: Storage;
  /** Decodes a stored value, sets `metadata.resourceVersion` from `revision`, and freezes it. */
  readonly decode: (value: Buffer, revision: number) => KubeObject;
  /** Makes a just-written object (whose stored bytes are `stored`) the frozen object of `revision`. */
  readonly adopt: (obj: KubeObject, stored: Buffer, revision: number) => KubeObject;
  /** Returns a frozen copy of `obj` with `metadata.resourceVersion` set to `revision`. */
  readonly withRevision: (obj: KubeObject, revision: number) => KubeObject;
  readonly clock: Clock;
  readonly ring: EventRingOptions;
  readonly bookmarkIntervalMs: number;
  /** How far (in events) a watcher may fall behind before it is cut off. */
  readonly maxWatcherQueue: number;
  /** How long a read waits for the cache to reach a revision it asks for. */
  readonly freshnessTimeoutMs: number;
  /** A field watchers are indexed by (pods: `spec.nodeName`), and how to read it. */
  readonly indexField?: { readonly name: string; readonly get: (obj: KubeObject) => string | undefined };
}

/** What a watch asks for. */
export interface CacheWatchRequest {
  readonly filter: WatchFilter;
  /** Start after this revision; undefined: send the current state as ADDED first (RV unset or 0). */
  readonly fromRevision?: number;
  /** With a revision: also send the current state first (Kubernetes' sendInitialEvents). */
  readonly sendInitialEvents?: boolean;
  readonly allowBookmarks: boolean;
  /** The exact value the watch requires of the index field, if any (`spec.nodeName=node-1`). */
  readonly indexValue?: string;
}

/** The annotation of the BOOKMARK that ends the initial events of a sendInitialEvents watch. */
export const INITIAL_EVENTS_END_ANNOTATION = 'k8s.io/initial-events-end';

interface Waiter {
  revision: number;
  resolve: () => void;
  reject: (err: Error) => void;
  timer: Timer;
}

const ALL = '\u0000all';

/** The index of the first key >= `key` in sorted `keys`. */
function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The watch cache of one resource. */
export class Cacher {
  private readonly objects = new Map<string, KubeObject>();
  private sortedKeys: string[] | undefined;
  private ring!: EventRing;
  private readonly watchers = new Map<string, Set<CacheWatcher>>();
  private waiters: Waiter[] = [];
  private bookmarkTimer: Timer | undefined;
  private ready = false;
  /** Objects the registry is writing right now, by key, so applying their event needs no decode. */
  private readonly handoff = new Map<string, { bytes: Buffer; obj: KubeObject }>();
  /** The newest global revision this cache reflects. */
  revision = 0;
  /** The revision of the last event of this resource: the cache equals storage at any revision from here on. */
  lastEventRevision = 0;

  constructor(readonly options: CacherOptions) {}

  /** Fills the cache from a list at `revision` and starts the bookmark ticker. */
  init(items: readonly KeyValue[], revision: number): void {
    for (const kv of items) this.objects.set(kv.key, this.options.decode(kv.value, kv.modRevision));
    this.sortedKeys = undefined;
    this.ring = new EventRing(this.options.ring, revision);
    this.revision = revision;
    this.ready = true;
    this.bookmarkTimer = this.options.clock.setInterval(() => this.sendBookmarks(), this.options.bookmarkIntervalMs);
  }

  /** Stops the ticker and ends every watch. */
  stop(): void {
    this.bookmarkTimer?.cancel();
    for (const set of this.watchers.values()) for (const w of [...set]) w.close('ShuttingDown');
    for (const w of this.waiters) {
      w.timer.cancel();
      w.reject(new StatusError({ code: 503, reason: 'ServiceUnavailable', message: 'apiserver is shutting down' }));
    }
    this.waiters = [];
  }

  /** How many objects are cached. */
  get size(): number {
    return this.objects.size;
  }

  /** How many watches are open. */
  get watcherCount(): number {
    let n = 0;
    for (const s of this.watchers.values()) n += s.size;
    return n;
  }

  /**
   * Announces a write the registry is about to make: if the event that comes back carries the
   * same bytes, the cache takes `obj` (with the event's revision) instead of decoding them again.
   */
  expectWrite(key: string, bytes: Buffer, obj: KubeObject): void {
    this.handoff.set(key, { bytes, obj });
  }

  /** Withdraws an announced write that failed. */
  cancelWrite(key: string, bytes: Buffer): void {
    if (this.handoff.get(key)?.bytes === bytes) this.handoff.delete(key);
  }

  private objectOf(ev: StorageEvent): KubeObject {
    const h = this.handoff.get(ev.key);
    if (h) {
      this.handoff.delete(ev.key);
      if (h.bytes.equals(ev.value!)) return this.options.adopt(h.obj, h.bytes, ev.revision);
    }
    return this.options.decode(ev.value!, ev.revision);
  }

  /** Applies one storage event of this resource (called by the hub in revision order). */
  apply(ev: StorageEvent): void {
    const now = this.options.clock.now();
    const prev = this.objects.get(ev.key);
    let event: CacheEvent;
    if (ev.type === 'DELETED') {
      if (!prev) return this.progress(ev.revision);
      this.objects.delete(ev.key);
      this.sortedKeys = undefined;
      event = { type: 'DELETED', key: ev.key, revision: ev.revision, object: this.options.withRevision(prev, ev.revision), prevObject: prev, time: now };
    } else {
      const obj = this.objectOf(ev);
      if (!prev) this.sortedKeys = undefined;
      this.objects.set(ev.key, obj);
      event = { type: prev ? 'MODIFIED' : 'ADDED', key: ev.key, revision: ev.revision, object: obj, prevObject: prev, time: now };
    }
    this.ring.push(event, now);
    this.revision = ev.revision;
    this.lastEventRevision = ev.revision;
    this.dispatch(event);
    // The views (and their encoded bytes) live on in the queues that got them; the ring keeps only
    // the event, so history costs a few small objects per event, not a copy of every encoding.
    event.views = undefined;
    this.wakeWaiters();
  }

  /** Storage was compacted to `revision`: history at or below it is gone here too. */
  compacted(revision: number): void {
    this.ring.truncate(revision);
  }

  /** Moves the cache's revision forward when another resource was written. */
  progress(revision: number): void {
    if (revision <= this.revision) return;
    this.revision = revision;
    if (this.waiters.length > 0) this.wakeWaiters();
  }

  private wakeWaiters(): void {
    if (this.waiters.length === 0) return;
    const still: Waiter[] = [];
    for (const w of this.waiters) {
      if (w.revision <= this.revision) {
        w.timer.cancel();
        w.resolve();
      } else still.push(w);
    }
    this.waiters = still;
  }

  /**
   * Resolves once the cache reflects `revision`; rejects with 504 (Kubernetes' "Too large resource
   * version") if it does not within the freshness timeout.
   */
  waitUntilFresh(revision: number): Promise<void> {
    if (this.ready && revision <= this.revision) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        revision,
        resolve,
        reject,
        timer: this.options.clock.setTimeout(() => {
          this.waiters = this.waiters.filter((w) => w !== waiter);
          reject(
            new StatusError({
              code: 504,
              reason: 'Timeout',
              message: `Too large resource version: ${revision}, current: ${this.revision}`,
              details: { causes: [{ reason: 'ResourceVersionTooLarge', message: 'Too large resource version' }], retryAfterSeconds: 1 },
            }),
          );
        }, this.options.freshnessTimeoutMs),
      };
      this.waiters.push(waiter);
    });
  }

  /** The cached object at `key`, or undefined. */
  get(key: string): KubeObject | undefined {
    return this.objects.get(key);
  }

  /**
   * Cached objects whose key starts with `keyPrefix` and that pass `filter`, in key order; from
   * `startKey` on (inclusive) when given.
   */
  list(keyPrefix: string, filter: WatchFilter, startKey?: string): KubeObject[] {
    let keys = this.keysUnder(keyPrefix);
    if (startKey !== undefined) keys = keys.slice(lowerBound(keys, startKey));
    const out: KubeObject[] = [];
    for (const k of keys) {
      const obj = this.objects.get(k)!;
      if (filter.matches(obj)) out.push(obj);
    }
    return out;
  }

  private keysUnder(prefix: string): string[] {
    if (!this.sortedKeys) this.sortedKeys = [...this.objects.keys()].sort();
    const keys = this.sortedKeys;
    if (prefix === this.options.prefix) return keys;
    const lo = lowerBound(keys, prefix);
    let end = lo;
    while (end < keys.length && keys[end]!.startsWith(prefix)) end++;
    return keys.slice(lo, end);
  }

  /** Starts a watch. Rejects with 410 Expired if `fromRevision` is older than any history kept. */
  async watch(req: CacheWatchRequest, keyPrefix: string): Promise<CacheWatcher> {
    const bucket = req.indexValue !== undefined && this.options.indexField ? req.indexValue : ALL;
    const makeWatcher = (start: number): CacheWatcher =>
      new CacheWatcher(req.filter, req.allowBookmarks, this.options.maxWatcherQueue, start, (w) => this.watchers.get(bucket)?.delete(w));
    const register = (w: CacheWatcher): CacheWatcher => {
      let set = this.watchers.get(bucket);
      if (!set) this.watchers.set(bucket, (set = new Set()));
      set.add(w);
      return w;
    };

    if (req.fromRevision === undefined || req.sendInitialEvents) {
      if (req.fromRevision !== undefined) await this.waitUntilFresh(req.fromRevision);
      const w = makeWatcher(this.revision);
      const initial = this.list(keyPrefix, req.filter).map((o) => new WatchEvent('ADDED', o, this.revision));
      if (req.sendInitialEvents) initial.push(this.bookmark(this.revision, true));
      w.pushInitial(initial);
      return register(w);
    }

    const from = req.fromRevision;
    if (from > this.revision) await this.waitUntilFresh(from);
    const compacted = this.options.storage.compactedRevision();
    if (from < compacted) throw newTooOldResourceVersion(from, compacted);
    const w = makeWatcher(from);
    let cursor = from;
    // Resume from further back than the cache's history: replay the storage's event log first.
    while (cursor < this.ring.oldestResumable) {
      const upTo = this.revision;
      cursor = await this.replayFromStorage(w, cursor, upTo, keyPrefix);
    }
    for (const ev of this.ring.since(cursor)) this.deliver(w, ev, true);
    return register(w);
  }

  private async replayFromStorage(w: CacheWatcher, after: number, upTo: number, keyPrefix: string): Promise<number> {
    let cursor = after;
    const known = new Map<string, KubeObject | undefined>();
    while (cursor < upTo) {
      let batch: StorageEvent[];
      try {
        batch = await this.options.storage.readEvents(cursor, 1000);
      } catch (err) {
        if (err instanceof StorageError && err.code === 'Compacted') {
          throw newTooOldResourceVersion(after, this.options.storage.compactedRevision());
        }
        throw err;
      }
      if (batch.length === 0) break;
      for (const ev of batch) {
        if (ev.revision > upTo) return upTo;
        cursor = ev.revision;
        if (!ev.key.startsWith(keyPrefix)) continue;
        const prev = ev.prevValue ? (known.has(ev.key) ? known.get(ev.key) : this.options.decode(ev.prevValue, ev.prevRevision ?? 0)) : undefined;
        const obj = ev.type === 'DELETED' ? (prev ? this.options.withRevision(prev, ev.revision) : undefined) : this.options.decode(ev.value!, ev.revision);
        known.set(ev.key, ev.type === 'DELETED' ? undefined : obj);
        if (!obj) continue;
        this.deliver(w, { type: ev.type, key: ev.key, revision: ev.revision, object: obj, prevObject: prev, time: 0 }, true);
      }
    }
    return Math.max(cursor, upTo);
  }

  private dispatch(event: CacheEvent): void {
    const all = this.watchers.get(ALL);
    if (all) for (const w of all) this.deliver(w, event);
    const index = this.options.indexField;
    if (!index || this.watchers.size <= (all ? 1 : 0)) return;
    // An absent field is "" to a field selector (`spec.nodeName=` selects unscheduled pods).
    const a = index.get(event.object) ?? '';
    const b = event.prevObject ? (index.get(event.prevObject) ?? '') : undefined;
    const set = this.watchers.get(a);
    if (set) for (const w of set) this.deliver(w, event);
    if (b !== undefined && b !== a) {
      const set = this.watchers.get(b);
      if (set) for (const w of set) this.deliver(w, event);
    }
  }

  /** Hands `event` to `w` as the watcher sees it; `backlog`: history a new watch starts with. */
  private deliver(w: CacheWatcher, event: CacheEvent, backlog = false): void {
    if (event.revision <= w.lastRevision) return;
    const cur = event.type !== 'DELETED' && w.filter.matches(event.object);
    const prev = event.prevObject !== undefined && w.filter.matches(event.prevObject);
    if (cur && !prev) w.push(viewOf(event, 'ADDED'), backlog);
    else if (cur && prev) w.push(viewOf(event, 'MODIFIED'), backlog);
    else if (!cur && prev) w.push(viewOf(event, 'DELETED', () => this.options.withRevision(event.prevObject!, event.revision)), backlog);
  }

  private bookmark(revision: number, initialEventsEnd = false): WatchEvent {
    const metadata: Record<string, unknown> = { resourceVersion: String(revision) };
    if (initialEventsEnd) metadata.annotations = { [INITIAL_EVENTS_END_ANNOTATION]: 'true' };
    return new WatchEvent('BOOKMARK', { apiVersion: this.options.apiVersion, kind: this.options.kind, metadata } as KubeObject, revision);
  }

  private sendBookmarks(): void {
    let ev: WatchEvent | undefined;
    for (const set of this.watchers.values()) {
      for (const w of set) {
        if (!w.allowBookmarks || w.closed) continue;
        ev ??= this.bookmark(this.revision);
        w.push(ev);
      }
    }
  }
}
