/**
 * Rate limiters: how long a key waits before it is retried (client-go's `workqueue` rate limiters).
 * The per-key exponential limiter punishes a failing key; the token bucket caps the overall retry
 * rate; the controller default is the larger of the two delays.
 */
import { realClock, type Clock } from '../clock/index.js';

/** Decides the delay of each retry of a key. */
export interface RateLimiter<K = string> {
  /** The delay before `key` may be retried this time, in milliseconds; records a failure. */
  when(key: K): number;
  /** Clears `key`'s failure history (it succeeded, or was given up on). */
  forget(key: K): void;
  /** How many failures of `key` have been recorded since the last `forget`. */
  numRequeues(key: K): number;
}

/** Per-key exponential backoff: `base * 2^failures`, capped at `max` (client-go: 5 ms to 1000 s). */
export class ItemExponentialFailureRateLimiter<K = string> implements RateLimiter<K> {
  private readonly failures = new Map<K, number>();

  constructor(
    private readonly baseMs = 5,
    private readonly maxMs = 1_000_000,
  ) {}

  when(key: K): number {
    const n = this.failures.get(key) ?? 0;
    this.failures.set(key, n + 1);
    // Past 2^60 the product overflows any useful duration; the cap applies long before.
    return Math.min(this.maxMs, this.baseMs * 2 ** Math.min(n, 60));
  }

  forget(key: K): void {
    this.failures.delete(key);
  }

  numRequeues(key: K): number {
    return this.failures.get(key) ?? 0;
  }
}

/** An overall token bucket (`qps` refill, `burst` size), shared by every key; reservations may go into debt as Go's rate.Limiter does. */
export class BucketRateLimiter<K = string> implements RateLimiter<K> {
  private tokens: number;
  private last: number;

  constructor(
    private readonly qps = 10,
    private readonly burst = 100,
    private readonly clock: Clock = realClock,
  ) {
    this.tokens = burst;
    this.last = clock.now();
  }

  when(_key: K): number {
    const now = this.clock.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) * this.qps) / 1000);
    this.last = now;
    this.tokens -= 1;
    return this.tokens >= 0 ? 0 : (-this.tokens * 1000) / this.qps;
  }

  forget(_key: K): void {}

  numRequeues(_key: K): number {
    return 0;
  }
}

/** The longest delay any of its limiters asks for. */
export class MaxOfRateLimiter<K = string> implements RateLimiter<K> {
  private readonly limiters: RateLimiter<K>[];

  constructor(...limiters: RateLimiter<K>[]) {
    this.limiters = limiters;
  }

  when(key: K): number {
    return Math.max(0, ...this.limiters.map((l) => l.when(key)));
  }

  forget(key: K): void {
    for (const l of this.limiters) l.forget(key);
  }

  numRequeues(key: K): number {
    return Math.max(0, ...this.limiters.map((l) => l.numRequeues(key)));
  }
}

/** client-go's DefaultControllerRateLimiter: max of 5 ms..1000 s per key and 10 qps / burst 100 overall. */
export function defaultControllerRateLimiter<K = string>(clock: Clock = realClock): RateLimiter<K> {
  return new MaxOfRateLimiter<K>(new ItemExponentialFailureRateLimiter<K>(5, 1_000_000), new BucketRateLimiter<K>(10, 100, clock));
}
