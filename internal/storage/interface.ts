/**
 * The Storage contract: a multi-version key-value store in the manner of etcd's MVCC, the only thing
 * the API server persists through. Values are opaque bytes (the encoded object without its
 * resourceVersion: the API server sets that from `modRevision` on the way out, as Kubernetes'
 * etcd3 store does).
 *
 * Revisions: one global counter. Every successful create, update or delete takes the next revision;
 * that revision is the write's `modRevision` and its event's `revision`. A read at revision R sees,
 * for each key, its newest version at or below R. Compaction to C forgets every version older than C
 * except the newest version of each live key, and every event at or below C.
 *
 * Durability: a write's promise resolves only after the batch that carries it (the new version, the
 * revision counter and the event-log entry) has been written with fsync. Reads and watch events only
 * ever show durable writes. Writes are applied in revision order; a write that fails leaves nothing.
 */

/** One version of one key. */
export interface KeyValue {
  readonly key: string;
  readonly value: Buffer;
  /** The revision that wrote this version. */
  readonly modRevision: number;
  /** The revision that created the key (the first version since it last did not exist). */
  readonly createRevision: number;
}

/** The type of a change in the event log. */
export type StorageEventType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** One entry of the event log: a key's version before and after one write. */
export interface StorageEvent {
  readonly type: StorageEventType;
  readonly key: string;
  readonly revision: number;
  /** The version written (absent for DELETED). */
  readonly value?: Buffer;
  /** The version this write replaced (absent for ADDED). */
  readonly prevValue?: Buffer;
  /** The modRevision of `prevValue`. */
  readonly prevRevision?: number;
  /** The createRevision of the key as of this write (of the deleted version for DELETED). */
  readonly createRevision: number;
}

/** Why a storage operation failed; the API server maps each to a Kubernetes Status. */
export type StorageErrorCode =
  | 'KeyExists' // create of a key that exists
  | 'KeyNotFound' // update/delete/get of a key that does not exist
  | 'Conflict' // the expected modRevision did not match
  | 'Compacted' // a read or watch at a revision older than the compacted one
  | 'FutureRevision' // a read at a revision newer than the current one
  | 'Closed' // the store is closed
  | 'Internal'; // an I/O failure; after a failed write or compaction the store is unusable

/**
 * The one error class storage throws; `code` is stable and `cause` holds any underlying error.
 * `details.revision` is the revision the caller asked for (expectedRevision for Conflict);
 * `details.currentRevision` is the key's modRevision for Conflict and KeyExists, else the store's.
 * A malformed key (empty, or containing NUL) is a caller's bug and throws a RangeError instead.
 */
export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    readonly details: { key?: string; revision?: number; currentRevision?: number } = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** Options of a list. */
export interface ListOptions {
  /** Read at this revision; 0 or absent: the current revision. */
  readonly revision?: number;
  /**
   * Start at this key (inclusive), for paging. The key after K is `K + '\0'`, as in Kubernetes'
   * continue tokens; a startKey before the prefix starts at the prefix.
   */
  readonly startKey?: string;
  /** At most this many items; 0 or absent: all. */
  readonly limit?: number;
}

/** The result of a list: items in key order, the revision read at, and whether more remain. */
export interface ListResult {
  readonly items: KeyValue[];
  readonly revision: number;
  /** True when `limit` cut the list; continue from the key after the last item. */
  readonly more: boolean;
  /** How many live keys under the prefix remain after the last returned item (when `more`). */
  readonly remaining: number;
}

/** A write's precondition: the key's current modRevision must equal this. */
export interface Precondition {
  readonly expectedRevision?: number;
}

/** The result of a write: the version written (absent for delete) and the one it replaced. */
export interface WriteResult {
  readonly revision: number;
  readonly kv?: KeyValue;
  readonly prev?: KeyValue;
}

/** A live subscription to the event log. */
export interface StorageWatch {
  /** Stops delivery; idempotent. */
  close(): void;
}

/** The multi-version store. Keys are `/registry/<resource>/<namespace>/<name>` or `/registry/<resource>/<name>`. */
export interface Storage {
  /** Opens the store (creates it if new) and recovers the revision counter. */
  open(): Promise<void>;
  /** Finishes in-flight writes, then closes. Further calls fail with code Closed. */
  close(): Promise<void>;

  /** The newest durable revision. */
  currentRevision(): number;
  /** The revision compacted to (0 if never). */
  compactedRevision(): number;

  /** The newest version of `key` at or below `revision` (default: current); undefined if none (or deleted). */
  get(key: string, revision?: number): Promise<KeyValue | undefined>;
  /** Live keys under `prefix` at a revision, in key order. */
  list(prefix: string, options?: ListOptions): Promise<ListResult>;
  /** How many live keys are under `prefix` now. */
  count(prefix: string): Promise<number>;

  /** Creates `key`; fails with KeyExists if it is live. */
  create(key: string, value: Buffer): Promise<WriteResult>;
  /** Replaces `key`; fails with KeyNotFound if absent and Conflict if the precondition fails. */
  update(key: string, value: Buffer, precondition?: Precondition): Promise<WriteResult>;
  /** Deletes `key`; fails with KeyNotFound if absent and Conflict if the precondition fails. */
  delete(key: string, precondition?: Precondition): Promise<WriteResult>;

  /**
   * Events with revision > `afterRevision`, oldest first, at most `limit` of them (default all);
   * none if `afterRevision` is current or newer. Fails with Compacted if `afterRevision` < compactedRevision().
   */
  readEvents(afterRevision: number, limit?: number): Promise<StorageEvent[]>;
  /**
   * Calls `onEvent` for every event with revision > `afterRevision`, in order, none missed or repeated:
   * first the backlog from the event log, then each write as it becomes durable. `onError` is called
   * once (then nothing more) if the backlog is compacted or the store closes or fails. Both run
   * synchronously on the store's commit path: they must be quick and must not throw (one that throws
   * ends its watch, and the error surfaces as an uncaught exception).
   */
  watch(afterRevision: number, onEvent: (event: StorageEvent) => void, onError: (err: StorageError) => void): StorageWatch;

  /**
   * Forgets versions and events older than `revision` (keeping each live key's newest version).
   * Fails with FutureRevision past the current revision; at or below compactedRevision() it does nothing.
   */
  compact(revision: number): Promise<void>;
}
