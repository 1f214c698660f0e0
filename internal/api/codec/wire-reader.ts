/**
 * The byte-level reads of the single-pass proto decoder: a cursor over a Buffer and one function per
 * wire value, written for this decoder with the limit passed in rather than kept on the reader, and
 * held to what protobufjs' Reader (7.x) does: whatever protobufjs accepts, these return the same
 * value for (the equivalence tests in proto-decoder.test.ts pin it). Where protobufjs is lenient in
 * a way that is awkward to match (a string running past its message, an int64 that does not fit a
 * number), these throw `DECODE_BAILOUT` instead, and the
 * caller hands the bytes to protobufjs itself for the exact result or error.
 */
import protobuf from 'protobufjs';

/** Thrown by the fast decoder when only the protobufjs path can give the exact answer. */
export class DecodeBailout extends Error {
  constructor() {
    super('fast proto decode bailed out');
    this.name = 'DecodeBailout';
  }
}

/** The one bailout instance: thrown often enough on bad input that building a stack each time is waste. */
export const DECODE_BAILOUT = new DecodeBailout();

/** Where the decoder is in its bytes. Generated decoders read `buf` and `pos` directly. */
export class WireReader {
  pos = 0;
  constructor(readonly buf: Buffer) {}
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** Node's Buffer has `utf8Slice`, undocumented; protobufjs' BufferReader uses it when present, and so does this. */
type NodeBuffer = Buffer & { utf8Slice?: (start: number, end: number) => string };

/** A varint as an unsigned 32-bit number: read as protobufjs' `Reader#uint32` reads it (a 6-10 byte varint skips its last 5 bytes unread). */
export function readVarint32(r: WireReader, end: number): number {
  const buf = r.buf;
  let pos = r.pos;
  if (end - pos < 5) {
    if (pos >= end) throw DECODE_BAILOUT;
    if (buf[pos]! >= 128) return readVarint32NearEnd(r, end);
  }
  let b = buf[pos++]!;
  let value = (b & 127) >>> 0;
  if (b < 128) return (r.pos = pos), value;
  b = buf[pos++]!;
  value = (value | ((b & 127) << 7)) >>> 0;
  if (b < 128) return (r.pos = pos), value;
  b = buf[pos++]!;
  value = (value | ((b & 127) << 14)) >>> 0;
  if (b < 128) return (r.pos = pos), value;
  b = buf[pos++]!;
  value = (value | ((b & 127) << 21)) >>> 0;
  if (b < 128) return (r.pos = pos), value;
  b = buf[pos++]!;
  value = (value | ((b & 15) << 28)) >>> 0;
  if (b < 128) return (r.pos = pos), value;
  if ((pos += 5) > end) throw DECODE_BAILOUT;
  r.pos = pos;
  return value;
}

function readVarint32NearEnd(r: WireReader, end: number): number {
  let value = 0;
  for (let i = 0; i < 4; ++i) {
    if (r.pos >= end) throw DECODE_BAILOUT;
    const b = r.buf[r.pos++]!;
    value = (value | ((b & 127) << (i * 7))) >>> 0;
    if (b < 128) return value;
  }
  throw DECODE_BAILOUT;
}

/** The two 32-bit halves of the last 64-bit read (module state: reads are synchronous and never nest). */
let lo = 0;
let hi = 0;

/** A 64-bit varint into `lo`/`hi`: protobufjs' `readLongVarint`, including its lenient last byte near the end. */
function readLongVarint(r: WireReader, end: number): void {
  const buf = r.buf;
  lo = 0;
  hi = 0;
  let i = 0;
  if (end - r.pos > 4) {
    for (; i < 4; ++i) {
      lo = (lo | ((buf[r.pos]! & 127) << (i * 7))) >>> 0;
      if (buf[r.pos++]! < 128) return;
    }
    lo = (lo | ((buf[r.pos]! & 127) << 28)) >>> 0;
    hi = (hi | ((buf[r.pos]! & 127) >> 4)) >>> 0;
    if (buf[r.pos++]! < 128) return;
    i = 0;
  } else {
    for (; i < 3; ++i) {
      if (r.pos >= end) throw DECODE_BAILOUT;
      lo = (lo | ((buf[r.pos]! & 127) << (i * 7))) >>> 0;
      if (buf[r.pos++]! < 128) return;
    }
    lo = (lo | ((buf[r.pos++]! & 127) << (i * 7))) >>> 0;
    return;
  }
  if (end - r.pos > 4) {
    for (; i < 5; ++i) {
      hi = (hi | ((buf[r.pos]! & 127) << (i * 7 + 3))) >>> 0;
      if (buf[r.pos++]! < 128) return;
    }
  } else {
    for (; i < 5; ++i) {
      if (r.pos >= end) throw DECODE_BAILOUT;
      hi = (hi | ((buf[r.pos]! & 127) << (i * 7 + 3))) >>> 0;
      if (buf[r.pos++]! < 128) return;
    }
  }
  throw DECODE_BAILOUT;
}

function readFixed64(r: WireReader, end: number): void {
  if (r.pos + 8 > end) throw DECODE_BAILOUT;
  const buf = r.buf;
  const p = r.pos;
  lo = (buf[p]! | (buf[p + 1]! << 8) | (buf[p + 2]! << 16) | (buf[p + 3]! << 24)) >>> 0;
  hi = (buf[p + 4]! | (buf[p + 5]! << 8) | (buf[p + 6]! << 16) | (buf[p + 7]! << 24)) >>> 0;
  r.pos = p + 8;
}

/** `lo`/`hi` as a signed number; an unsafe one bails out, so protobufjs' path reports it with its field path. */
function signedNumber(): number {
  const v = (hi | 0) * 4294967296 + lo;
  if (v > MAX_SAFE || v < -MAX_SAFE) throw DECODE_BAILOUT;
  return v;
}

function unsignedNumber(): number {
  const v = hi * 4294967296 + lo;
  if (v > MAX_SAFE) throw DECODE_BAILOUT;
  return v;
}

/** An int64 varint as an exact number. */
export function readInt64(r: WireReader, end: number): number {
  readLongVarint(r, end);
  return signedNumber();
}

/** A uint64 varint as an exact number. */
export function readUint64(r: WireReader, end: number): number {
  readLongVarint(r, end);
  return unsignedNumber();
}

/** A zig-zag sint64 varint as an exact number. */
export function readSint64(r: WireReader, end: number): number {
  readLongVarint(r, end);
  const mask = -(lo & 1);
  lo = (((lo >>> 1) | (hi << 31)) ^ mask) >>> 0;
  hi = ((hi >>> 1) ^ mask) >>> 0;
  return signedNumber();
}

/** A fixed64 as an exact number. */
export function readFixed64Number(r: WireReader, end: number): number {
  readFixed64(r, end);
  return unsignedNumber();
}

/** An sfixed64 as an exact number. */
export function readSfixed64(r: WireReader, end: number): number {
  readFixed64(r, end);
  return signedNumber();
}

/** A fixed32 (unsigned). */
export function readFixed32(r: WireReader, end: number): number {
  const p = r.pos;
  if (p + 4 > end) throw DECODE_BAILOUT;
  const buf = r.buf;
  r.pos = p + 4;
  return (buf[p]! | (buf[p + 1]! << 8) | (buf[p + 2]! << 16) | (buf[p + 3]! << 24)) >>> 0;
}

/** A float, read as protobufjs reads it. */
export function readFloat(r: WireReader, end: number): number {
  if (r.pos + 4 > end) throw DECODE_BAILOUT;
  const v = protobuf.util.float.readFloatLE(r.buf, r.pos);
  r.pos += 4;
  return v;
}

/** A double, read as protobufjs reads it. */
export function readDouble(r: WireReader, end: number): number {
  if (r.pos + 8 > end) throw DECODE_BAILOUT;
  const v = protobuf.util.float.readDoubleLE(r.buf, r.pos);
  r.pos += 8;
  return v;
}

/** ASCII strings read recently, by a hash of their bytes: at most 4096 strings of at most 64 characters held. */
const STRING_CACHE_SIZE = 4096;
const stringCache: string[] = new Array<string>(STRING_CACHE_SIZE).fill('');
/** Strings longer than this are not cached (few long strings repeat; hashing them costs more than it saves). */
const MAX_CACHED_STRING = 64;

/**
 * A length-delimited string, as protobufjs' BufferReader decodes it (`utf8Slice`). An ASCII string
 * whose bytes were read recently comes from a small cache instead: the same characters, without a
 * call into C++ or a new string, and one the engine has likely internalized already, which makes
 * it cheap to store as a map key. Objects and lists repeat most of their strings (names, images, label keys),
 * so a list of ten thousand pods holds each of those once. A length past `end` bails out
 * (BufferReader would silently cut the string short).
 */
export function readString(r: WireReader, end: number): string {
  const n = readVarint32(r, end);
  const start = r.pos;
  const stop = start + n;
  if (stop > end) throw DECODE_BAILOUT;
  r.pos = stop;
  const buf = r.buf as NodeBuffer;
  if (n === 0) return '';
  if (n > MAX_CACHED_STRING) return utf8(buf, start, stop);
  // The slot: a hash of the length and a few bytes, enough to spread the strings an object holds.
  const last = stop - 1;
  let h = Math.imul(n ^ buf[start]!, 0x9e3779b1);
  h = Math.imul(h ^ buf[last]!, 0x85ebca6b);
  h = Math.imul(h ^ buf[start + (n >> 1)]!, 0xc2b2ae35);
  h = Math.imul(h ^ buf[last - (n >> 2)]!, 0x27d4eb2f);
  const slot = (h ^ (h >>> 15)) & (STRING_CACHE_SIZE - 1);
  const cached = stringCache[slot]!;
  if (cached.length === n) {
    // Only ASCII strings are cached (see below), whose character codes are their bytes: codes equal
    // to these bytes mean the same ASCII bytes, which decode to this very string. A non-ASCII one
    // could match bytes it did not come from ("é" the lone byte E9, which decodes to U+FFFD).
    let i = 0;
    while (i < n && cached.charCodeAt(i) === buf[start + i]) i++;
    if (i === n) return cached;
  }
  for (let i = start; i < stop; i++) if (buf[i]! >= 0x80) return utf8(buf, start, stop);
  const s = utf8(buf, start, stop);
  stringCache[slot] = s;
  return s;
}

function utf8(buf: NodeBuffer, start: number, stop: number): string {
  return buf.utf8Slice ? buf.utf8Slice(start, stop) : buf.toString('utf8', start, stop);
}

/** A length-delimited bytes value: a Buffer sharing the input's memory, a fresh empty Buffer when empty (as BufferReader). */
export function readBytes(r: WireReader, end: number): Buffer {
  const n = readVarint32(r, end);
  const start = r.pos;
  const stop = start + n;
  if (stop > end) throw DECODE_BAILOUT;
  r.pos = stop;
  return n === 0 ? Buffer.alloc(0) : r.buf.subarray(start, stop);
}

/** The end of a length-delimited value (a message, a packed list, a map entry) that starts at the cursor. */
export function readLimit(r: WireReader, end: number): number {
  const stop = readVarint32(r, end) + r.pos;
  if (stop > end) throw DECODE_BAILOUT;
  return stop;
}

/** Skips an unknown field of wire type `wireType`, as protobufjs' `skipType`; groups and stray end-group tags bail out. */
export function skipField(r: WireReader, end: number, wireType: number): void {
  switch (wireType) {
    case 0:
      do {
        if (r.pos >= end) throw DECODE_BAILOUT;
      } while (r.buf[r.pos++]! & 128);
      return;
    case 1:
      if (r.pos + 8 > end) throw DECODE_BAILOUT;
      r.pos += 8;
      return;
    case 2: {
      const n = readVarint32(r, end);
      if (r.pos + n > end) throw DECODE_BAILOUT;
      r.pos += n;
      return;
    }
    case 5:
      if (r.pos + 4 > end) throw DECODE_BAILOUT;
      r.pos += 4;
      return;
    default:
      throw DECODE_BAILOUT;
  }
}

/** Sets `key` on a map object as an own property even when it is `__proto__` (protobufjs' `util.makeProp`). */
export function setMapEntry(map: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(map, key, { value, enumerable: true, configurable: true, writable: true });
  else map[key] = value;
}
