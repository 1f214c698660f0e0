/**
 * The on-disk layout of LevelDBStorage. Keys and values are raw bytes; revisions in keys are 16
 * zero-padded decimal digits (so byte order is revision order and a dump stays readable), in values
 * unsigned 64-bit big-endian.
 *
 *   k/<key> NUL <revision> <mark>   one version of a key; mark '+' live, '-' tombstone.
 *                                   Value: createRevision (8 bytes), then the object's bytes.
 *   e/<revision>                    one event-log entry: type, revisions and key; its values are
 *                                   the versions it names (see encodeEvent).
 *   m/revision                      the newest committed revision (8 bytes).
 *   m/compacted                     the revision compacted to (8 bytes).
 *
 * Why this shape: NUL sorts below every byte a key may hold, so a key's versions are contiguous and
 * ordered by revision, and every key under a prefix lies in one range. Get-at-revision is then one
 * reverse scan of length one, list-at-revision one forward scan keeping each key's newest version
 * at or below the revision, and compaction a walk over keys only (the tombstone mark is in the key,
 * so counting and compaction never read values). Events keyed by revision make readEvents a range
 * scan and their compaction a range delete.
 */
import type { StorageEventType } from './interface.js';

const DIGITS = 16;
/** Bytes after the key in a version key: NUL, the digits, the mark. */
const VERSION_SUFFIX = 1 + DIGITS + 1;
const VERSION_PREFIX = Buffer.from('k/', 'latin1');
const EVENT_PREFIX = Buffer.from('e/', 'latin1');
const MARK_LIVE = 0x2b; // '+'
const MARK_TOMBSTONE = 0x2d; // '-'
/** Above every byte of UTF-8, so `prefix + 0xff` bounds every key that starts with `prefix`. */
const AFTER_ALL = 0xff;

/** The meta key holding the newest committed revision. */
export const META_REVISION = Buffer.from('m/revision', 'latin1');
/** The meta key holding the compacted revision. */
export const META_COMPACTED = Buffer.from('m/compacted', 'latin1');

/** A range of LevelDB keys, as iterator options take it. */
export interface KeyRange {
  readonly gte: Buffer;
  readonly lt: Buffer;
}

/** The key of one version. */
export function versionKey(key: string, revision: number, tombstone: boolean): Buffer {
  const keyLength = Buffer.byteLength(key, 'utf8');
  const buf = Buffer.allocUnsafe(VERSION_PREFIX.length + keyLength + VERSION_SUFFIX);
  VERSION_PREFIX.copy(buf, 0);
  let at = VERSION_PREFIX.length + buf.write(key, VERSION_PREFIX.length, 'utf8');
  buf[at++] = 0;
  at += buf.write(digits(revision), at, 'latin1');
  buf[at] = tombstone ? MARK_TOMBSTONE : MARK_LIVE;
  return buf;
}

/** The versions of `key` at or below `revision`: newest last. */
export function versionsOfKeyUpTo(key: string, revision: number): KeyRange {
  const start = Buffer.from(`k/${key}\0`, 'utf8');
  return { gte: start, lt: Buffer.concat([start, Buffer.from(digits(revision + 1), 'latin1')]) };
}

/** The versions of every key that starts with `prefix`, from `startKey`'s first version on. */
export function versionsUnderPrefix(prefix: string, startKey = prefix): KeyRange {
  return {
    gte: Buffer.from(`k/${startKey}`, 'utf8'),
    lt: Buffer.concat([Buffer.from(`k/${prefix}`, 'utf8'), Buffer.of(AFTER_ALL)]),
  };
}

/** Where the versions of keys after `key` begin: past every version of `key` itself. */
export function afterVersionsOf(key: string): Buffer {
  return Buffer.from(`k/${key}\x01`, 'utf8');
}

/** Every version of every key. */
export const ALL_VERSIONS: KeyRange = { gte: VERSION_PREFIX, lt: Buffer.from('k0', 'latin1') };

/** The key bytes inside a version key (a view, not a copy). */
export function keyBytesOf(versionKeyBytes: Buffer): Buffer {
  return versionKeyBytes.subarray(VERSION_PREFIX.length, versionKeyBytes.length - VERSION_SUFFIX);
}

/** The revision inside a version key. */
export function revisionOfVersion(versionKeyBytes: Buffer): number {
  return parseDigits(versionKeyBytes, versionKeyBytes.length - 1 - DIGITS);
}

/** Whether a version key marks a deletion. */
export function isTombstone(versionKeyBytes: Buffer): boolean {
  return versionKeyBytes[versionKeyBytes.length - 1] === MARK_TOMBSTONE;
}

