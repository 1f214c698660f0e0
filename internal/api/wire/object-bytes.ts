/**
 * Encoded bytes of shared objects, computed once. The watch cache holds frozen objects that many
 * responses and watch events carry; their protobuf encoding is memoized per object, so a list of
 * 10,000 pods or an event sent to 100 watchers is a concatenation of ready bytes, not 10,000 or
 * 100 encodes. Objects read from storage get their bytes without encoding at all: the stored bytes
 * (which leave resourceVersion out) with the resourceVersion spliced into their metadata.
 */
import type protobuf from 'protobufjs';
import { encodeProto } from '../codec/proto-codec.js';
import { typeFor, type KubeObject } from '../codec/scheme.js';
import { messageType } from '../proto/root.js';
import { envelopeFieldOf } from './envelope.js';

// One buffer per object: its envelope (`Object { <kind>: obj }`); the object's own encoding is a
// view into it, so the bytes are held once.
const envelopes = new WeakMap<object, { envelope: Buffer; headerLength: number }>();

/** How many bytes `value` takes as a varint. */
function varintLength(value: number): number {
  let n = 1;
  for (let v = value; v > 0x7f; v = Math.floor(v / 128)) n++;
  return n;
}

/** Writes `value` as a varint at `at`; returns the offset after it. */
function putVarint(buf: Buffer, at: number, value: number): number {
  let i = at;
  let v = value;
  while (v > 0x7f) {
    buf[i++] = (v & 0x7f) | 0x80;
    v = Math.floor(v / 128);
  }
  buf[i++] = v;
  return i;
}

/** The header of a length-delimited field: its tag and the payload's length. */
export function lengthDelimitedHeader(fieldNumber: number, length: number): Buffer {
  const tag = (fieldNumber << 3) | 2;
  const out = Buffer.allocUnsafe(varintLength(tag) + varintLength(length));
  putVarint(out, putVarint(out, 0, tag), length);
  return out;
}

/** `payload` framed as a length-delimited field. */
export function frameField(fieldNumber: number, payload: Buffer): Buffer {
  return Buffer.concat([lengthDelimitedHeader(fieldNumber, payload.length), payload]);
}

/** Where the varint `readVarint` read last ended (a module variable rather than a tuple per read). */
let varintEnd = 0;

/** Reads the varint at `at`; `varintEnd` says where it ended. */
function readVarint(buf: Buffer, at: number): number {
  let value = 0;
  let mult = 1;
  let i = at;
  for (;;) {
    const b = buf[i++]!;
    value += (b & 0x7f) * mult;
    if ((b & 0x80) === 0) {
      varintEnd = i;
      return value;
    }
    mult *= 128;
  }
}

let metadataField: number | undefined;
let resourceVersionField: number | undefined;

function fieldNumbers(): { metadata: number; resourceVersion: number } {
  metadataField ??= messageType('skiff.core.v1.Pod').fields['metadata']!.id;
  resourceVersionField ??= messageType('skiff.meta.v1.ObjectMeta').fields['resourceVersion']!.id;
  return { metadata: metadataField, resourceVersion: resourceVersionField };
}

/** Where the metadata field sits in an object's encoding: its tag's start, its payload's start and end. */
function metadataSpan(stored: Buffer, metadata: number): { start: number; payloadStart: number; end: number } | undefined {
  let i = 0;
  while (i < stored.length) {
    const start = i;
    const key = readVarint(stored, i);
    const afterKey = varintEnd;
    const wire = key & 7;
    if (wire === 2) {
      const len = readVarint(stored, afterKey);
      const payloadStart = varintEnd;
      const end = payloadStart + len;
      if (key >>> 3 === metadata) return { start, payloadStart, end };
      i = end;
    } else if (wire === 0) {
      readVarint(stored, afterKey);
      i = varintEnd;
    } else if (wire === 1) i = afterKey + 8;
    else if (wire === 5) i = afterKey + 4;
    else throw new Error(`stored object bytes: unexpected wire type ${wire}`);
  }
  return undefined;
}

