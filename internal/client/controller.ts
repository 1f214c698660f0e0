/**
 * Controller: the runner every controller shares (client-go's worker loop). It waits for its
 * informers to sync, then runs N workers that take keys from the queue and call `sync(key)`. A
 * throw means "try again later": the key goes back with per-key backoff and the error is logged;
 * success forgets the key's backoff. Retries live here, never in `sync`.
 *
 * Contract: event handlers only enqueue keys (`keyFunc`); `sync` reads listers, is idempotent and
 * level-triggered, and treats a missing object as deleted.
 */
import { realClock, type Clock } from '../clock/index.js';
import { Logger } from '../cli/index.js';
import { waitForCacheSync, type Syncable } from './informer-factory.js';
import { RateLimitingQueue, type RateLimitingInterface } from './rate-limiting-queue.js';

/** Options of a controller. */
export interface ControllerOptions {
  /** For logs (`garbage-collector`). */
  readonly name: string;
  /** Default: a RateLimitingQueue with client-go's default rate limiter on `clock`. */
  readonly queue?: RateLimitingInterface<string>;
  /** Informers whose caches must be synced before any worker runs. */
  readonly informers: readonly Syncable[];
  /** How many keys are processed concurrently (default 1). */
  readonly workers?: number;
  /** Brings the world in line for one key; throws to be retried. */
  readonly sync: (key: string) => Promise<void>;
  readonly clock?: Clock;
  readonly logger?: Logger;
}

/** Informers + a queue + N workers calling `sync(key)`. */
export class Controller {
  readonly name: string;
  readonly queue: RateLimitingInterface<string>;
  private readonly workers: number;
  private readonly logger: Logger;

  constructor(private readonly options: ControllerOptions) {
    if ((options.workers ?? 1) < 1) throw new Error(`controller ${options.name}: workers must be at least 1`);
    this.name = options.name;
    this.workers = options.workers ?? 1;
    this.queue = options.queue ?? new RateLimitingQueue<string>({ name: options.name, clock: options.clock ?? realClock });
    this.logger = (options.logger ?? Logger.discard()).with({ controller: options.name });
  }

  /** Enqueues a key (what event handlers call). */
  enqueue(key: string): void {
    this.queue.add(key);
  }

  /** Waits for the caches, runs the workers until `signal` aborts, then waits for in-flight syncs. */
  async run(signal: AbortSignal): Promise<void> {
    this.logger.info('starting controller', { workers: this.workers });
    const onAbort = (): void => this.queue.shutDown();
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      if (!(await waitForCacheSync(signal, this.options.informers))) return;
      this.logger.v(1).info('caches synced');
      await Promise.all(Array.from({ length: this.workers }, () => this.worker(signal)));
    } finally {
      signal.removeEventListener('abort', onAbort);
      this.queue.shutDown();
      this.logger.info('stopped controller');
    }
  }

  private async worker(signal: AbortSignal): Promise<void> {
    for (;;) {
      const key = await this.queue.get();
      if (key === undefined) return;
      if (signal.aborted) {
        // The queue hands out what was queued before shutdown; a stopping controller drops it.
        this.queue.done(key);
        return;
      }
      try {
        await this.options.sync(key);
        this.queue.forget(key);
      } catch (err) {
        this.logger.error('sync failed; requeued with backoff', { key, err, requeues: this.queue.numRequeues(key) });
        this.queue.addRateLimited(key);
      } finally {
        this.queue.done(key);
      }
    }
  }
}
