/**
 * CacheWatcher: one client's watch on the cache. The cache pushes events in revision order; the
 * transport drains them at its own pace through async iteration. A watcher never blocks the cache
 * or other watchers: if its queue grows past its limit it is cut off (closed with reason
 * `TooSlow`) and the client resumes from the last revision it saw.
 */
import type { WatchEvent } from './watch-event.js';

/** Why a watch ended: the client left, the server stopped, or the client could not keep up. */
export type WatchCloseReason = 'Stopped' | 'TooSlow' | 'Expired' | 'ShuttingDown';

/** What a watcher selects, evaluated by the cache against each object. */
export interface WatchFilter {
  /** True if the object passes the watch's namespace, name, label and field selectors. */
  matches(obj: import('../../api/index.js').KubeObject): boolean;
}

/** A live watch. */
export class CacheWatcher implements AsyncIterable<WatchEvent> {
  private queue: WatchEvent[] = [];
  private head = 0;
  private wake: (() => void) | undefined;
  private closedReason: WatchCloseReason | undefined;
  /** Queue length allowed beyond the exempt events. */
  private readonly limit: number;
  /**
   * Events at the front of the queue that do not count toward the limit: the initial events and the
   * history a resumed watch starts with, all queued before the watcher goes live.
   */
  private exempt = 0;
  /** The revision of the last event pushed (bookmarks carry it forward). */
  lastRevision: number;

  constructor(
    readonly filter: WatchFilter,
    readonly allowBookmarks: boolean,
    maxQueue: number,
    startRevision: number,
    private readonly onClose: (w: CacheWatcher) => void,
  ) {
    this.limit = maxQueue;
    this.lastRevision = startRevision;
  }

  /** Why the watch ended, or undefined while it is open. */
  get closed(): WatchCloseReason | undefined {
    return this.closedReason;
  }

  /** Events waiting for the transport. */
  get pending(): number {
    return this.queue.length - this.head;
  }

  /** Queues initial events (ADDED for existing objects); they do not count toward the slow limit. */
  pushInitial(events: readonly WatchEvent[]): void {
    for (const e of events) this.queue.push(e);
    this.exempt += events.length;
    this.notify();
  }

  /**
   * Queues one event; cuts the watcher off if it is too far behind. `backlog` marks the history a
   * resumed watch starts with, which (like initial events) does not count toward the slow limit.
   */
  push(event: WatchEvent, backlog = false): void {
    if (this.closedReason) return;
    if (backlog) this.exempt++;
    if (event.type !== 'BOOKMARK' && event.type !== 'ERROR') this.lastRevision = event.revision;
    this.queue.push(event);
    if (this.pending - this.exempt > this.limit) {
      this.close('TooSlow');
      return;
    }
    this.notify();
  }

  /** Ends the watch; the transport sees the end after draining what is queued (except for TooSlow). */
  close(reason: WatchCloseReason = 'Stopped'): void {
    if (this.closedReason) return;
    this.closedReason = reason;
    if (reason === 'TooSlow') {
      this.queue = [];
      this.head = 0;
      this.exempt = 0;
    }
    this.onClose(this);
    this.notify();
  }

  private notify(): void {
    const w = this.wake;
    this.wake = undefined;
    w?.();
  }

  /** Takes every queued event at once (for transports that write in batches). */
  drain(): WatchEvent[] {
    const out = this.queue.slice(this.head);
    this.queue = [];
    this.head = 0;
    this.exempt = 0;
    return out;
  }

  /** Resolves when an event is queued or the watch closes. */
  wait(): Promise<void> {
    if (this.pending > 0 || this.closedReason) return Promise.resolve();
    return new Promise((resolve) => (this.wake = resolve));
  }

  async *[Symbol.asyncIterator](): AsyncIterator<WatchEvent> {
    for (;;) {
      if (this.pending === 0) {
        if (this.closedReason) return;
        await this.wait();
        continue;
      }
      const e = this.queue[this.head++]!;
      if (this.exempt > 0) this.exempt--;
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue = this.queue.slice(this.head);
        this.head = 0;
      }
      yield e;
    }
  }
}
