/**
 * Reflector: keeps a store in step with the API server (client-go's `cache.Reflector`). It lists,
 * then watches from the list's resourceVersion with bookmarks on; when the stream breaks (an
 * apiserver restart, a TooSlow cut-off, a network fault) it resumes from the last resourceVersion
 * it saw, after a backoff; when that version is gone (410 Expired/Gone, as an ERROR event or as an
 * error) it lists again and hands the store the whole new state through `replace`, which turns it
 * into a difference. BOOKMARKs only move the resume point.
 */
import { StatusError, isResourceExpired, type KubeObject, type Status } from '../api/index.js';
import { realClock, type Clock } from '../clock/index.js';
import { Logger } from '../cli/index.js';
import type { ClientListOptions, ClientWatchOptions, ListResult, WatchStream } from './api-client.js';

/** Lists a kind: client-go's `Lister` half. */
export interface Lister<T> {
  list(options: ClientListOptions): Promise<ListResult<T>>;
}

/** Watches a kind: client-go's `Watcher` half. */
export interface Watcher<T> {
  watch(options: ClientWatchOptions): WatchStream<T>;
}

/** What a reflector reads from: client-go's `ListerWatcher`. */
export interface ListerWatcher<T> extends Lister<T>, Watcher<T> {}

/** What a reflector writes to: the informer, which turns these into notifications. */
export interface ReflectorStore<T> {
  /** The complete state at `resourceVersion`, after a list. */
  replace(items: readonly T[], resourceVersion: string): void;
  add(obj: T): void;
  update(obj: T): void;
  delete(obj: T): void;
}

/** Options of a reflector. */
export interface ReflectorOptions<T> {
  /** For logs (`pods`). */
  readonly name: string;
  readonly listerWatcher: ListerWatcher<T>;
  readonly store: ReflectorStore<T>;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /**
   * First wait after a failure (default 800 ms, client-go's), doubled up to `maxBackoffMs`; each
   * wait is stretched by a random part of itself (jitter 1.0, as client-go's reflector), so
   * informers that lost the same apiserver do not all come back in the same instant.
   */
  readonly initialBackoffMs?: number;
  /** Longest wait after repeated failures (default 30 s). */
  readonly maxBackoffMs?: number;
  /** Items per list page (default 500; 0 for one unpaged list). */
  readonly pageSize?: number;
  /** Random source in [0, 1) for the backoff jitter (default Math.random). */
  readonly random?: () => number;
}

/** True for a 410: the resourceVersion asked for has been compacted away. */
export function isGone(err: unknown): boolean {
  return isResourceExpired(err) || (err instanceof StatusError && err.code === 410);
}

/** Lists and watches one kind into a store, resuming and relisting as needed, until stopped. */
export class Reflector<T extends KubeObject> {
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly initialBackoffMs: number;
  private readonly maxBackoffMs: number;
  private readonly pageSize: number;
  private readonly random: () => number;
  private resourceVersion = '';

  constructor(private readonly options: ReflectorOptions<T>) {
    this.clock = options.clock ?? realClock;
    this.logger = (options.logger ?? Logger.discard()).with({ reflector: options.name });
    this.initialBackoffMs = options.initialBackoffMs ?? 800;
    this.maxBackoffMs = options.maxBackoffMs ?? 30_000;
    this.pageSize = options.pageSize ?? 500;
    this.random = options.random ?? Math.random;
  }

  /** The resourceVersion a resumed watch would start from. */
  lastSyncResourceVersion(): string {
    return this.resourceVersion;
  }

  /** Lists and watches until `signal` aborts. Never throws for API failures: it retries them. */
  async run(signal: AbortSignal): Promise<void> {
    let backoff = this.initialBackoffMs;
    let needList = true;
    let expiredInARow = 0;
    while (!signal.aborted) {
      try {
        if (needList) {
          await this.listAndReplace();
          needList = false;
        }
        const progressed = await this.watchOnce(signal);
        expiredInARow = 0;
        if (progressed) backoff = this.initialBackoffMs;
        else backoff = await this.wait(backoff, signal);
      } catch (err) {
        if (signal.aborted) break;
        if (isGone(err)) {
          this.logger.v(1).info('resourceVersion expired; relisting', { resourceVersion: this.resourceVersion, err });
          needList = true;
          // Relist at once, but a relist that is expired again at once must not spin.
          if (++expiredInARow > 1) backoff = await this.wait(backoff, signal);
        } else {
          this.logger.warn('list or watch failed; retrying', { resourceVersion: this.resourceVersion, err, backoffMs: backoff });
          backoff = await this.wait(backoff, signal);
        }
      }
    }
  }

  /** Sleeps `ms` plus jitter on the clock (or until aborted) and returns the next backoff. */
  private async wait(ms: number, signal: AbortSignal): Promise<number> {
    await this.clock.sleep(ms + this.random() * ms, signal).catch(() => undefined);
    return Math.min(ms * 2, this.maxBackoffMs);
  }

  private async listAndReplace(): Promise<void> {
    const items: T[] = [];
    let next: string | undefined;
    let resourceVersion = '';
    do {
      const page = await this.options.listerWatcher.list(this.pageSize > 0 ? { limit: this.pageSize, continue: next } : {});
      items.push(...page.items);
      resourceVersion = page.resourceVersion;
      next = page.continue;
    } while (next);
    this.options.store.replace(items, resourceVersion);
    this.resourceVersion = resourceVersion;
  }

  /** Watches from the last resourceVersion until the stream ends; true when it delivered anything. */
  private async watchOnce(signal: AbortSignal): Promise<boolean> {
    const stream = this.options.listerWatcher.watch({ resourceVersion: this.resourceVersion, allowWatchBookmarks: true });
    const onAbort = (): void => stream.close();
    // A signal that fired while the list was in flight never calls a listener added now.
    if (signal.aborted) stream.close();
    else signal.addEventListener('abort', onAbort, { once: true });
    let progressed = false;
    try {
      for await (const ev of stream) {
        if (ev.type === 'ERROR') throw new StatusError(ev.object as Status);
        const rv = ev.object.metadata?.resourceVersion;
        switch (ev.type) {
          case 'ADDED':
            this.options.store.add(ev.object);
            break;
          case 'MODIFIED':
            this.options.store.update(ev.object);
            break;
          case 'DELETED':
            this.options.store.delete(ev.object);
            break;
          case 'BOOKMARK':
            break;
          default:
            this.logger.warn('unknown watch event type', { type: ev.type });
            continue;
        }
        if (rv) this.resourceVersion = rv;
        progressed = true;
      }
    } finally {
      signal.removeEventListener('abort', onAbort);
      stream.close();
    }
    return progressed;
  }
}
