/**
 * newStorage: the registry of storage backends by name, so the API server's flags pick one without
 * knowing its class.
 */
import type { Storage } from './interface.js';
import { LevelDBStorage, type LevelDBStorageOptions } from './leveldb-storage.js';
import { MemoryStorage } from './memory-storage.js';

/** The storage backends by name. */
export type StorageBackend = 'leveldb' | 'memory';

/** Options of newStorage: the backend's name and, for LevelDB, its options. */
export type NewStorageOptions = { readonly backend: 'memory' } | ({ readonly backend: 'leveldb' } & LevelDBStorageOptions);

const BACKENDS: { readonly [B in StorageBackend]: (options: Extract<NewStorageOptions, { backend: B }>) => Storage } = {
  leveldb: (options) => new LevelDBStorage(options),
  memory: () => new MemoryStorage(),
};

/** Constructs (without opening) the named storage backend. */
export function newStorage(options: NewStorageOptions): Storage {
  return options.backend === 'leveldb' ? BACKENDS.leveldb(options) : BACKENDS.memory(options);
}
