/**
 * Registry: every resource's store over one storage, with one watch cache per resource fed by one
 * CacherHub, one admission chain, and a strategy per kind. Both API faces (gRPC and REST) are thin
 * adapters over this.
 */
import { KINDS, StatusError, typeOfKind, type KindInfo } from '../../api/index.js';
import type { Clock } from '../../clock/index.js';
import type { Storage } from '../../storage/index.js';
import { AdmissionChain, type ObjectReader } from '../admission/index.js';
import { Cacher, CacherHub, DEFAULT_EVENT_RING, type EventRingOptions } from '../cacher/index.js';
import { INDEXED_FIELDS } from './predicate.js';
import { ResourceStore } from './resource-store.js';
import { adoptWritten, decodeFromStorage, withRevision } from './stored-object.js';
import type { AllocationHooks, Strategy } from './strategy.js';

/** Tuning of the watch caches; every duration is an option so tests never wait. */
export interface WatchCacheOptions {
  readonly ring: EventRingOptions;
  readonly bookmarkIntervalMs: number;
  readonly maxWatcherQueue: number;
  readonly freshnessTimeoutMs: number;
}

/** Kubernetes-like defaults: 75 s of history, a bookmark a minute, 3 s to catch up. */
export const DEFAULT_WATCH_CACHE: WatchCacheOptions = {
  ring: DEFAULT_EVENT_RING,
  bookmarkIntervalMs: 60_000,
  maxWatcherQueue: 10_000,
  freshnessTimeoutMs: 3_000,
};

/** What the registry is built from. */
export interface RegistryOptions {
  readonly storage: Storage;
  readonly clock: Clock;
  /** Strategy per resource (`pods`); kinds without one get the plain default. */
  readonly strategies?: Readonly<Record<string, Strategy>>;
  /** Allocation hooks per resource (`services`). */
  readonly hooks?: Readonly<Record<string, AllocationHooks>>;
  /** Builds the admission chain from what plugins may read. */
  readonly admission?: (reader: ObjectReader) => AdmissionChain;
  readonly watchCache?: Partial<WatchCacheOptions>;
  /** Called if the storage watch feeding the caches fails: the server cannot go on. */
  readonly onFatal?: (err: Error) => void;
  /** Names an object from its generateName (tests make names collide with it). */
  readonly generateName?: (prefix: string) => string;
}

/** Every resource's store. */
export class Registry {
  readonly hub: CacherHub;
  private readonly stores = new Map<string, ResourceStore>();
  /** What admission plugins (and internal helpers) read: the watch caches, without waiting. */
  readonly reader: ObjectReader;

  constructor(readonly options: RegistryOptions) {
    const wc = { ...DEFAULT_WATCH_CACHE, ...options.watchCache };
    this.hub = new CacherHub(options.storage, options.onFatal ?? (() => undefined));
    this.reader = {
      get: (resource, namespace, name) => this.byResource(resource)?.peek(namespace, name),
      list: (resource) => this.byResource(resource)?.peekAll() ?? [],
    };
    const admission = options.admission?.(this.reader) ?? new AdmissionChain([]);
    for (const info of KINDS) {
      if (!info.persisted) continue;
      const type = typeOfKind(info);
      const indexed = INDEXED_FIELDS[info.resource];
      const cacher = new Cacher({
        resource: info,
        apiVersion: info.group === '' ? info.version : `${info.group}/${info.version}`,
        kind: info.kind,
        prefix: `/registry/${info.resource}/`,
        storage: options.storage,
        decode: (value, revision) => decodeFromStorage(type, value, revision),
        adopt: adoptWritten,
        withRevision,
        clock: options.clock,
        ring: wc.ring,
        bookmarkIntervalMs: wc.bookmarkIntervalMs,
        maxWatcherQueue: wc.maxWatcherQueue,
        freshnessTimeoutMs: wc.freshnessTimeoutMs,
        indexField: indexed ? { name: indexed, get: (obj) => readPath(obj, indexed) } : undefined,
      });
      this.hub.add(cacher);
      this.stores.set(`${info.group}/${info.resource}`, new ResourceStore({
        info,
        type,
        strategy: options.strategies?.[info.resource] ?? {},
        storage: options.storage,
        cacher,
        admission,
        clock: options.clock,
        hooks: options.hooks?.[info.resource],
        generateName: options.generateName,
      }));
    }
  }

  /** Fills the watch caches and starts following storage. */
  async start(): Promise<void> {
    await this.hub.start();
  }

  /** Ends every watch and stops following storage. */
  stop(): void {
    this.hub.stop();
  }

  private byResource(resource: string): ResourceStore | undefined {
    for (const s of this.stores.values()) if (s.info.resource === resource) return s;
    return undefined;
  }

  /** The store of a group and resource, or undefined. */
  store(group: string, resource: string): ResourceStore | undefined {
    return this.stores.get(`${group}/${resource}`);
  }

  /** The store of a group/version/resource, or a 404 naming what was asked for. */
  storeFor(ref: { group?: string; version?: string; resource?: string }): ResourceStore {
    const group = ref.group ?? '';
    const store = this.stores.get(`${group}/${ref.resource ?? ''}`);
    if (!store || (ref.version && ref.version !== store.info.version)) {
      throw new StatusError({
        code: 404,
        reason: 'NotFound',
        message: `the server could not find the requested resource (resource "${ref.resource ?? ''}" in group "${group}" version "${ref.version ?? ''}")`,
        details: { group, kind: ref.resource ?? '' },
      });
    }
    return store;
  }

  /** Every store, in the kinds table's order. */
  all(): ResourceStore[] {
    return [...this.stores.values()];
  }

  /** The kind info of every persisted resource. */
  kinds(): KindInfo[] {
    return this.all().map((s) => s.info);
  }
}

/** Reads a dotted path (`spec.nodeName`) of an object as a string, or undefined. */
export function readPath(obj: unknown, path: string): string | undefined {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur === undefined || cur === null ? undefined : String(cur);
}
