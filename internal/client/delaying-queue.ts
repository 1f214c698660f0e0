/**
 * DelayingQueue: a WorkQueue that also takes keys to add later (`addAfter`). A key waiting twice
 * keeps its earlier time, as client-go's does; waiting keys are dropped on shutdown.
 */
import { realClock, type Clock, type Timer } from '../clock/index.js';
import { WorkQueue, type Queue } from './work-queue.js';

/** A queue with delayed adds. */
export interface DelayingInterface<K = string> extends Queue<K> {
  /** Adds `key` once `delayMs` has passed on the queue's clock (at once when it is not positive). */
  addAfter(key: K, delayMs: number): void;
}

/** Options of a delaying queue. */
export interface DelayingQueueOptions {
  readonly clock?: Clock;
}

/** The WorkQueue with delayed adds, timed by the injected clock. */
export class DelayingQueue<K = string> extends WorkQueue<K> implements DelayingInterface<K> {
  protected readonly clock: Clock;
  private readonly waiting = new Map<K, { at: number; timer: Timer }>();

  constructor(options: DelayingQueueOptions = {}) {
    super();
    this.clock = options.clock ?? realClock;
  }

  addAfter(key: K, delayMs: number): void {
    if (this.shuttingDown()) return;
    if (delayMs <= 0) {
      this.add(key);
      return;
    }
    const at = this.clock.now() + delayMs;
    const existing = this.waiting.get(key);
    if (existing && existing.at <= at) return;
    existing?.timer.cancel();
    const timer = this.clock.setTimeout(() => {
      this.waiting.delete(key);
      this.add(key);
    }, delayMs);
    this.waiting.set(key, { at, timer });
  }

  override shutDown(): void {
    for (const w of this.waiting.values()) w.timer.cancel();
    this.waiting.clear();
    super.shutDown();
  }
}
