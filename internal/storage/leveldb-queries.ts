/**
 * The reads and walks LevelDBStorage makes over its layout (leveldb-layout.ts): each one range scan,
 * paged with nextv so that no promise is spent per entry. They know nothing of the store's state;
 * the caller bounds them by a durable revision and checks compaction around them.
 */
import type { Level } from 'level';
import { StorageError, type KeyValue, type StorageEvent } from './interface.js';
import {
  ALL_VERSIONS,
  afterVersionsOf,
  createRevisionOfVersion,
  decodeEvent,
  eventsBetween,
  eventsThrough,
  isTombstone,
  keyBytesOf,
  objectOfVersion,
  revisionOfVersion,
  versionKey,
  versionsOfKeyUpTo,
  versionsUnderPrefix,
  type KeyRange,
} from './leveldb-layout.js';
import type { LiveKeyState } from './storage-guards.js';
import { NewestVersionPicker, type PickedVersion } from './version-picker.js';

/** The database as the queries use it: keys and values as Buffers. */
export type LevelDatabase = Level<Buffer, Buffer>;

/** Entries fetched per iterator step. */
const SCAN_PAGE = 1000;
/** Deletions per compaction batch, so compaction never builds one huge batch. */
const COMPACTION_BATCH = 1000;

/** The newest live version of `key` at or below `revision`. */
export async function readVersion(db: LevelDatabase, key: string, revision: number): Promise<KeyValue | undefined> {
  const [entry] = await db.iterator({ ...versionsOfKeyUpTo(key, revision), reverse: true, limit: 1 }).all();
  if (entry === undefined || isTombstone(entry[0])) return undefined;
  return toKeyValue({ versionKey: entry[0], value: entry[1] }, key);
}

/** A page of a list: the items and how many live keys follow them. */
export interface ListPage {
  readonly items: KeyValue[];
  readonly remaining: number;
}

/**
 * Live keys under `prefix` from `startKey` at `revision`, at most `limit` (0: all). Values are read
 * only until the page is full; the rest of the range is counted over keys alone.
 */
export async function listVersions(
  db: LevelDatabase,
  prefix: string,
  startKey: string,
  revision: number,
  limit: number,
): Promise<ListPage> {
  // The range starts at startKey's bytes; a startKey with NUL in it (Kubernetes' "key after K" is
  // K + NUL) can let K's own versions in, which this comparison drops.
  const startBytes = Buffer.from(startKey, 'utf8');
  const items: KeyValue[] = [];
  const full = (): boolean => limit > 0 && items.length >= limit;
  const take = (picked: PickedVersion | undefined): void => {
    if (picked !== undefined && keyBytesOf(picked.versionKey).compare(startBytes) >= 0) items.push(toKeyValue(picked));
  };
  const picker = new NewestVersionPicker(revision);
  const it = db.iterator({ ...versionsUnderPrefix(prefix, startKey) });
  try {
    const pageSize = limit > 0 ? Math.min(SCAN_PAGE, limit + 16) : SCAN_PAGE;
    scan: for (let page = await it.nextv(pageSize); page.length > 0; page = await it.nextv(pageSize)) {
      for (const [k, v] of page) {
        take(picker.push(k, v));
        if (full()) break scan;
      }
    }
    if (!full()) take(picker.finish());
  } finally {
    await it.close();
  }
  if (!full()) return { items, remaining: 0 };
  const rest = { gte: afterVersionsOf(items[items.length - 1].key), lt: versionsUnderPrefix(prefix).lt };
  return { items, remaining: await countLive(db, rest, revision) };
}

/** Counts live keys at `revision` in a range of version keys, reading keys only. */
export async function countLive(db: LevelDatabase, range: KeyRange, revision: number): Promise<number> {
  const picker = new NewestVersionPicker(revision);
  let n = 0;
  const it = db.keys({ ...range });
  try {
    for (let page = await it.nextv(SCAN_PAGE); page.length > 0; page = await it.nextv(SCAN_PAGE)) {
      for (const k of page) if (picker.push(k) !== undefined) n++;
    }
    if (picker.finish() !== undefined) n++;
  } finally {
    await it.close();
  }
  return n;
}

