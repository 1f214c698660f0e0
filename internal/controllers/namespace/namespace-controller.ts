/**
 * NamespaceController: watches namespaces and, for each one with a deletionTimestamp, runs the
 * NamespacedResourcesDeleter until the namespace is empty and finalized (Kubernetes'
 * `NamespaceController`). Failures are retried with backoff (5 ms doubling to 60 s); content that
 * is still going away is checked again after half its estimated time.
 */
import { realClock, type Clock } from '../../clock/index.js';
import { Logger } from '../../cli/index.js';
import {
  BucketRateLimiter,
  Controller,
  ItemExponentialFailureRateLimiter,
  MaxOfRateLimiter,
  RateLimitingQueue,
  keyFunc,
  unwrapTombstone,
  type Clientset,
  type Namespace,
  type SharedInformerFactory,
} from '../../client/index.js';
import { NamespacedResourcesDeleter } from './namespaced-resources-deleter.js';

/** The controller's name in `--controllers`. */
export const NAMESPACE_CONTROLLER_NAME = 'namespace';

/** How often every namespace is looked at again even without a change (Kubernetes: 5 minutes). */
export const NAMESPACE_RESYNC_MS = 5 * 60_000;

/** Options of a namespace controller. */
export interface NamespaceControllerOptions {
  readonly clientset: Clientset;
  readonly informerFactory: SharedInformerFactory;
  /** `--concurrent-namespace-syncs` (default 10). */
  readonly workers?: number;
  /** Seconds to expect finalizer-held content to take (default 15, as Kubernetes). */
  readonly finalizerEstimateSeconds?: number;
  readonly clock?: Clock;
  readonly logger?: Logger;
}

/** Empties and finalizes Terminating namespaces. */
export class NamespaceController {
  private readonly controller: Controller;
  private readonly deleter: NamespacedResourcesDeleter;

  constructor(options: NamespaceControllerOptions) {
    const clock = options.clock ?? realClock;
    const logger = (options.logger ?? Logger.discard()).with({ controller: NAMESPACE_CONTROLLER_NAME });
    this.deleter = new NamespacedResourcesDeleter({
      api: options.clientset.api,
      finalizerEstimateSeconds: options.finalizerEstimateSeconds,
      clock,
      logger,
    });
    const informer = options.informerFactory.forResource('namespaces');
    // Kubernetes' namespace rate limiter: per key 5 ms to 60 s, overall 10 qps with a burst of 100.
    const queue = new RateLimitingQueue<string>({
      name: 'namespace',
      clock,
      rateLimiter: new MaxOfRateLimiter<string>(new ItemExponentialFailureRateLimiter<string>(5, 60_000), new BucketRateLimiter<string>(10, 100, clock)),
    });
    this.controller = new Controller({
      name: NAMESPACE_CONTROLLER_NAME,
      queue,
      informers: [informer],
      workers: options.workers ?? 10,
      sync: (key) => this.sync(key),
      clock,
      logger: options.logger,
    });
    const enqueue = (ns: Namespace): void => {
      if (ns.metadata?.deletionTimestamp) this.controller.enqueue(keyFunc(ns));
    };
    informer.addEventHandler(
      {
        onAdd: enqueue,
        onUpdate: (_old, ns) => enqueue(ns),
        onDelete: (obj) => enqueue(unwrapTombstone(obj)),
      },
      { resyncPeriodMs: NAMESPACE_RESYNC_MS },
    );
  }

  /** Runs the workers until `signal` aborts. */
  run(signal: AbortSignal): Promise<void> {
    return this.controller.run(signal);
  }

  /** One pass over a namespace; content still going away is looked at again after half its estimate (plus a second). */
  async sync(key: string): Promise<void> {
    const outcome = await this.deleter.delete(key);
    if (outcome.kind === 'remaining') this.controller.queue.addAfter(key, (Math.floor(outcome.estimateSeconds / 2) + 1) * 1000);
  }
}
