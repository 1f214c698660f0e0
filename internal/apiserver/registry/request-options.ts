/**
 * The options of registry calls, wire-independent: both the gRPC face and the REST face turn
 * their requests into these.
 */

/** Options of a write. */
export interface WriteOptions {
  /** Run every step but the write itself (Kubernetes' `dryRun=All`). */
  readonly dryRun?: boolean;
  readonly fieldManager?: string;
}

/** Options of a get. */
export interface GetOptions {
  /** "" or absent: the latest; "0": any, from the cache; N: at least N. */
  readonly resourceVersion?: string;
}

/** Options of a list. */
export interface ListOptions {
  readonly labelSelector?: string;
  readonly fieldSelector?: string;
  readonly limit?: number;
  readonly continue?: string;
  readonly resourceVersion?: string;
  /** "", "NotOlderThan" or "Exact". */
  readonly resourceVersionMatch?: string;
}

/** Options of a watch. */
export interface WatchOptions {
  readonly labelSelector?: string;
  readonly fieldSelector?: string;
  readonly resourceVersion?: string;
  readonly resourceVersionMatch?: string;
  readonly allowWatchBookmarks?: boolean;
  readonly sendInitialEvents?: boolean;
}

/** Options of a delete (Kubernetes' DeleteOptions). */
export interface DeleteOptions {
  readonly gracePeriodSeconds?: number;
  readonly preconditions?: { readonly uid?: string; readonly resourceVersion?: string };
  readonly orphanDependents?: boolean;
  /** "Orphan", "Background" or "Foreground". */
  readonly propagationPolicy?: string;
  readonly dryRun?: boolean;
}

/** The patch types the registry applies. */
export type PatchType = 'json' | 'merge' | 'strategic';