/** Events after `afterRevision` through `throughRevision`, at most `limit` (0: all), with their values. */
export async function readEventLog(
  db: LevelDatabase,
  afterRevision: number,
  throughRevision: number,
  limit: number,
): Promise<StorageEvent[]> {
  const range = { ...eventsBetween(afterRevision, throughRevision), ...(limit > 0 && { limit }) };
  const stored = (await db.iterator(range).all()).map(([k, v]) => decodeEvent(k, v));
  // The values are the versions each entry names (see encodeEvent): one getMany for the lot.
  const wanted: Buffer[] = [];
  for (const e of stored) {
    if (e.type !== 'DELETED') wanted.push(versionKey(e.key, e.revision, false));
    if (e.type !== 'ADDED') wanted.push(versionKey(e.key, e.prevRevision, false));
  }
  const versions = await db.getMany(wanted);
  let next = 0;
  const objectAt = (key: string, revision: number): Buffer => {
    const version = versions[next++];
    if (version === undefined) {
      throw new StorageError('Internal', `version ${revision} of ${key}, named by the event log, is missing`, { key, revision });
    }
    return objectOfVersion(version);
  };
  return stored.map((e): StorageEvent => {
    const value = e.type === 'DELETED' ? undefined : objectAt(e.key, e.revision);
    const prevValue = e.type === 'ADDED' ? undefined : objectAt(e.key, e.prevRevision);
    return {
      type: e.type,
      key: e.key,
      revision: e.revision,
      createRevision: e.createRevision,
      ...(value && { value }),
      ...(prevValue && { prevValue, prevRevision: e.prevRevision }),
    };
  });
}

/**
 * Deletes what no read at or above `revision` can see: per key, every version at or below it but the
 * newest, and that one too if it is a tombstone; then every event at or below it. One walk over
 * version keys (never values), deleting in unsynced batches: a crash midway leaves only garbage that
 * the next compaction removes.
 */
export async function deleteCompacted(db: LevelDatabase, revision: number): Promise<void> {
  let ops: Array<{ type: 'del'; key: Buffer }> = [];
  let group: Buffer | undefined;
  let newest: Buffer | undefined;
  const endGroup = (): void => {
    if (newest !== undefined && isTombstone(newest)) ops.push({ type: 'del', key: newest });
    newest = undefined;
  };
  const it = db.keys({ ...ALL_VERSIONS });
  try {
    for (let page = await it.nextv(SCAN_PAGE); page.length > 0; page = await it.nextv(SCAN_PAGE)) {
      for (const k of page) {
        const keyBytes = keyBytesOf(k);
        if (group === undefined || !keyBytes.equals(group)) {
          endGroup();
          group = keyBytes;
        }
        if (revisionOfVersion(k) <= revision) {
          if (newest !== undefined) ops.push({ type: 'del', key: newest });
          newest = k;
        }
      }
      if (ops.length >= COMPACTION_BATCH) {
        await db.batch(ops);
        ops = [];
      }
    }
    endGroup();
    if (ops.length > 0) await db.batch(ops);
  } finally {
    await it.close();
  }
  await db.clear(eventsThrough(revision));
}

/** Every live key's newest version, for rebuilding the write path's index on open. */
export async function readLiveKeys(db: LevelDatabase): Promise<Map<string, LiveKeyState>> {
  const live = new Map<string, LiveKeyState>();
  const picker = new NewestVersionPicker(Number.MAX_SAFE_INTEGER);
  const add = (picked: PickedVersion | undefined): void => {
    if (picked?.value === undefined) return;
    live.set(keyBytesOf(picked.versionKey).toString('utf8'), {
      modRevision: revisionOfVersion(picked.versionKey),
      createRevision: createRevisionOfVersion(picked.value),
    });
  };
  const it = db.iterator({ ...ALL_VERSIONS });
  try {
    for (let page = await it.nextv(SCAN_PAGE); page.length > 0; page = await it.nextv(SCAN_PAGE)) {
      for (const [k, v] of page) add(picker.push(k, v));
    }
    add(picker.finish());
  } finally {
    await it.close();
  }
  return live;
}

function toKeyValue(picked: PickedVersion, key?: string): KeyValue {
  const value = picked.value ?? Buffer.alloc(8);
  return {
    key: key ?? keyBytesOf(picked.versionKey).toString('utf8'),
    value: objectOfVersion(value),
    modRevision: revisionOfVersion(picked.versionKey),
    createRevision: createRevisionOfVersion(value),
  };
}
