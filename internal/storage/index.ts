/**
 * storage: the multi-version key-value store the API server persists through, and nothing else
 * imports. The contract (interface.ts) is etcd's MVCC in miniature: one global revision, a read at a
 * revision, writes with a precondition on a key's revision, an event log to watch from a revision,
 * compaction. Every acknowledged write is durable (fsync'd, in one atomic batch with its event and
 * the revision counter); reads and watches show only durable writes. Two backends: LevelDB (the
 * default, with group commit) and memory (for unit tests), with identical semantics.
 */
export {
  StorageError,
  type KeyValue,
  type ListOptions,
  type ListResult,
  type Precondition,
  type Storage,
  type StorageErrorCode,
  type StorageEvent,
  type StorageEventType,
  type StorageWatch,
  type WriteResult,
} from './interface.js';
export { MemoryStorage } from './memory-storage.js';
export {
  LevelDBStorage,
  type BatchCommitInfo,
  type LevelDBStorageOptions,
  type LevelDBStorageStats,
} from './leveldb-storage.js';
export { newStorage, type NewStorageOptions, type StorageBackend } from './new-storage.js';
