/**
 * InflightLimiter: Kubernetes' max-in-flight filter. Mutating and read-only requests have separate
 * limits; long-running requests (watches) are not counted. Over the limit a request is refused at
 * once with 429 TooManyRequests and a retry hint, rather than queued.
 */
import { newTooManyRequests } from '../../api/index.js';

/** The two limits; 0 means unlimited. */
export interface InflightLimits {
  readonly maxReadOnly: number;
  readonly maxMutating: number;
}

/** Counts requests in flight and refuses those over the limit. */
export class InflightLimiter {
  private readOnly = 0;
  private mutating = 0;

  constructor(private readonly limits: InflightLimits) {}

  /** Runs `fn` if there is room, else throws 429. */
  async run<T>(mutating: boolean, fn: () => Promise<T>): Promise<T> {
    const limit = mutating ? this.limits.maxMutating : this.limits.maxReadOnly;
    const current = mutating ? this.mutating : this.readOnly;
    if (limit > 0 && current >= limit) throw newTooManyRequests();
    if (mutating) this.mutating++;
    else this.readOnly++;
    try {
      return await fn();
    } finally {
      if (mutating) this.mutating--;
      else this.readOnly--;
    }
  }

  /** Requests in flight now. */
  get inflight(): { readOnly: number; mutating: number } {
    return { readOnly: this.readOnly, mutating: this.mutating };
  }
}
