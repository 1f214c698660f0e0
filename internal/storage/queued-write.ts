/**
 * One write of LevelDBStorage on its way to disk: what the store computes for it synchronously when
 * it is called (the version to store, the event-log entry, the answer), and how a batch of such
 * writes becomes the puts of one atomic LevelDB batch.
 */
import type { StorageEvent, WriteResult } from './interface.js';
import { META_REVISION, encodeCounter, encodeEvent, eventKey, versionKey } from './leveldb-layout.js';
import { eventTypeOf, type LiveKeyState, type WriteKind } from './storage-guards.js';

/** A live key in the store's index; `pending` holds its newest version's value until that is durable. */
export interface IndexEntry extends LiveKeyState {
  pending: Buffer | undefined;
}

/** A write from its call to its batch: already checked, numbered and encoded. */
export interface QueuedWrite {
  readonly key: string;
  readonly versionKey: Buffer;
  readonly versionValue: Buffer;
  readonly event: StorageEvent;
  readonly result: WriteResult;
  readonly resolve: (result: WriteResult) => void;
  readonly reject: (err: unknown) => void;
}

/** What a write is, once checked and numbered. */
export interface WritePlan {
  readonly kind: WriteKind;
  readonly key: string;
  readonly revision: number;
  readonly createRevision: number;
  /** The version's stored value (createRevision and object bytes). */
  readonly versionValue: Buffer;
  /** The object bytes written; undefined for a delete. */
  readonly stored: Buffer | undefined;
  /** The key's live version before the write, with its object bytes. */
  readonly prev: { readonly entry: LiveKeyState; readonly value: Buffer } | undefined;
}

/** The queued form of a planned write: its version key, event and answer. */
export function queuedWrite(plan: WritePlan, resolve: (result: WriteResult) => void, reject: (err: unknown) => void): QueuedWrite {
  const { key, revision, createRevision, stored, prev } = plan;
  // Built field by field: absent fields stay absent (not undefined), without spreading temporaries.
  const event: { -readonly [F in keyof StorageEvent]: StorageEvent[F] } = { type: eventTypeOf(plan.kind), key, revision, createRevision };
  const result: { -readonly [F in keyof WriteResult]: WriteResult[F] } = { revision };
  if (stored) {
    event.value = stored;
    result.kv = { key, value: stored, modRevision: revision, createRevision };
  }
  if (prev) {
    event.prevValue = prev.value;
    event.prevRevision = prev.entry.modRevision;
    result.prev = { key, value: prev.value, modRevision: prev.entry.modRevision, createRevision };
  }
  return { key, versionKey: versionKey(key, revision, stored === undefined), versionValue: plan.versionValue, event, result, resolve, reject };
}

/** Where a batch's puts go: a LevelDB chained batch. */
export interface BatchPuts {
  put(key: Buffer, value: Buffer): unknown;
}

/** One atomic batch's puts: each write's version and event-log entry, then the revision counter. */
export function putWrites(chained: BatchPuts, batch: readonly QueuedWrite[]): void {
  for (const w of batch) {
    const e = w.event;
    chained.put(w.versionKey, w.versionValue);
    chained.put(eventKey(e.revision), encodeEvent({ type: e.type, key: e.key, revision: e.revision, createRevision: e.createRevision, prevRevision: e.prevRevision ?? 0 }));
  }
  chained.put(META_REVISION, encodeCounter(batch[batch.length - 1]!.event.revision));
}
