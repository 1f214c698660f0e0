/**
 * SharedInformer: one reflector's cache shared by many handlers (client-go's
 * `cache.SharedIndexInformer`). The reflector fills the Indexer; every change becomes onAdd,
 * onUpdate or onDelete for each handler. A relist is delivered as its difference from the cache: new
 * objects as adds, changed ones as updates, vanished ones as deletes carrying a
 * `DeletedFinalStateUnknown` tombstone (their final state was never seen). Handlers added late get
 * onAdd for everything cached. Resync replays onUpdate(obj, obj) for every cached object each
 * resync period so level-triggered controllers recheck the world.
 *
 * Contract: handlers are called synchronously, in order, and must only enqueue keys (they must not
 * block or mutate the objects, which are frozen and shared).
 */
import { deepFreeze, type KubeObject } from '../api/index.js';
import { realClock, type Clock, type Timer } from '../clock/index.js';
import { Logger } from '../cli/index.js';
import { Indexer, type Indexers } from './indexer.js';
import { Lister } from './listers.js';
import { DeletedFinalStateUnknown, keyFunc } from './object-key.js';
import { Reflector, type ListerWatcher, type ReflectorStore } from './reflector.js';

/** The notifications an informer delivers (client-go's `ResourceEventHandler`). */
export interface ResourceEventHandler<T> {
  /** A new object; `isInInitialList` when it came from the first list (or a late handler's catch-up). */
  onAdd?(obj: T, isInInitialList: boolean): void;
  /** A changed object; on resync, `oldObj === newObj`. */
  onUpdate?(oldObj: T, newObj: T): void;
  /** A deleted object, or a tombstone when the delete was inferred from a relist. */
  onDelete?(obj: T | DeletedFinalStateUnknown<T>): void;
}

/** A handler's registration, to remove it or ask whether it has seen the initial list. */
export interface HandlerRegistration {
  remove(): void;
  hasSynced(): boolean;
}

/** Options of a shared informer. */
export interface SharedInformerOptions<T> {
  /** For logs (`pods`). */
  readonly name: string;
  readonly listerWatcher: ListerWatcher<T>;
  /** Default resync period of handlers, in ms (0: never). */
  readonly resyncPeriodMs?: number;
  readonly indexers?: Indexers<T>;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Backoff of the reflector (see ReflectorOptions). */
  readonly initialBackoffMs?: number;
  readonly maxBackoffMs?: number;
}

interface Listener<T> {
  readonly handler: ResourceEventHandler<T>;
  readonly resyncPeriodMs: number;
  timer?: Timer;
}

/** A cache of one kind shared by many handlers, kept by one list+watch. */
export class SharedInformer<T extends KubeObject> implements ReflectorStore<T> {
  readonly name: string;
  private readonly indexer: Indexer<T>;
  private readonly reflector: Reflector<T>;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly defaultResyncMs: number;
  private readonly listeners = new Set<Listener<T>>();
  private synced = false;
  private running = false;
  private stopped: Promise<void> | undefined;
  private readonly syncedPromise: Promise<void>;
  private markSynced!: () => void;

  constructor(options: SharedInformerOptions<T>) {
    this.name = options.name;
    this.clock = options.clock ?? realClock;
    this.logger = (options.logger ?? Logger.discard()).with({ informer: options.name });
    this.defaultResyncMs = options.resyncPeriodMs ?? 0;
    this.indexer = new Indexer<T>(options.indexers ?? {});
    this.syncedPromise = new Promise((resolve) => (this.markSynced = resolve));
    this.reflector = new Reflector<T>({
      name: options.name,
      listerWatcher: options.listerWatcher,
      store: this,
      clock: this.clock,
      logger: options.logger,
      initialBackoffMs: options.initialBackoffMs,
      maxBackoffMs: options.maxBackoffMs,
    });
  }