/** A version's value: its createRevision, then the object's bytes. */
export function encodeVersionValue(createRevision: number, value: Buffer | undefined): Buffer {
  const buf = Buffer.allocUnsafe(8 + (value?.length ?? 0));
  writeU64(buf, 0, createRevision);
  value?.copy(buf, 8);
  return buf;
}

/** The createRevision in a version's value. */
export function createRevisionOfVersion(versionValue: Buffer): number {
  return readU64(versionValue, 0);
}

/** The object's bytes in a version's value (a view, not a copy). */
export function objectOfVersion(versionValue: Buffer): Buffer {
  return versionValue.subarray(8);
}

/** The key of one event-log entry. */
export function eventKey(revision: number): Buffer {
  return Buffer.from(`e/${digits(revision)}`, 'latin1');
}

/** Events after `afterRevision` up to and including `throughRevision`. */
export function eventsBetween(afterRevision: number, throughRevision: number): { gt: Buffer; lte: Buffer } {
  return { gt: eventKey(afterRevision), lte: eventKey(throughRevision) };
}

/** Every event at or below `revision`. */
export function eventsThrough(revision: number): { gte: Buffer; lte: Buffer } {
  return { gte: EVENT_PREFIX, lte: eventKey(revision) };
}

const EVENT_TYPE_CODES: Record<StorageEventType, number> = { ADDED: 1, MODIFIED: 2, DELETED: 3 };
const EVENT_TYPES: readonly StorageEventType[] = ['ADDED', 'ADDED', 'MODIFIED', 'DELETED'];
/** type (1) + createRevision (8) + prevRevision (8). */
const EVENT_HEADER = 17;

/** An event-log entry as stored: the event without its values, which live in the versions. */
export interface StoredEvent {
  readonly type: StorageEventType;
  readonly key: string;
  readonly revision: number;
  readonly createRevision: number;
  /** 0 for ADDED. */
  readonly prevRevision: number;
}

/**
 * An event-log entry: type, createRevision, prevRevision (0 for ADDED), then the key. The values
 * are not repeated: the event's value is the version (key, revision) and its prevValue the version
 * (key, prevRevision), both live versions that compaction keeps for as long as it keeps the event
 * (a version newer than the compacted revision stays, and a prevRevision at or below it is its
 * key's newest version there, since the key's next version is this event's). Storing references
 * instead of copies cuts the bytes a create syncs by half and an update's by two thirds.
 */
export function encodeEvent(event: StoredEvent): Buffer {
  const buf = Buffer.allocUnsafe(EVENT_HEADER + Buffer.byteLength(event.key, 'utf8'));
  buf[0] = EVENT_TYPE_CODES[event.type];
  writeU64(buf, 1, event.createRevision);
  writeU64(buf, 9, event.prevRevision);
  buf.write(event.key, EVENT_HEADER, 'utf8');
  return buf;
}

/** Reads an event-log entry back. */
export function decodeEvent(key: Buffer, entry: Buffer): StoredEvent {
  return {
    type: EVENT_TYPES[entry[0]],
    key: entry.toString('utf8', EVENT_HEADER),
    revision: parseDigits(key, EVENT_PREFIX.length),
    createRevision: readU64(entry, 1),
    prevRevision: readU64(entry, 9),
  };
}

/** A counter as stored under the meta keys. */
export function encodeCounter(n: number): Buffer {
  const buf = Buffer.allocUnsafe(8);
  writeU64(buf, 0, n);
  return buf;
}

/** Reads a counter stored under a meta key (absent: 0). */
export function decodeCounter(buf: Buffer | undefined): number {
  return buf === undefined ? 0 : readU64(buf, 0);
}

function digits(n: number): string {
  return String(n).padStart(DIGITS, '0');
}

function parseDigits(buf: Buffer, at: number): number {
  let n = 0;
  for (let i = at; i < at + DIGITS; i++) n = n * 10 + (buf[i] - 0x30);
  return n;
}

// Revisions stay below 2^53, so two 32-bit halves carry them exactly without BigInt.
function writeU64(buf: Buffer, at: number, n: number): void {
  buf.writeUInt32BE(Math.floor(n / 0x1_0000_0000), at);
  buf.writeUInt32BE(n >>> 0, at + 4);
}

function readU64(buf: Buffer, at: number): number {
  return buf.readUInt32BE(at) * 0x1_0000_0000 + buf.readUInt32BE(at + 4);
}
