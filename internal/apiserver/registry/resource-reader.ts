/**
 * ResourceReader: the read side of one resource: get, list (with selectors, pagination and
 * Kubernetes' resourceVersion semantics) and watch, served from the watch cache and, for reads at
 * an exact past revision and for later pages of a list, from the multi-version storage. Options
 * are validated first, as Kubernetes' list handler does, so a bad combination is a 422 on both faces.
 */
import type protobuf from 'protobufjs';
import { newBadRequest, newNotFound, newResourceExpired, type KindInfo, type KubeObject } from '../../api/index.js';
import type { Storage } from '../../storage/index.js';
import { StorageError } from '../../storage/index.js';
import type { Cacher, CacheWatcher } from '../cacher/index.js';
import { decodeContinue, encodeContinue } from './continue-token.js';
import { buildPredicate, type Predicate } from './predicate.js';
import {
  newInvalidOptions,
  validateListOptions,
  validateWatchOptions,
  type GetOptions,
  type ListOptions,
  type WatchOptions,
} from './request-options.js';
import type { Strategy } from './strategy.js';
import { decodeFromStorage } from './stored-object.js';

/** A list's items and metadata. */
export interface ListResult {
  readonly items: readonly KubeObject[];
  readonly resourceVersion: string;
  readonly continue?: string;
  readonly remainingItemCount?: number;
}

/** Kubernetes' 410 for a list at a compacted revision (etcd3's interpretListError). */
const EXPIRED_LIST = 'The resourceVersion for the provided list is too old.';

const EXPIRED_CONTINUE =
  'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.';

/** Parses a resourceVersion parameter: undefined for "" and absent, else a non-negative integer. */
export function parseResourceVersion(rv: string | undefined): number | undefined {
  if (rv === undefined || rv === '') return undefined;
  if (!/^\d+$/.test(rv)) throw newBadRequest(`invalid resource version: ${JSON.stringify(rv)}`);
  return Number(rv);
}

/** The read side of one resource. */
export class ResourceReader {
  /** The storage key prefix of the resource (`/registry/pods/`). */
  readonly prefix: string;

  constructor(
    readonly info: KindInfo,
    readonly type: protobuf.Type,
    readonly strategy: Strategy,
    protected readonly storage: Storage,
    protected readonly cacher: Cacher,
  ) {
    this.prefix = `/registry/${info.resource}/`;
  }

  /** The storage key of an object. */
  keyFor(namespace: string, name: string): string {
    return this.info.namespaced ? `${this.prefix}${namespace}/${name}` : `${this.prefix}${name}`;
  }

  /** The key prefix of a list in `namespace` ("" or cluster-scoped: every object). */
  protected listPrefix(namespace: string): string {
    return this.info.namespaced && namespace !== '' ? `${this.prefix}${namespace}/` : this.prefix;
  }

  /** The current object or a 404. Reads are consistent: the cache first catches up with storage. */
  async get(namespace: string, name: string, options: GetOptions = {}): Promise<KubeObject> {
    const rv = parseResourceVersion(options.resourceVersion);
    await this.cacher.waitUntilFresh(rv === undefined ? this.storage.currentRevision() : rv);
    const obj = this.cacher.get(this.keyFor(namespace, name));
    if (!obj) throw newNotFound(this.info, name);
    return obj;
  }

  /** The cached object without waiting, or undefined (for admission and internal readers). */
  peek(namespace: string, name: string): KubeObject | undefined {
    return this.cacher.get(this.keyFor(namespace, name));
  }

  /** Every cached object of the resource (for admission and internal readers). */
  peekAll(): KubeObject[] {
    return this.cacher.list(this.prefix, { matches: () => true });
  }

  /** Lists objects as Kubernetes does: selectors, pages at one revision, resourceVersion semantics. */
  async list(namespace: string, options: ListOptions = {}): Promise<ListResult> {
    const predicate = buildPredicate(this.info, this.strategy, namespace, options.labelSelector, options.fieldSelector);
    const errs = validateListOptions(options);
    if (errs.length > 0) throw newInvalidOptions('ListOptions', errs);
    // A limit of zero or less is no limit, as in Kubernetes, where it is not validated at all.
    const limit = options.limit && options.limit > 0 ? options.limit : 0;
    const keyPrefix = this.listPrefix(namespace);
    if (options.continue) {
      if (options.resourceVersion) throw newBadRequest('specifying resource version is not allowed when using continue');
      const token = decodeContinue(options.continue);
      const revision = token.revision === -1 ? this.storage.currentRevision() : token.revision;
      // Nothing of this resource changed since the first page: the cache is the state at `revision`.
      if (revision >= this.cacher.lastEventRevision && revision <= this.cacher.revision && revision >= this.storage.compactedRevision()) {
        return this.page(this.cacher.list(keyPrefix, predicate, this.prefix + token.start), revision, limit, predicate);
      }
      return this.listFromStorage(keyPrefix, predicate, revision, this.prefix + token.start, limit);
    }
    const rv = parseResourceVersion(options.resourceVersion);
    if (rv !== undefined && readsExactly(options.resourceVersionMatch ?? '', rv, limit)) {
      return this.listFromStorage(keyPrefix, predicate, rv, undefined, limit);
    }
    // Unset: consistent (catch up with storage first); "0": whatever the cache has; N: at least N.
    if (rv !== 0) await this.cacher.waitUntilFresh(rv ?? this.storage.currentRevision());
    return this.page(this.cacher.list(keyPrefix, predicate), this.cacher.revision, limit, predicate);
  }

