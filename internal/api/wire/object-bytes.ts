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

/** Appends a varint to `out`. */
function pushVarint(out: number[], value: number): void {
  let n = value;
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
}

/** The header of a length-delimited field: its tag and the payload's length. */
export function lengthDelimitedHeader(fieldNumber: number, length: number): Buffer {
  const out: number[] = [];
  pushVarint(out, (fieldNumber << 3) | 2);
  pushVarint(out, length);
  return Buffer.from(out);
}

/** `payload` framed as a length-delimited field. */
export function frameField(fieldNumber: number, payload: Buffer): Buffer {
  return Buffer.concat([lengthDelimitedHeader(fieldNumber, payload.length), payload]);
}

function readVarint(buf: Buffer, at: number): [value: number, next: number] {
  let value = 0;
  let mult = 1;
  let i = at;
  for (;;) {
    const b = buf[i++]!;
    value += (b & 0x7f) * mult;
    if ((b & 0x80) === 0) return [value, i];
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

/**
 * Splices `metadata.resourceVersion = rv` into the encoding of an object whose metadata has no
 * resourceVersion (how objects are stored). Every kind carries metadata as field 3; the new field
 * goes at the end of the metadata message, which proto decoders read in any order.
 */
export function spliceResourceVersion(stored: Buffer, rv: string): Buffer {
  const { metadata, resourceVersion } = fieldNumbers();
  const rvField = frameField(resourceVersion, Buffer.from(rv, 'utf8'));
  let i = 0;
  while (i < stored.length) {
    const start = i;
    const [key, afterKey] = readVarint(stored, i);
    const wire = key & 7;
    if (wire === 2) {
      const [len, payloadStart] = readVarint(stored, afterKey);
      const end = payloadStart + len;
      if (key >>> 3 === metadata) {
        const payload = Buffer.concat([stored.subarray(payloadStart, end), rvField]);
        return Buffer.concat([stored.subarray(0, start), frameField(metadata, payload), stored.subarray(end)]);
      }
      i = end;
    } else if (wire === 0) {
      i = readVarint(stored, afterKey)[1];
    } else if (wire === 1) i = afterKey + 8;
    else if (wire === 5) i = afterKey + 4;
    else throw new Error(`spliceResourceVersion: unexpected wire type ${wire}`);
  }
  return Buffer.concat([stored, frameField(metadata, rvField)]);
}

/** Records the known encoding of a frozen object (so it is never encoded again). */
export function presetProtoBytes(obj: KubeObject, bytes: Buffer): void {
  envelopes.set(obj, frameEnvelope(obj, bytes));
}

function typeOf(obj: KubeObject): protobuf.Type {
  const t = typeFor(obj.apiVersion ?? '', obj.kind ?? '');
  if (!t) throw new Error(`no proto type for ${obj.apiVersion} ${obj.kind}`);
  return t;
}

function frameEnvelope(obj: KubeObject, bytes: Buffer): { envelope: Buffer; headerLength: number } {
  const apiVersion = obj.apiVersion ?? '';
  const slash = apiVersion.indexOf('/');
  const field = envelopeFieldOf(slash < 0 ? '' : apiVersion.slice(0, slash), obj.kind ?? '');
  if (!field) throw new Error(`no envelope field for ${apiVersion} ${obj.kind}`);
  const header = lengthDelimitedHeader(messageType('skiff.api.v1.Object').fields[field]!.id, bytes.length);
  // Kept for the object's lifetime: allocated outside Node's shared 8 KiB pool, so a retained
  // 1 KiB envelope never pins a whole pool slab.
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
