/**
 * LevelDBStorage: the Storage contract over embedded LevelDB (`level`), multi-version as etcd's
 * MVCC is. The on-disk layout is in leveldb-layout.ts, the scans over it in leveldb-queries.ts, the
 * batching queue in group-commit.ts, a write's records and a batch's puts in queued-write.ts, the
 * ordered answers in answer-queue.ts; this file holds the state, the write path and the contract.
 *
 * Write path (group commit): a write is checked and given its revision synchronously, in call order,
 * against an in-memory index of live keys that already includes queued writes; it is then encoded
 * and queued. One batch is in flight at a time: while it syncs, new writes accumulate and leave
 * together in the next one. A batch holds each write's version and event-log entry plus the revision
 * counter, written atomically with fsync; only after it lands do its writes resolve, the durable
 * revision advance and its events reach watchers. Reads are bounded by the durable revision, so
 * nothing queued is ever visible. A batch that fails fails every write queued after it too, and the
 * store with them (code Internal): the index already counted those writes, so nothing later could
 * be trusted.
 */
import { Level } from 'level';
import {
  StorageError,
  type KeyValue,
  type ListOptions,
  type ListResult,
  type Precondition,
  type Storage,
  type StorageEvent,
  type StorageWatch,
  type WriteResult,
} from './interface.js';
import { GroupCommit } from './group-commit.js';
import {
  META_COMPACTED,
  META_REVISION,
  decodeCounter,
  encodeCounter,
  encodeVersionValue,
  objectOfVersion,
  versionKey,
  versionsUnderPrefix,
} from './leveldb-layout.js';
import {
  countLive,
  deleteCompacted,
  listVersions,
  readEventLog,
  readLiveKeys,
  readVersion,
  type LevelDatabase,
} from './leveldb-queries.js';
import {
  assertCompactable,
  assertNotCompacted,
  assertValidKey,
  checkPrecondition,
  compareKeys,
  openFailure,
  resolveReadRevision,
  type WriteKind,
} from './storage-guards.js';
import { AnswerQueue } from './answer-queue.js';
import { putWrites, queuedWrite, type IndexEntry, type QueuedWrite } from './queued-write.js';
import { WatchHub } from './watch-hub.js';

/** Writes per batch unless told otherwise: past a few hundred, fsync is no longer the cost. */
const DEFAULT_MAX_BATCH_WRITES = 512;


/** What onBatchCommitted learns of each batch. */
export interface BatchCommitInfo {
  /** The revisions the batch carried, in order. */
  readonly revisions: readonly number[];
  /** Whether the batch was written with fsync. */
  readonly synced: boolean;
}

/** Counters that let a test prove durability and group commit. */
export interface LevelDBStorageStats {
  readonly batches: number;
  readonly syncedBatches: number;
  readonly writes: number;
  readonly largestBatch: number;
}

/** Options of LevelDBStorage; everything but `path` is a knob for tests and benchmarks. */
export interface LevelDBStorageOptions {
  /** The LevelDB directory; created if missing. */
  readonly path: string;
  /** Write batches with fsync (default true); turning it off forfeits the durability contract. */
  readonly sync?: boolean;
  /** Most writes in one batch (default 512). */
  readonly maxBatchWrites?: number;
  /** Runs a flush of queued writes soon; default setImmediate, so writes of one turn share a batch. */
  readonly schedule?: (flush: () => void) => void;
  /** Called after each batch is written and before its writes resolve; must not throw. */
  readonly onBatchCommitted?: (info: BatchCommitInfo) => void;
  /** Runs before each batch is written; a rejection fails the batch (fault injection for tests). */
  readonly beforeBatch?: (info: BatchCommitInfo) => void | Promise<void>;
}

type State = 'new' | 'opening' | 'open' | 'closing' | 'closed' | 'failed';

/** `level`'s typings omit classic-level's synchronous point read, which the write path relies on. */
type Database = LevelDatabase & { getSync(key: Buffer): Buffer | undefined };

/** The Storage contract over LevelDB with group commit; see the file header. */
export class LevelDBStorage implements Storage {
  private readonly path: string;
  private readonly sync: boolean;
  private readonly onBatchCommitted: ((info: BatchCommitInfo) => void) | undefined;
  private readonly beforeBatch: ((info: BatchCommitInfo) => void | Promise<void>) | undefined;