  /** Adds a handler; if objects are cached already it gets onAdd(obj, true) for each at once. */
  addEventHandler(handler: ResourceEventHandler<T>, options: { resyncPeriodMs?: number } = {}): HandlerRegistration {
    const listener: Listener<T> = { handler, resyncPeriodMs: options.resyncPeriodMs ?? this.defaultResyncMs };
    this.listeners.add(listener);
    for (const obj of this.indexer.list()) this.call(() => handler.onAdd?.(obj, true));
    if (this.running) this.startResync(listener);
    return {
      remove: () => {
        listener.timer?.cancel();
        this.listeners.delete(listener);
      },
      hasSynced: () => this.synced,
    };
  }

  /** Whether the first list has been stored and delivered. */
  hasSynced(): boolean {
    return this.synced;
  }

  /** Resolves once the first list has been stored and delivered. */
  whenSynced(): Promise<void> {
    return this.syncedPromise;
  }

  /** The cache. Read-only for callers: its objects are frozen and shared. */
  getIndexer(): Indexer<T> {
    return this.indexer;
  }

  /** A lister over the cache. */
  lister(): Lister<T> {
    return new Lister(this.indexer);
  }

  /** The resourceVersion of the last change seen. */
  lastSyncResourceVersion(): string {
    return this.reflector.lastSyncResourceVersion();
  }

  /** Lists, watches and resyncs until `signal` aborts; the promise settles once it has stopped. Idempotent. */
  run(signal: AbortSignal): Promise<void> {
    if (this.stopped) return this.stopped;
    this.running = true;
    for (const l of this.listeners) this.startResync(l);
    this.stopped = this.reflector.run(signal).finally(() => {
      this.running = false;
      for (const l of this.listeners) l.timer?.cancel();
    });
    return this.stopped;
  }

  /** Whether `run` has been called. */
  isStarted(): boolean {
    return this.stopped !== undefined;
  }

  // ReflectorStore: the reflector's writes, turned into notifications.

  /** Stores a relist and delivers its difference from the cache. */
  replace(items: readonly T[], _resourceVersion: string): void {
    const initial = !this.synced;
    const seen = new Set<string>();
    for (const item of items) {
      const key = keyFunc(item);
      seen.add(key);
      const old = this.indexer.getByKey(key);
      if (old !== undefined && old.metadata?.resourceVersion === item.metadata?.resourceVersion) continue;
      this.indexer.add(item);
      const stored = this.indexer.getByKey(key)!;
      if (old === undefined) this.notify((h) => h.onAdd?.(stored, initial));
      else this.notify((h) => h.onUpdate?.(old, stored));
    }
    for (const key of this.indexer.listKeys()) {
      if (seen.has(key)) continue;
      const old = this.indexer.getByKey(key)!;
      this.indexer.deleteKey(key);
      const tombstone = new DeletedFinalStateUnknown<T>(key, old);
      this.notify((h) => h.onDelete?.(tombstone));
    }
    if (!this.synced) {
      this.synced = true;
      this.markSynced();
    }
  }

  /** Stores a watched add (or an update, if the object is cached). */
  add(obj: T): void {
    const old = this.indexer.get(obj);
    this.indexer.add(obj);
    const stored = this.indexer.get(obj)!;
    if (old === undefined) this.notify((h) => h.onAdd?.(stored, false));
    else this.notify((h) => h.onUpdate?.(old, stored));
  }

  /** Stores a watched update. */
  update(obj: T): void {
    this.add(obj);
  }

  /** Removes a watched delete; the handlers get the object's final state from the event. */
  delete(obj: T): void {
    if (this.indexer.get(obj) === undefined) return;
    this.indexer.delete(obj);
    const final = deepFreeze(obj);
    this.notify((h) => h.onDelete?.(final));
  }

  private startResync(listener: Listener<T>): void {
    if (listener.resyncPeriodMs <= 0 || listener.timer) return;
    listener.timer = this.clock.setInterval(() => {
      if (!this.synced) return;
      for (const obj of this.indexer.list()) this.call(() => listener.handler.onUpdate?.(obj, obj));
    }, listener.resyncPeriodMs);
  }

  private notify(fn: (h: ResourceEventHandler<T>) => void): void {
    for (const l of this.listeners) this.call(() => fn(l.handler));
  }

  private call(fn: () => void): void {
    try {
      fn();
    } catch (err) {
      // A throwing handler is a bug; it must not stop the other handlers or the watch.
      this.logger.error('event handler threw', { err });
    }
  }
}
