/**
 * WorkQueue: client-go's `workqueue.Type`. It holds keys, not objects, and is fair and stingy:
 * keys come out in the order they went in; a key added many times before a worker takes it is
 * handed out once; a key a worker holds is never handed to a second worker, and if it is added
 * again meanwhile it comes back once the holder calls `done(key)`.
 *
 * Contract: every key returned by `get()` must be given back with `done(key)`. After `shutDown()`
 * adds are ignored and `get()` still returns the keys already queued, then `undefined` for ever.
 */

/** The basic queue's interface, which the delaying and rate-limiting queues extend. */
export interface Queue<K = string> {
  /** Queues `key` unless it is queued already; a key being processed is queued for after `done`. */
  add(key: K): void;
  /** How many keys are queued (not counting keys being processed). */
  len(): number;
  /** The next key, waiting for one; `undefined` once the queue is shut down and empty. */
  get(): Promise<K | undefined>;
  /** Marks `key` processed; a re-add that came meanwhile is queued now. */
  done(key: K): void;
  /** Stops accepting keys and wakes every waiting `get()`. */
  shutDown(): void;
  /** As `shutDown`, then resolves once every key handed out has been marked done. */
  shutDownWithDrain(): Promise<void>;
  /** Whether shutdown has begun. */
  shuttingDown(): boolean;
}

/** The deduplicating FIFO of keys that every controller's workers share. */
export class WorkQueue<K = string> implements Queue<K> {
  private queue: K[] = [];
  /** Keys that need processing: queued, or re-added while being processed. */
  private readonly dirty = new Set<K>();
  private readonly processing = new Set<K>();
  private readonly waiters: ((key: K | undefined) => void)[] = [];
  private shutdown = false;
  private drained: (() => void) | undefined;

  add(key: K): void {
    if (this.shutdown || this.dirty.has(key)) return;
    this.dirty.add(key);
    if (this.processing.has(key)) return;
    this.push(key);
  }

  len(): number {
    return this.queue.length;
  }

  get(): Promise<K | undefined> {
    if (this.queue.length > 0) return Promise.resolve(this.take());
    if (this.shutdown) return Promise.resolve(undefined);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  done(key: K): void {
    this.processing.delete(key);
    if (this.dirty.has(key)) this.push(key);
    else if (this.processing.size === 0 && this.drained) this.drained();
  }

  shutDown(): void {
    this.shutdown = true;
    for (const w of this.waiters.splice(0)) w(undefined);
  }

  shutDownWithDrain(): Promise<void> {
    this.shutDown();
    if (this.processing.size === 0) return Promise.resolve();
    return new Promise((resolve) => (this.drained = resolve));
  }

  shuttingDown(): boolean {
    return this.shutdown;
  }

  private push(key: K): void {
    const waiter = this.waiters.shift();
    if (waiter) {
      this.dirty.delete(key);
      this.processing.add(key);
      waiter(key);
    } else {
      this.queue.push(key);
    }
  }

  private take(): K {
    const key = this.queue.shift()!;
    this.dirty.delete(key);
    this.processing.add(key);
    return key;
  }
}
