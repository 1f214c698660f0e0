/**
 * RateLimitingQueue: the queue controllers use. `addRateLimited` re-adds a failed key after the
 * rate limiter's delay; `forget` ends its backoff once it succeeds.
 */
import { DelayingQueue, type DelayingInterface, type DelayingQueueOptions } from './delaying-queue.js';
import { defaultControllerRateLimiter, type RateLimiter } from './rate-limiters.js';

/** A delaying queue with per-key backoff. */
export interface RateLimitingInterface<K = string> extends DelayingInterface<K> {
  /** Adds `key` after the rate limiter's delay for it. */
  addRateLimited(key: K): void;
  /** Clears `key`'s backoff. */
  forget(key: K): void;
  /** How many times `key` has been retried since the last `forget`. */
  numRequeues(key: K): number;
}

/** Options of a rate-limiting queue. */
export interface RateLimitingQueueOptions<K> extends DelayingQueueOptions {
  /** Default: client-go's DefaultControllerRateLimiter on the queue's clock. */
  readonly rateLimiter?: RateLimiter<K>;
  /** The queue's name, for logs. */
  readonly name?: string;
}

/** client-go's rate-limited work queue. */
export class RateLimitingQueue<K = string> extends DelayingQueue<K> implements RateLimitingInterface<K> {
  readonly name: string;
  private readonly rateLimiter: RateLimiter<K>;

  constructor(options: RateLimitingQueueOptions<K> = {}) {
    super(options);
    this.name = options.name ?? '';
    this.rateLimiter = options.rateLimiter ?? defaultControllerRateLimiter<K>(this.clock);
  }

  addRateLimited(key: K): void {
    this.addAfter(key, this.rateLimiter.when(key));
  }

  forget(key: K): void {
    this.rateLimiter.forget(key);
  }

  numRequeues(key: K): number {
    return this.rateLimiter.numRequeues(key);
  }
}