  private db: Database | undefined;
  private state: State = 'new';
  private failure: StorageError | undefined;
  /** The newest revision handed to a write (durable or queued). */
  private assignedRevision = 0;
  /** The newest revision on disk; every read is bounded by it. */
  private durableRevision = 0;
  private compacted = 0;
  /** Live keys, including queued writes; what preconditions are checked against. */
  private index = new Map<string, IndexEntry>();
  private readonly commits: GroupCommit<QueuedWrite>;
  /** Answers to written and failed writes, in order, a slice per event-loop turn. */
  private readonly answers = new AnswerQueue();
  private compaction: Promise<void> = Promise.resolve();
  private readonly counters = { batches: 0, syncedBatches: 0, writes: 0, largestBatch: 0 };
  private readonly hub = new WatchHub({
    readEvents: (after, limit) => this.readEvents(after, limit),
    currentRevision: () => this.durableRevision,
  });

  constructor(options: LevelDBStorageOptions) {
    if (options.path === '') throw new RangeError('LevelDBStorage needs a path');
    const maxBatch = options.maxBatchWrites ?? DEFAULT_MAX_BATCH_WRITES;
    if (!Number.isInteger(maxBatch) || maxBatch < 1) throw new RangeError(`maxBatchWrites must be a positive integer: ${maxBatch}`);
    this.path = options.path;
    this.sync = options.sync ?? true;
    this.onBatchCommitted = options.onBatchCommitted;
    this.beforeBatch = options.beforeBatch;
    this.commits = new GroupCommit<QueuedWrite>({
      maxBatch,
      schedule: options.schedule ?? ((flush) => void setImmediate(flush)),
      write: (batch) => this.writeBatch(batch),
      committed: (batch) => this.committed(batch),
      failed: (err, writes) => this.batchFailed(err, writes),
    });
  }

  /** Opens (or creates) the database and recovers the counters and the index of live keys. */
  async open(): Promise<void> {
    if (this.state === 'open') return;
    if (this.state !== 'new' && this.state !== 'closed') {
      throw new StorageError('Internal', `cannot open storage while it is ${this.state}`);
    }
    this.state = 'opening';
    const level = new Level<Buffer, Buffer>(this.path, { keyEncoding: 'buffer', valueEncoding: 'buffer' });
    try {
      await level.open();
      const db = withGetSync(level);
      this.durableRevision = decodeCounter(await db.get(META_REVISION));
      this.assignedRevision = this.durableRevision;
      this.compacted = decodeCounter(await db.get(META_COMPACTED));
      this.index = new Map();
      for (const [key, live] of await readLiveKeys(db)) this.index.set(key, { ...live, pending: undefined });
      this.db = db;
      this.state = 'open';
    } catch (err) {
      this.state = 'closed';
      await level.close().catch(() => undefined);
      throw new StorageError('Internal', `opening storage at ${this.path} failed: ${openFailure(err)}`, {}, { cause: err });
    }
  }

  /** Waits for queued writes and any compaction, fails watchers with Closed, then closes the database. */
  async close(): Promise<void> {
    if (this.state !== 'open' && this.state !== 'failed') return;
    this.state = 'closing';
    await this.commits.whenIdle();
    await this.answers.whenIdle();
    await this.compaction;
    this.hub.failAll(new StorageError('Closed', 'storage closed'));
    await this.db?.close();
    this.db = undefined;
    this.index.clear();
    this.state = 'closed';
  }

  /** The newest durable revision. */
  currentRevision(): number {
    return this.durableRevision;
  }

  /** The revision compacted to (0 if never). */
  compactedRevision(): number {
    return this.compacted;
  }

  /** Batches and writes committed since this instance was constructed. */
  stats(): LevelDBStorageStats {
    return { ...this.counters };
  }

  /** The newest version of `key` at or below `revision`. */
  async get(key: string, revision?: number): Promise<KeyValue | undefined> {
    const db = this.readable();
    assertValidKey(key);
    const at = resolveReadRevision(revision, this.durableRevision, this.compacted);
    return this.reading(at, () => readVersion(db, key, at));
  }

  /** Live keys under `prefix` at a revision, in key order; values are read only for the page returned. */
  async list(prefix: string, options: ListOptions = {}): Promise<ListResult> {
    const db = this.readable();
    const at = resolveReadRevision(options.revision, this.durableRevision, this.compacted);
    const limit = options.limit !== undefined && options.limit > 0 ? options.limit : 0;
    const start = options.startKey !== undefined && compareKeys(options.startKey, prefix) > 0 ? options.startKey : prefix;
    const page = await this.reading(at, () => listVersions(db, prefix, start, at, limit));
    return { items: page.items, revision: at, more: page.remaining > 0, remaining: page.remaining };
  }

