/**
 * WatchHub: the watchers of one store and the handoff from backlog to live delivery. A new watcher
 * first reads the event log (page by page, through the store's own readEvents, so compaction and
 * closing fail it the same way a read fails); once it has delivered everything up to the store's
 * current revision it turns live, in the same synchronous step as that check, and from then on
 * receives each batch the store publishes. Because the store advances its current revision and
 * publishes in one synchronous step too, no event falls between the two phases and none is
 * delivered twice (a watcher also drops anything at or below the last revision it delivered).
 *
 * Callbacks run synchronously on the store's commit path; a watcher that needs to do slow work must
 * queue it. A callback that throws closes its watcher and the error is rethrown asynchronously, as
 * Node does for a throwing listener, so one bad watcher never stalls the store or the others.
 */
import { StorageError, type StorageEvent, type StorageWatch } from './interface.js';

/** What the hub needs of its store. */
export interface WatchSource {
  /** Durable events after a revision, oldest first; throws Compacted or Closed as the store does. */
  readEvents(afterRevision: number, limit?: number): Promise<StorageEvent[]>;
  /** The newest durable revision. */
  currentRevision(): number;
}

/** Events read per backlog page: bounded so a watcher from far back never holds the whole log. */
const BACKLOG_PAGE = 1000;

interface Watcher {
  lastRevision: number;
  live: boolean;
  closed: boolean;
  readonly onEvent: (event: StorageEvent) => void;
  readonly onError: (err: StorageError) => void;
}

/** The watchers of one store: backlog catch-up, live fan-out and shutdown. */
export class WatchHub {
  private readonly watchers = new Set<Watcher>();
  private publishing = false;
  private readonly pendingPublish: StorageEvent[][] = [];

  constructor(private readonly source: WatchSource) {}

  /** Starts a watcher after `afterRevision`; see Storage.watch for the contract. */
  watch(afterRevision: number, onEvent: (event: StorageEvent) => void, onError: (err: StorageError) => void): StorageWatch {
    const watcher: Watcher = { lastRevision: afterRevision, live: false, closed: false, onEvent, onError };
    this.watchers.add(watcher);
    void this.catchUp(watcher);
    return {
      close: () => {
        watcher.closed = true;
        this.watchers.delete(watcher);
      },
    };
  }

  /** Delivers newly durable events (in revision order) to every live watcher. */
  publish(events: StorageEvent[]): void {
    if (events.length === 0) return;
    // A callback that writes to an in-memory store publishes from inside this loop; queueing keeps
    // every watcher's order equal to revision order.
    this.pendingPublish.push(events);
    if (this.publishing) return;
    this.publishing = true;
    try {
      for (let batch = this.pendingPublish.shift(); batch; batch = this.pendingPublish.shift()) {
        for (const watcher of [...this.watchers]) {
          if (!watcher.live) continue;
          for (const event of batch) {
            if (watcher.closed) break;
            this.deliver(watcher, event);
          }
        }
      }
    } finally {
      this.publishing = false;
    }
  }

  /** Fails every watcher with `err` (the store closed or failed); each onError runs once. */
  failAll(err: StorageError): void {
    for (const watcher of [...this.watchers]) this.fail(watcher, err);
  }

  /** Fails one watcher, unless it has already been closed or failed. */
  private fail(watcher: Watcher, err: StorageError): void {
    if (watcher.closed) return;
    watcher.closed = true;
    this.watchers.delete(watcher);
    try {
      watcher.onError(err);
    } catch (thrown) {
      rethrowAsync(thrown);
    }
  }

  private deliver(watcher: Watcher, event: StorageEvent): void {
    if (event.revision <= watcher.lastRevision) return;
    watcher.lastRevision = event.revision;
    try {
      watcher.onEvent(event);
    } catch (thrown) {
      watcher.closed = true;
      this.watchers.delete(watcher);
      rethrowAsync(thrown);
    }
  }

  private async catchUp(watcher: Watcher): Promise<void> {
    try {
      while (!watcher.closed) {
        // The check and the switch to live happen in one synchronous step: see the header.
        if (watcher.lastRevision >= this.source.currentRevision()) {
          watcher.live = true;
          return;
        }
        const events = await this.source.readEvents(watcher.lastRevision, BACKLOG_PAGE);
        if (events.length === 0) {
          throw new StorageError('Internal', `event log has no events after ${watcher.lastRevision}`, {
            revision: watcher.lastRevision,
            currentRevision: this.source.currentRevision(),
          });
        }
        for (const event of events) {
          if (watcher.closed) return;
          this.deliver(watcher, event);
        }
      }
    } catch (err) {
      this.fail(watcher, err instanceof StorageError ? err : new StorageError('Internal', 'watch backlog failed', {}, { cause: err }));
    }
  }
}

/** Surfaces a callback's error as an uncaught exception without unwinding the store's own stack. */
function rethrowAsync(err: unknown): void {
  queueMicrotask(() => {
    throw err;
  });
}