/**
 * The encoding of a stored object (whose metadata has no resourceVersion, as objects are stored)
 * with `metadata.resourceVersion = rv` spliced in, behind the header of the envelope field
 * `envelopeField`: one allocation and one copy of the stored bytes. Every kind carries
 * metadata as field 3; the new field goes at the end of the metadata message, which proto decoders
 * read in any order.
 */
function splice(stored: Buffer, rv: string, envelopeField: number): { envelope: Buffer; headerLength: number } {
  const { metadata, resourceVersion } = fieldNumbers();
  const rvLength = Buffer.byteLength(rv, 'utf8');
  const rvFieldLength = varintLength((resourceVersion << 3) | 2) + varintLength(rvLength) + rvLength;
  const { start, payloadStart, end } = metadataSpan(stored, metadata) ?? { start: stored.length, payloadStart: stored.length, end: stored.length };
  const metadataLength = end - payloadStart + rvFieldLength;
  const objectLength = start + varintLength((metadata << 3) | 2) + varintLength(metadataLength) + metadataLength + (stored.length - end);
  const headerLength = varintLength((envelopeField << 3) | 2) + varintLength(objectLength);
  // Kept for the object's lifetime: allocated outside Node's shared 8 KiB pool, so a retained
  // 1 KiB envelope never pins a whole pool slab.
  const out = Buffer.allocUnsafeSlow(headerLength + objectLength);
  let at = putVarint(out, putVarint(out, 0, (envelopeField << 3) | 2), objectLength);
  at += stored.copy(out, at, 0, start);
  at = putVarint(out, putVarint(out, at, (metadata << 3) | 2), metadataLength);
  at += stored.copy(out, at, payloadStart, end);
  at = putVarint(out, putVarint(out, at, (resourceVersion << 3) | 2), rvLength);
  at += out.write(rv, at, 'utf8');
  stored.copy(out, at, end);
  return { envelope: out, headerLength };
}

/**
 * Records the encoding of a frozen object read from (or just written to) storage: its stored bytes
 * with its resourceVersion spliced in, framed in its envelope, so it is never encoded again.
 */
export function presetStoredBytes(obj: KubeObject, stored: Buffer, rv: string): void {
  envelopes.set(obj, splice(stored, rv, envelopeFieldNumberOf(obj)));
}

function envelopeFieldNumberOf(obj: KubeObject): number {
  const apiVersion = obj.apiVersion ?? '';
  const slash = apiVersion.indexOf('/');
  const field = envelopeFieldOf(slash < 0 ? '' : apiVersion.slice(0, slash), obj.kind ?? '');
  if (!field) throw new Error(`no envelope field for ${apiVersion} ${obj.kind}`);
  return messageType('skiff.api.v1.Object').fields[field]!.id;
}

function typeOf(obj: KubeObject): protobuf.Type {
  const t = typeFor(obj.apiVersion ?? '', obj.kind ?? '');
  if (!t) throw new Error(`no proto type for ${obj.apiVersion} ${obj.kind}`);
  return t;
}

function frameEnvelope(obj: KubeObject, bytes: Buffer): { envelope: Buffer; headerLength: number } {
  const header = lengthDelimitedHeader(envelopeFieldNumberOf(obj), bytes.length);
  // Kept for the object's lifetime: see `splice`.
  const envelope = Buffer.allocUnsafeSlow(header.length + bytes.length);
  header.copy(envelope, 0);
  bytes.copy(envelope, header.length);
  return { envelope, headerLength: header.length };
}

function memo(obj: KubeObject): { envelope: Buffer; headerLength: number } {
  let m = envelopes.get(obj);
  if (!m) {
    m = frameEnvelope(obj, encodeProto(typeOf(obj), obj));
    if (Object.isFrozen(obj)) envelopes.set(obj, m);
  }
  return m;
}

/** The protobuf encoding of an object; memoized for frozen objects. */
export function protoBytesOf(obj: KubeObject): Buffer {
  const m = memo(obj);
  return m.envelope.subarray(m.headerLength);
}

/** The encoding of `Object { <kind>: obj }` (the Api's envelope); memoized for frozen objects. */
export function envelopeBytesOf(obj: KubeObject): Buffer {
  return memo(obj).envelope;
}
