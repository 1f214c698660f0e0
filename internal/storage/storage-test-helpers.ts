/**
 * Helpers for the storage specifications: temporary directories, the two backends behind one
 * opener, and a watch recorder that tests can await without sleeping.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Storage, StorageError, StorageEvent, StorageWatch } from './interface.js';
import { LevelDBStorage, type LevelDBStorageOptions } from './leveldb-storage.js';
import { MemoryStorage } from './memory-storage.js';

/** A fresh directory under the OS temp dir, and its removal. */
export function tempDir(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'skiff-storage-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** An opened store and what undoes it. */
export interface OpenedStorage {
  readonly storage: Storage;
  dispose(): Promise<void>;
}

/** One backend under test: a name and how to open a fresh, empty store. */
export interface Backend {
  readonly name: string;
  open(options?: Partial<LevelDBStorageOptions>): Promise<OpenedStorage>;
}

/** Both backends, for `describe.each`. */
export const BACKENDS: readonly Backend[] = [
  {
    name: 'memory',
    open: async () => {
      const storage = new MemoryStorage();
      await storage.open();
      return { storage, dispose: () => storage.close() };
    },
  },
  {
    name: 'leveldb',
    open: async (options = {}) => {
      const dir = tempDir();
      const storage = new LevelDBStorage({ ...options, path: dir.path });
      await storage.open();
      return {
        storage,
        dispose: async () => {
          await storage.close();
          dir.remove();
        },
      };
    },
  },
];

/** Bytes of a string. */
export function bytes(s: string): Buffer {
  return Buffer.from(s, 'utf8');
}

/** Everything a watch delivered, and promises for reaching a count of events or an error. */
export interface WatchRecorder {
  readonly events: StorageEvent[];
  readonly errors: StorageError[];
  readonly watch: StorageWatch;
  /** Resolves once at least `n` events arrived; rejects if the watch fails first. */
  until(n: number): Promise<void>;
  /** Resolves with the watch's error. */
  failure(): Promise<StorageError>;
}

/** Starts a watch after `afterRevision` and records what it delivers. */
export function record(storage: Storage, afterRevision: number, onEvent?: (event: StorageEvent) => void): WatchRecorder {
  const events: StorageEvent[] = [];
  const errors: StorageError[] = [];
  let waiters: Array<{ n: number; resolve: () => void; reject: (err: StorageError) => void }> = [];
  const errorWaiters: Array<(err: StorageError) => void> = [];
  const settle = (): void => {
    waiters = waiters.filter((w) => {
      if (errors.length > 0) w.reject(errors[0]);
      else if (events.length >= w.n) w.resolve();
      else return true;
      return false;
    });
    if (errors.length > 0) for (const resolve of errorWaiters.splice(0)) resolve(errors[0]);
  };
  const watch = storage.watch(
    afterRevision,
    (event) => {
      events.push(event);
      onEvent?.(event);
      settle();
    },
    (err) => {
      errors.push(err);
      settle();
    },
  );
  return {
    events,
    errors,
    watch,
    until: (n) =>
      new Promise((resolve, reject) => {
        waiters.push({ n, resolve, reject });
        settle();
      }),
    failure: () =>
      new Promise((resolve) => {
        errorWaiters.push(resolve);
        settle();
      }),
  };
}