  /** How many live keys are under `prefix` at the current durable revision. */
  async count(prefix: string): Promise<number> {
    const db = this.readable();
    const at = this.durableRevision;
    return this.reading(at, () => countLive(db, versionsUnderPrefix(prefix), at));
  }

  /** Creates `key`; fails with KeyExists if it is live. */
  create(key: string, value: Buffer): Promise<WriteResult> {
    return this.write('create', key, value, undefined);
  }

  /** Replaces `key`; fails with KeyNotFound or Conflict. */
  update(key: string, value: Buffer, precondition?: Precondition): Promise<WriteResult> {
    return this.write('update', key, value, precondition?.expectedRevision);
  }

  /** Deletes `key`; fails with KeyNotFound or Conflict. */
  delete(key: string, precondition?: Precondition): Promise<WriteResult> {
    return this.write('delete', key, undefined, precondition?.expectedRevision);
  }

  /** Durable events after `afterRevision`, oldest first. */
  async readEvents(afterRevision: number, limit?: number): Promise<StorageEvent[]> {
    const db = this.readable();
    assertNotCompacted(afterRevision, this.compacted, this.durableRevision);
    const through = this.durableRevision;
    if (afterRevision >= through) return [];
    return this.reading(afterRevision, () => readEventLog(db, afterRevision, through, limit ?? 0));
  }

  /** Watches the event log after `afterRevision`; see Storage.watch. */
  watch(afterRevision: number, onEvent: (event: StorageEvent) => void, onError: (err: StorageError) => void): StorageWatch {
    try {
      this.readable();
    } catch (err) {
      queueMicrotask(() => onError(err as StorageError));
      return { close: () => undefined };
    }
    return this.hub.watch(afterRevision, onEvent, onError);
  }

  /**
   * Forgets versions and events older than `revision`. The compacted revision is set (in memory,
   * then synced to disk) before anything is deleted, so a read racing the walk fails with Compacted
   * instead of seeing holes. Compactions run one at a time.
   */
  async compact(revision: number): Promise<void> {
    this.readable();
    assertCompactable(revision, this.durableRevision);
    const run = this.compaction.then(() => this.compactTo(revision));
    this.compaction = run.catch(() => undefined);
    return run;
  }

  private async compactTo(revision: number): Promise<void> {
    if (revision <= this.compacted) return;
    const db = this.readable();
    this.compacted = revision;
    try {
      await db.put(META_COMPACTED, encodeCounter(revision), { sync: true });
      await deleteCompacted(db, revision);
    } catch (err) {
      const failure = new StorageError('Internal', `compacting to ${revision} failed`, { revision }, { cause: err });
      this.failStore(failure);
      throw failure;
    }
  }

  private write(kind: WriteKind, key: string, value: Buffer | undefined, expectedRevision: number | undefined): Promise<WriteResult> {
    return new Promise<WriteResult>((resolve, reject) => {
      // Runs synchronously: the check, the revision and the index update happen in call order.
      this.commits.add(this.prepareWrite(kind, key, value, expectedRevision, resolve, reject));
    });
  }

  /** Checks the precondition, takes the next revision and updates the index. */
  private prepareWrite(
    kind: WriteKind,
    key: string,
    value: Buffer | undefined,
    expectedRevision: number | undefined,
    resolve: (result: WriteResult) => void,
    reject: (err: unknown) => void,
  ): QueuedWrite {
    this.readable();
    assertValidKey(key);
    const live = this.index.get(key);
    checkPrecondition(kind, key, live, expectedRevision);
    const prevValue = live && this.objectOf(key, live);

    const revision = ++this.assignedRevision;
    const createRevision = live?.createRevision ?? revision;
    const versionValue = encodeVersionValue(createRevision, value);
    const stored = value && objectOfVersion(versionValue);
    if (stored === undefined) this.index.delete(key);
    else this.index.set(key, { modRevision: revision, createRevision, pending: versionValue });
    const prev = live && prevValue && { entry: live, value: prevValue };
    return queuedWrite({ kind, key, revision, createRevision, versionValue, stored, prev }, resolve, reject);
  }

