/**
 * MemoryStorage: the Storage contract held in memory, for unit tests. Semantics match
 * LevelDBStorage exactly (the same shared checks and the same watch hub); only durability differs:
 * a write is durable, visible and published the moment it is applied, inside the call.
 */
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
import {
  assertCompactable,
  assertNotCompacted,
  assertValidKey,
  checkPrecondition,
  compareKeys,
  eventTypeOf,
  resolveReadRevision,
  type LiveKeyState,
  type WriteKind,
} from './storage-guards.js';
import { WatchHub } from './watch-hub.js';

/** One version of a key; `value` is absent for a tombstone. */
interface Version {
  readonly modRevision: number;
  readonly createRevision: number;
  readonly value?: Buffer;
}

type State = 'new' | 'open' | 'closed';

/** The in-memory Storage, for unit tests. */
export class MemoryStorage implements Storage {
  private state: State = 'new';
  private revision = 0;
  private compacted = 0;
  /** Every key's versions, oldest first. */
  private readonly versions = new Map<string, Version[]>();
  /** The event log, oldest first. */
  private events: StorageEvent[] = [];
  private readonly hub = new WatchHub({
    readEvents: (after, limit) => this.readEvents(after, limit),
    currentRevision: () => this.revision,
  });

  /** Opens the store; reopening after close keeps the data, as a reopened disk would. */
  async open(): Promise<void> {
    this.state = 'open';
  }

  /** Closes the store and fails every watcher with Closed. */
  async close(): Promise<void> {
    if (this.state !== 'open') return;
    this.state = 'closed';
    this.hub.failAll(new StorageError('Closed', 'storage closed'));
  }

  /** The newest revision. */
  currentRevision(): number {
    return this.revision;
  }

  /** The revision compacted to (0 if never). */
  compactedRevision(): number {
    return this.compacted;
  }

  /** The newest version of `key` at or below `revision`. */
  async get(key: string, revision?: number): Promise<KeyValue | undefined> {
    this.assertOpen();
    assertValidKey(key);
    const at = resolveReadRevision(revision, this.revision, this.compacted);
    const version = newestAtOrBelow(this.versions.get(key), at);
    return version?.value === undefined ? undefined : toKeyValue(key, version, version.value);
  }

  /** Live keys under `prefix` at a revision, in key order. */
  async list(prefix: string, options: ListOptions = {}): Promise<ListResult> {
    this.assertOpen();
    const at = resolveReadRevision(options.revision, this.revision, this.compacted);
    const start = options.startKey !== undefined && compareKeys(options.startKey, prefix) > 0 ? options.startKey : prefix;
    const limit = options.limit ?? 0;
    const keys = [...this.versions.keys()]
      .filter((key) => key.startsWith(prefix) && compareKeys(key, start) >= 0)
      .sort(compareKeys);
    const items: KeyValue[] = [];
    let remaining = 0;
    for (const key of keys) {
      const version = newestAtOrBelow(this.versions.get(key), at);
      if (version?.value === undefined) continue;
      if (limit > 0 && items.length >= limit) remaining++;
      else items.push(toKeyValue(key, version, version.value));
    }
    return { items, revision: at, more: remaining > 0, remaining };
  }

  /** How many live keys are under `prefix` now. */
  async count(prefix: string): Promise<number> {
    this.assertOpen();
    let n = 0;
    for (const [key, versions] of this.versions) {
      if (key.startsWith(prefix) && versions[versions.length - 1]?.value !== undefined) n++;
    }
    return n;
  }

  /** Creates `key`; fails with KeyExists if it is live. */
  async create(key: string, value: Buffer): Promise<WriteResult> {
    return this.write('create', key, value, undefined);
  }

  /** Replaces `key`; fails with KeyNotFound or Conflict. */
  async update(key: string, value: Buffer, precondition?: Precondition): Promise<WriteResult> {
    return this.write('update', key, value, precondition?.expectedRevision);
  }

