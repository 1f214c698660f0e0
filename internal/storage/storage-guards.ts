/**
 * The checks both backends share, so that a call fails the same way whichever store serves it:
 * key shape, the revision a read or a compaction resolves to, a write's precondition against the
 * key's newest state, and the event type a write logs.
 */
import { StorageError, type StorageEventType } from './interface.js';

/** The newest state of a live key, as a write's precondition sees it. */
export interface LiveKeyState {
  readonly modRevision: number;
  readonly createRevision: number;
}

/** The kind of write whose precondition is checked. */
export type WriteKind = 'create' | 'update' | 'delete';

/**
 * Rejects keys no backend can store. NUL is refused because the LevelDB layout uses it to end a key
 * (and so it may appear in a list's startKey, never in a key). A bad key is a caller's bug, not an
 * outcome, hence a plain RangeError.
 */
export function assertValidKey(key: string): void {
  if (key.length === 0 || key.includes('\0')) {
    throw new RangeError(`storage key must be non-empty and contain no NUL: ${JSON.stringify(key)}`);
  }
}

/** The revision a read at `requested` (0 or absent: current) runs at; throws Compacted or FutureRevision. */
export function resolveReadRevision(requested: number | undefined, current: number, compacted: number): number {
  const revision = requested === undefined || requested === 0 ? current : requested;
  if (!Number.isSafeInteger(revision) || revision < 0) {
    throw new RangeError(`revision must be a non-negative integer: ${revision}`);
  }
  if (revision > current) {
    throw new StorageError('FutureRevision', `revision ${revision} is newer than the current revision ${current}`, {
      revision,
      currentRevision: current,
    });
  }
  assertNotCompacted(revision, compacted, current);
  return revision;
}

/** Throws Compacted when `revision` lies below the compacted revision. */
export function assertNotCompacted(revision: number, compacted: number, current: number): void {
  if (revision < compacted) {
    throw new StorageError('Compacted', `revision ${revision} has been compacted (compacted to ${compacted})`, {
      revision,
      currentRevision: current,
    });
  }
}

/** Throws FutureRevision when `revision` is newer than `current`, the newest revision compaction may reach. */
export function assertCompactable(revision: number, current: number): void {
  if (revision > current) {
    throw new StorageError('FutureRevision', `cannot compact to ${revision}, newer than ${current}`, {
      revision,
      currentRevision: current,
    });
  }
}

/** Throws KeyExists, KeyNotFound or Conflict when a write may not apply to a key in state `live`. */
export function checkPrecondition(
  kind: WriteKind,
  key: string,
  live: LiveKeyState | undefined,
  expectedRevision: number | undefined,
): void {
  if (kind === 'create') {
    if (live !== undefined) {
      throw new StorageError('KeyExists', `key ${key} already exists`, { key, currentRevision: live.modRevision });
    }
    return;
  }
  if (live === undefined) {
    throw new StorageError('KeyNotFound', `key ${key} not found`, { key });
  }
  if (expectedRevision !== undefined && expectedRevision !== live.modRevision) {
    throw new StorageError(
      'Conflict',
      `key ${key} is at revision ${live.modRevision}, the precondition expected ${expectedRevision}`,
      { key, revision: expectedRevision, currentRevision: live.modRevision },
    );
  }
}

/** The type of the event a write of `kind` logs. */
export function eventTypeOf(kind: WriteKind): StorageEventType {
  return kind === 'create' ? 'ADDED' : kind === 'update' ? 'MODIFIED' : 'DELETED';
}

/** Orders keys as LevelDB does (by UTF-8 bytes), so that both backends list in the same order. */
export function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Why LevelDB would not open, in words a user can act on. */
export function openFailure(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  if (cause?.code === 'LEVEL_LOCKED') return 'the directory is in use by another process (is another skiff-apiserver running on it?)';
  return cause?.message ?? (err instanceof Error ? err.message : String(err));
}