  /**
   * The object bytes of a live key's newest version: from memory while its batch is pending, else
   * one synchronous point read (usually the memtable or block cache), which keeps the write path
   * free of awaits.
   */
  private objectOf(key: string, entry: IndexEntry): Buffer {
    if (entry.pending !== undefined) return objectOfVersion(entry.pending);
    let stored: Buffer | undefined;
    try {
      stored = this.db?.getSync(versionKey(key, entry.modRevision, false));
    } catch (err) {
      throw new StorageError('Internal', `reading ${key} failed`, { key }, { cause: err });
    }
    if (stored === undefined) {
      throw new StorageError('Internal', `version ${entry.modRevision} of ${key} is missing`, { key, revision: entry.modRevision });
    }
    return objectOfVersion(stored);
  }

  /**
   * Writes one atomic batch (see putWrites) with fsync. A chained batch hands each put to LevelDB as it is added; an array batch would clone and
   * re-check every operation first, which costs twice the CPU and holds the event loop longer.
   */
  private async writeBatch(batch: readonly QueuedWrite[]): Promise<void> {
    const revisions: number[] = [];
    for (const w of batch) revisions.push(w.event.revision);
    if (this.beforeBatch !== undefined) await this.beforeBatch({ revisions, synced: this.sync });
    if (this.db === undefined) throw new StorageError('Closed', 'storage is not open');
    const chained = this.db.batch();
    putWrites(chained, batch);
    await chained.write({ sync: this.sync });
  }

  /** A batch is on disk: advance the durable revision, resolve its writes, publish its events. */
  private committed(batch: readonly QueuedWrite[]): void {
    this.durableRevision = batch[batch.length - 1].event.revision;
    this.counters.batches++;
    if (this.sync) this.counters.syncedBatches++;
    this.counters.writes += batch.length;
    this.counters.largestBatch = Math.max(this.counters.largestBatch, batch.length);
    for (const w of batch) {
      const entry = this.index.get(w.key);
      if (entry?.modRevision === w.event.revision) entry.pending = undefined;
    }
    if (this.onBatchCommitted !== undefined) {
      try {
        this.onBatchCommitted({ revisions: batch.map((w) => w.event.revision), synced: this.sync });
      } catch (err) {
        queueMicrotask(() => {
          throw err;
        });
      }
    }
    this.answers.add(batch.map((w) => () => w.resolve(w.result)));
    this.hub.publish(batch.map((w) => w.event));
  }

  /** A batch failed: it and every write behind it fail, and so does the store (see the header). */
  private batchFailed(err: unknown, writes: readonly QueuedWrite[]): void {
    const first = writes[0]?.event.revision;
    const failure =
      this.failure ??
      new StorageError('Internal', `writing the batch from revision ${first} failed`, { revision: first }, { cause: err });
    this.failStore(failure);
    this.answers.add(writes.map((w) => () => w.reject(failure)));
  }

  private failStore(failure: StorageError): void {
    if (this.state === 'failed') return;
    this.state = 'failed';
    this.failure = failure;
    this.hub.failAll(failure);
  }

  /**
   * Runs a read at `revision`. If a compaction overtook the revision meanwhile, it may have removed
   * what was read, so the read fails with Compacted whatever it returned; other errors become
   * Closed or Internal.
   */
  private async reading<T>(revision: number, read: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await read();
    } catch (err) {
      assertNotCompacted(revision, this.compacted, this.durableRevision);
      if (this.state === 'closing' || this.state === 'closed') throw new StorageError('Closed', 'storage closed during a read', {}, { cause: err });
      throw err instanceof StorageError ? err : new StorageError('Internal', 'read failed', {}, { cause: err });
    }
    assertNotCompacted(revision, this.compacted, this.durableRevision);
    return result;
  }

  /** The database, if calls may use it: fails with Internal after a failure and Closed when not open. */
  private readable(): Database {
    if (this.state === 'failed') {
      throw new StorageError('Internal', 'storage failed earlier and is unusable', {}, { cause: this.failure });
    }
    if (this.state !== 'open' || this.db === undefined) throw new StorageError('Closed', 'storage is not open');
    return this.db;
  }
}

function withGetSync(db: LevelDatabase): Database {
  if (typeof (db as Partial<Database>).getSync !== 'function') {
    throw new Error('this build of level lacks getSync (classic-level 3 or later is needed)');
  }
  return db as Database;
}