  /** Deletes `key`; fails with KeyNotFound or Conflict. */
  async delete(key: string, precondition?: Precondition): Promise<WriteResult> {
    return this.write('delete', key, undefined, precondition?.expectedRevision);
  }

  /** Events after `afterRevision`, oldest first. */
  async readEvents(afterRevision: number, limit?: number): Promise<StorageEvent[]> {
    this.assertOpen();
    assertNotCompacted(afterRevision, this.compacted, this.revision);
    const from = firstAfter(this.events, afterRevision);
    return this.events.slice(from, limit !== undefined && limit > 0 ? from + limit : undefined);
  }

  /** Watches the event log after `afterRevision`. */
  watch(afterRevision: number, onEvent: (event: StorageEvent) => void, onError: (err: StorageError) => void): StorageWatch {
    if (this.state !== 'open') {
      queueMicrotask(() => onError(new StorageError('Closed', 'storage is not open')));
      return { close: () => undefined };
    }
    return this.hub.watch(afterRevision, onEvent, onError);
  }

  /** Forgets versions and events older than `revision`, keeping each live key's newest version. */
  async compact(revision: number): Promise<void> {
    this.assertOpen();
    assertCompactable(revision, this.revision);
    if (revision <= this.compacted) return;
    this.compacted = revision;
    for (const [key, versions] of this.versions) {
      const newest = lastIndexAtOrBelow(versions, revision);
      if (newest < 0) continue;
      const keepFrom = versions[newest].value === undefined ? newest + 1 : newest;
      if (keepFrom === 0) continue;
      if (keepFrom >= versions.length) this.versions.delete(key);
      else this.versions.set(key, versions.slice(keepFrom));
    }
    this.events = this.events.slice(firstAfter(this.events, revision));
  }

  private write(kind: WriteKind, key: string, value: Buffer | undefined, expectedRevision: number | undefined): WriteResult {
    this.assertOpen();
    assertValidKey(key);
    const versions = this.versions.get(key) ?? [];
    const newest = versions[versions.length - 1];
    const live: (LiveKeyState & { value: Buffer }) | undefined =
      newest?.value === undefined ? undefined : { ...newest, value: newest.value };
    checkPrecondition(kind, key, live, expectedRevision);

    const revision = ++this.revision;
    const createRevision = live?.createRevision ?? revision;
    // Copied so a caller reusing its buffer cannot rewrite history.
    const stored = value === undefined ? undefined : Buffer.from(value);
    versions.push({ modRevision: revision, createRevision, ...(stored && { value: stored }) });
    this.versions.set(key, versions);

    const prev = live && toKeyValue(key, live, live.value);
    const kv = stored && { key, value: stored, modRevision: revision, createRevision };
    const event: StorageEvent = {
      type: eventTypeOf(kind),
      key,
      revision,
      createRevision,
      ...(stored && { value: stored }),
      ...(live && { prevValue: live.value, prevRevision: live.modRevision }),
    };
    this.events.push(event);
    this.hub.publish([event]);
    return { revision, ...(kv && { kv }), ...(prev && { prev }) };
  }

  private assertOpen(): void {
    if (this.state !== 'open') throw new StorageError('Closed', 'storage is not open');
  }
}

function toKeyValue(key: string, version: LiveKeyState, value: Buffer): KeyValue {
  return { key, value, modRevision: version.modRevision, createRevision: version.createRevision };
}

function newestAtOrBelow(versions: Version[] | undefined, revision: number): Version | undefined {
  if (versions === undefined) return undefined;
  const i = lastIndexAtOrBelow(versions, revision);
  return i < 0 ? undefined : versions[i];
}

/** Index of the last version at or below `revision` (binary search; -1 if none). */
function lastIndexAtOrBelow(versions: Version[], revision: number): number {
  let lo = 0;
  let hi = versions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (versions[mid].modRevision <= revision) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first event after `revision` (binary search). */
function firstAfter(events: StorageEvent[], revision: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid].revision <= revision) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
