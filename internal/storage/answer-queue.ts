/**
 * AnswerQueue: settles the promises of written (or failed) writes in the order they were queued,
 * a slice per turn of the event loop rather than all in one. Group commit makes every write of a
 * batch durable in the same instant; answered together, every client of the batch wakes at once,
 * their next writes arrive together and form the next batch, and the server, the fsync and the
 * clients end up taking turns instead of overlapping. Answered a slice per turn, the first answers
 * leave (and the clients' next requests come back) while the rest are still going out: +10-15%
 * creates/s at 64 in flight (BENCHMARKS.md). A slice is a quarter of what is waiting, at least
 * four, so a large batch still takes only a handful of turns. One queue for every batch keeps the
 * order across batches, failures included.
 */

/** Settles a promise: resolves or rejects it. */
export type Settle = () => void;

/** Answers at least this many per turn. */
const MIN_PER_TURN = 4;

/** An ordered queue of settlements, drained a slice per turn. */
export class AnswerQueue {
  private items: Array<Settle | undefined> = [];
  private head = 0;
  private scheduled = false;
  private idleWaiters: Array<() => void> = [];

  /** `schedule` runs its function on a later turn of the event loop (default setImmediate). */
  constructor(private readonly schedule: (fn: () => void) => void = (fn) => void setImmediate(fn)) {}

  /** Queues settlements behind those waiting; the first slice is settled at once when none wait. */
  add(settles: readonly Settle[]): void {
    for (const s of settles) this.items.push(s);
    if (!this.scheduled) this.turn();
  }

  /** Resolves once every queued settlement has run. */
  whenIdle(): Promise<void> {
    if (this.head >= this.items.length) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private turn(): void {
    this.scheduled = false;
    const waiting = this.items.length - this.head;
    const end = this.head + Math.min(waiting, Math.max(MIN_PER_TURN, Math.ceil(waiting / 4)));
    while (this.head < end) {
      const settle = this.items[this.head]!;
      this.items[this.head++] = undefined;
      settle();
    }
    if (this.head < this.items.length) {
      this.scheduled = true;
      this.schedule(() => this.turn());
      return;
    }
    this.items = [];
    this.head = 0;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
