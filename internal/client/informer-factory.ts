/**
 * SharedInformerFactory: one informer, so one list+watch, per kind per process, however many
 * controllers ask for it (client-go's `informers.SharedInformerFactory`). Full-object and
 * metadata-only informers of a kind are separate (the garbage collector watches metadata only).
 * Every informer indexes by namespace and by owner uid; pods also by node name.
 */
import type { KubeObject } from '../api/index.js';
import { realClock, type Clock } from '../clock/index.js';
import { Logger } from '../cli/index.js';
import type { ClientListOptions, ClientWatchOptions } from './api-client.js';
import { Clientset } from './clientset.js';
import {
  NAMESPACE_INDEX,
  OWNER_UID_INDEX,
  POD_NODE_NAME_INDEX,
  metaNamespaceIndexFunc,
  ownerUidIndexFunc,
  podNodeNameIndexFunc,
  type Indexers,
} from './indexer.js';
import type { ListerWatcher } from './reflector.js';
import type { ObjectOf, PartialObjectMetadata } from './resource-types.js';
import { SharedInformer } from './shared-informer.js';

/** Options of a factory. */
export interface SharedInformerFactoryOptions {
  readonly clientset: Clientset;
  /** Default resync period of every informer's handlers in ms (0, the default: never). */
  readonly defaultResyncMs?: number;
  /** Watch only this namespace (default: all). */
  readonly namespace?: string;
  /** Selectors applied to every list and watch (rarely wanted for shared informers). */
  readonly labelSelector?: string;
  readonly fieldSelector?: string;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Reflector backoff (see ReflectorOptions). */
  readonly initialBackoffMs?: number;
  readonly maxBackoffMs?: number;
}

/** Hands out shared informers and starts them. */
export class SharedInformerFactory {
  private readonly informers = new Map<string, SharedInformer<KubeObject>>();
  private readonly running: Promise<void>[] = [];

  constructor(private readonly options: SharedInformerFactoryOptions) {}

  /** The shared informer of full objects of a resource (`pods`, `deploy`, ...). */
  forResource<R extends string>(resource: R): SharedInformer<ObjectOf<R>> {
    return this.informer(resource, false) as unknown as SharedInformer<ObjectOf<R>>;
  }

  /** The shared metadata-only informer of a resource: items are PartialObjectMetadata. */
  forMetadata(resource: string): SharedInformer<PartialObjectMetadata> {
    return this.informer(resource, true) as SharedInformer<PartialObjectMetadata>;
  }

  /** Starts every informer asked for and not yet started (call again after asking for more). */
  start(signal: AbortSignal): void {
    for (const inf of this.informers.values()) if (!inf.isStarted()) this.running.push(inf.run(signal));
  }

  /** Resolves true once every started informer has synced, false if `signal` aborts first. */
  async waitForCacheSync(signal: AbortSignal): Promise<boolean> {
    const started = [...this.informers.values()].filter((i) => i.isStarted());
    return waitForCacheSync(signal, started);
  }

  /** Resolves once every started informer has stopped (after the start signal aborted). */
  async shutdown(): Promise<void> {
    await Promise.all(this.running);
  }

  private informer(resource: string, metadataOnly: boolean): SharedInformer<KubeObject> {
    const kind = Clientset.kindOf(resource);
    const id = `${kind.resource}.${kind.group}${metadataOnly ? '#metadata' : ''}`;
    let inf = this.informers.get(id);
    if (inf) return inf;
    const client = this.options.clientset.resource(kind.resource);
    const scoped = this.options.namespace !== undefined && kind.namespaced ? client.namespace(this.options.namespace) : client;
    const selectors = { labelSelector: this.options.labelSelector, fieldSelector: this.options.fieldSelector, metadataOnly };
    const lw: ListerWatcher<KubeObject> = {
      list: (o: ClientListOptions) => scoped.list({ ...o, ...selectors }),
      watch: (o: ClientWatchOptions) => scoped.watch({ ...o, ...selectors }),
    };
    const indexers: Record<string, Indexers<KubeObject>[string]> = { [OWNER_UID_INDEX]: ownerUidIndexFunc };
    if (kind.namespaced) indexers[NAMESPACE_INDEX] = metaNamespaceIndexFunc;
    if (kind.resource === 'pods' && kind.group === '' && !metadataOnly) indexers[POD_NODE_NAME_INDEX] = podNodeNameIndexFunc;
    inf = new SharedInformer<KubeObject>({
      name: metadataOnly ? `${kind.resource} (metadata)` : kind.resource,
      listerWatcher: lw,
      resyncPeriodMs: this.options.defaultResyncMs ?? 0,
      indexers,
      clock: this.options.clock ?? realClock,
      logger: this.options.logger,
      initialBackoffMs: this.options.initialBackoffMs,
      maxBackoffMs: this.options.maxBackoffMs,
    });
    this.informers.set(id, inf);
    return inf;
  }
}

/** Anything that can say whether its cache is synced. */
export interface Syncable {
  hasSynced(): boolean;
  whenSynced(): Promise<void>;
}

/** Resolves true once every informer has synced, false if `signal` aborts first (client-go's `cache.WaitForCacheSync`). */
export async function waitForCacheSync(signal: AbortSignal, informers: readonly Syncable[]): Promise<boolean> {
  if (informers.every((i) => i.hasSynced())) return true;
  if (signal.aborted) return false;
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<false>((resolve) => {
    onAbort = () => resolve(false);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([Promise.all(informers.map((i) => i.whenSynced())).then(() => true as const), aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort!);
  }
}
