/**
 * GroupCommit: the write queue behind LevelDBStorage. Items are written in the order added, in
 * batches, one batch in flight at a time: while one is being written (and synced), new items
 * accumulate and leave together in the next, so the fsync is paid once per batch rather than once
 * per write. The first failed batch stops the queue for good: that batch and everything queued
 * behind it are handed back as failed, since later items may depend on earlier ones.
 */

/** Options of GroupCommit. */
export interface GroupCommitOptions<T> {
  /** Most items in one batch. */
  readonly maxBatch: number;
  /** Runs a flush soon; it decides how long the first item of an idle queue waits for company. */
  readonly schedule: (flush: () => void) => void;
  /** Writes one batch durably; a rejection fails it and everything after it. */
  readonly write: (batch: readonly T[]) => Promise<void>;
  /** Runs synchronously once a batch is written, before the next one starts. */
  readonly committed: (batch: readonly T[]) => void;
  /** Runs on the failure with every item that will never be written (oldest first); items added later fail at once. */
  readonly failed: (err: unknown, items: readonly T[]) => void;
}

/** A queue that writes its items in order, in batches, one batch at a time. */
export class GroupCommit<T> {
  private queue: T[] = [];
  private scheduled = false;
  private flushing = false;
  private stopped = false;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly options: GroupCommitOptions<T>) {}

  /** Queues an item; the caller learns its fate through `committed` or `failed`. */
  add(item: T): void {
    if (this.stopped) {
      this.options.failed(new Error('group commit stopped after a failed batch'), [item]);
      return;
    }
    this.queue.push(item);
    if (this.flushing || this.scheduled) return;
    this.scheduled = true;
    this.options.schedule(() => {
      this.scheduled = false;
      void this.drain();
    });
  }

  /** Resolves once nothing is queued or in flight. */
  whenIdle(): Promise<void> {
    if (!this.flushing && !this.scheduled && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async drain(): Promise<void> {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.queue.length > 0 && !this.stopped) {
        let batch: T[];
        if (this.queue.length <= this.options.maxBatch) {
          batch = this.queue;
          this.queue = [];
        } else {
          batch = this.queue.splice(0, this.options.maxBatch);
        }
        try {
          await this.options.write(batch);
        } catch (err) {
          this.stopped = true;
          const lost = batch.concat(this.queue);
          this.queue = [];
          this.options.failed(err, lost);
          break;
        }
        this.options.committed(batch);
      }
    } finally {
      this.flushing = false;
      for (const resolve of this.idleWaiters.splice(0)) resolve();
    }
  }
}