  /** The first `limit` of `all` (matching objects in key order) as a page read at `revision`. */
  private page(all: KubeObject[], revision: number, limit: number, predicate: Predicate): ListResult {
    if (limit === 0 || all.length <= limit) return { items: all, resourceVersion: String(revision) };
    const next = all[limit]!;
    const nextKey = this.keyFor(next.metadata?.namespace ?? '', next.metadata?.name ?? '');
    return {
      items: all.slice(0, limit),
      resourceVersion: String(revision),
      continue: encodeContinue({ revision, start: nextKey.slice(this.prefix.length) }),
      ...(predicate.empty ? { remainingItemCount: all.length - limit } : {}),
    };
  }

  private async listFromStorage(
    keyPrefix: string,
    predicate: Predicate,
    revision: number,
    startKey: string | undefined,
    limit: number,
  ): Promise<ListResult> {
    const items: KubeObject[] = [];
    let start = startKey;
    try {
      for (;;) {
        const page = await this.storage.list(keyPrefix, { revision, startKey: start, limit: limit === 0 ? 0 : Math.max(limit - items.length, 1) + 1 });
        for (const kv of page.items) {
          if (limit > 0 && items.length === limit) {
            const token = encodeContinue({ revision, start: kv.key.slice(this.prefix.length) });
            return { items, resourceVersion: String(revision), continue: token, ...(predicate.empty ? { remainingItemCount: page.remaining + 1 } : {}) };
          }
          const obj = decodeFromStorage(this.type, kv.value, kv.modRevision);
          if (predicate.matches(obj)) items.push(obj);
          start = kv.key + '\u0000';
        }
        if (!page.more) return { items, resourceVersion: String(revision) };
      }
    } catch (err) {
      if (err instanceof StorageError && err.code === 'Compacted') {
        if (startKey !== undefined) {
          // As Kubernetes does: the 410 carries a token that continues at the latest revision.
          const err = newResourceExpired(EXPIRED_CONTINUE);
          err.status.metadata = { continue: encodeContinue({ revision: -1, start: startKey.slice(this.prefix.length) }) };
          throw err;
        }
        throw newResourceExpired(EXPIRED_LIST);
      }
      if (err instanceof StorageError && err.code === 'FutureRevision') {
        throw newBadRequest(`Too large resource version: ${revision}, current: ${this.storage.currentRevision()}`);
      }
      throw err;
    }
  }

  /** Starts a watch on the cache. A revision older than any kept history answers 410 Expired. */
  async watch(namespace: string, options: WatchOptions = {}): Promise<CacheWatcher> {
    const predicate = buildPredicate(this.info, this.strategy, namespace, options.labelSelector, options.fieldSelector);
    const errs = validateWatchOptions(options);
    if (errs.length > 0) throw newInvalidOptions('ListOptions', errs);
    const rv = parseResourceVersion(options.resourceVersion);
    return this.cacher.watch(
      {
        filter: predicate,
        fromRevision: this.watchStart(options.sendInitialEvents, rv),
        sendInitialEvents: options.sendInitialEvents,
        allowBookmarks: options.allowWatchBookmarks ?? false,
        indexValue: predicate.indexValue,
      },
      this.listPrefix(namespace),
    );
  }

  /**
   * The revision a watch starts after (undefined: the legacy start, current state first).
   * sendInitialEvents=true reads the state at least as new as rv (or now) first; false skips it,
   * starting at rv or, with none or "0", at the current revision, as Kubernetes' watch cache does.
   */
  private watchStart(sendInitialEvents: boolean | undefined, rv: number | undefined): number | undefined {
    if (sendInitialEvents === true) return rv ?? this.storage.currentRevision();
    if (sendInitialEvents === false) return rv ? rv : this.storage.currentRevision();
    return rv === 0 ? undefined : rv;
  }
}

/**
 * True when a list must read storage at exactly `rv`: resourceVersionMatch=Exact, or Kubernetes'
 * legacy exact case (no match, a limit and a resourceVersion other than "0"), which its cacher
 * delegates to storage and storage reads at that revision.
 */
function readsExactly(match: string, rv: number, limit: number): boolean {
  return match === 'Exact' || (match === '' && limit > 0 && rv > 0);
}
