/**
 * The wire primitives of the proto encoder: writers that put one value into a Buffer backwards
 * (the value ends at `end`; each returns where it starts). Every one reproduces, byte for byte,
 * what protobufjs' BufferWriter writes for the same JavaScript value, including its odd cases: an
 * int32 is truncated with `|0` and a negative one takes ten bytes; a string shorter than 40 UTF-16
 * units is written by protobufjs' own loop, which keeps a lone surrogate as its three bytes, a
 * longer one by Node's UTF-8 writer, which writes U+FFFD instead; a 64-bit value may also be a
 * decimal string or a long.js Long; bytes may be a base64 string.
 *
 * A writer may be handed a Buffer too small for what it writes: an index below 0 is then dropped
 * (as a typed array drops any out-of-range index; the native writers are skipped), while the
 * position returned stays exact, so a pass that ran out of room still tells the size it needed.
 */
import protobuf from 'protobufjs';

const { LongBits, float } = protobuf.util;

/** Buffer's own UTF-8 writer (undocumented, and what protobufjs calls): no argument juggling. */
type Utf8Buffer = Buffer & { utf8Write(s: string, offset: number, length: number): number };

/** The length at which protobufjs stops writing strings with its own loop and calls Node's writer. */
const SHORT_STRING = 40;

/** Below this many bytes a loop copies faster than a native call. */
const SHORT_BYTES = 40;

/** Size of a uint32 as a varint. */
function varintSize(v: number): number {
  return v < 128 ? 1 : v < 16384 ? 2 : v < 2097152 ? 3 : v < 268435456 ? 4 : 5;
}

/** Writes a uint32 varint ending at `end`. */
export function putVarint(buf: Buffer, end: number, v: number): number {
  if (v < 128) {
    buf[end - 1] = v;
    return end - 1;
  }
  const start = end - varintSize(v);
  let p = start;
  while (v > 127) {
    buf[p++] = (v & 127) | 128;
    v >>>= 7;
  }
  buf[p] = v;
  return start;
}

/** Writes an int32 or enum value. */
export function putInt32(buf: Buffer, end: number, v: number): number {
  v |= 0;
  return v < 0 ? putBits(buf, end, v >>> 0, 0xffffffff) : putVarint(buf, end, v);
}

/** Writes a uint32 value. */
export function putUint32(buf: Buffer, end: number, v: number): number {
  return putVarint(buf, end, v >>> 0);
}

/** Writes a sint32 value. */
export function putSint32(buf: Buffer, end: number, v: number): number {
  return putVarint(buf, end, ((v << 1) ^ (v >> 31)) >>> 0);
}

// The two halves of the last 64-bit value converted by bitsOf: module state rather than a LongBits
// object, so that numbers (every 64-bit value Skiff holds) convert without allocating.
let lo = 0;
let hi = 0;

/** Sets lo/hi to the bits of a 64-bit value exactly as LongBits.from does (numbers inline). */
function bitsOf(v: unknown): void {
  if (typeof v === 'number') {
    if (v === 0) {
      lo = hi = 0;
      return;
    }
    const negative = v < 0;
    if (negative) v = -v;
    lo = (v as number) >>> 0;
    hi = (((v as number) - lo) / 4294967296) >>> 0;
    if (negative) {
      hi = ~hi >>> 0;
      lo = ~lo >>> 0;
      if (++lo > 4294967295) {
        lo = 0;
        if (++hi > 4294967295) hi = 0;
      }
    }
    return;
  }
  const bits = LongBits.from(v as string);
  lo = bits.lo;
  hi = bits.hi;
}

/** LongBits#length of lo/hi. */
function bitsSize(l: number, h: number): number {
  const part1 = ((l >>> 28) | (h << 4)) >>> 0;
  const part2 = h >>> 24;
  if (part2 !== 0) return part2 < 128 ? 9 : 10;
  if (part1 !== 0) return part1 < 16384 ? (part1 < 128 ? 5 : 6) : part1 < 2097152 ? 7 : 8;
  return l < 16384 ? (l < 128 ? 1 : 2) : l < 2097152 ? 3 : 4;
}

/** Writes lo/hi as a varint (protobufjs' writeVarint64), ending at `end`. */
function putBits(buf: Buffer, end: number, l: number, h: number): number {
  const start = end - bitsSize(l, h);
  let p = start;
  while (h) {
    buf[p++] = (l & 127) | 128;
    l = ((l >>> 7) | (h << 25)) >>> 0;
    h >>>= 7;
  }
  while (l > 127) {
    buf[p++] = (l & 127) | 128;
    l = l >>> 7;
  }
  buf[p] = l;
  return start;
}

/** Writes an int64 or uint64 value. */
export function putInt64(buf: Buffer, end: number, v: unknown): number {
  if (typeof v === 'number' && v >= 0 && v < 4294967296) return putVarint(buf, end, v >>> 0);
  bitsOf(v);
  return putBits(buf, end, lo, hi);
}

function zigzag(): void {
  const mask = hi >> 31;
  hi = (((hi << 1) | (lo >>> 31)) ^ mask) >>> 0;
  lo = ((lo << 1) ^ mask) >>> 0;
}

/** Writes a sint64 value. */
export function putSint64(buf: Buffer, end: number, v: unknown): number {
  bitsOf(v);
  zigzag();
  return putBits(buf, end, lo, hi);
}

function putFixed32At(buf: Buffer, p: number, v: number): void {
  buf[p] = v & 255;
  buf[p + 1] = (v >>> 8) & 255;
  buf[p + 2] = (v >>> 16) & 255;
  buf[p + 3] = v >>> 24;
}

/** Writes a fixed32 or sfixed32 value (four bytes). */
export function putFixed32(buf: Buffer, end: number, v: number): number {
  putFixed32At(buf, end - 4, v >>> 0);
  return end - 4;
}

/** Writes a fixed64 or sfixed64 value (eight bytes). */
export function putFixed64(buf: Buffer, end: number, v: unknown): number {
  bitsOf(v);
  putFixed32At(buf, end - 8, lo);
  putFixed32At(buf, end - 4, hi);
  return end - 8;
}

/** Writes a double (eight bytes) with protobufjs' own float writer. */
export function putDouble(buf: Buffer, end: number, v: number): number {
  float.writeDoubleLE(v, buf, end - 8);
  return end - 8;
}

/** Writes a float (four bytes) with protobufjs' own float writer. */
export function putFloat(buf: Buffer, end: number, v: number): number {
  float.writeFloatLE(v, buf, end - 4);
  return end - 4;
}

/** Writes a bool (one byte, 1 for every truthy value). */
export function putBool(buf: Buffer, end: number, v: unknown): number {
  buf[end - 1] = v ? 1 : 0;
  return end - 1;
}

/** UTF-8 length of a string (lone surrogates count three bytes, as in Buffer.byteLength). */
export function utf8Length(s: string): number {
  const n = s.length;
  let len = n;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) continue;
    if (c < 2048) len += 1;
    else if ((c & 0xfc00) === 0xd800 && i + 1 < n && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      i++;
      len += 2; // four bytes for two units
    } else len += 2;
  }
  return len;
}

/** Writes a string value with its length prefix. */
export function putString(buf: Buffer, end: number, v: string): number {
  if (typeof v !== 'string') return putNotAString(buf, end, v);
  const n = v.length;
  if (n >= SHORT_STRING) {
    const len = Buffer.byteLength(v);
    const start = end - len;
    if (start >= 0) (buf as Utf8Buffer).utf8Write(v, start, len);
    return putVarint(buf, start, len);
  }
  // Nearly every string is ASCII: one forward loop, one byte per unit, a one-byte length.
  const start = end - n;
  for (let i = 0; i < n; i++) {
    const c = v.charCodeAt(i);
    if (c >= 128) return putShortUtf8(buf, end, v);
    buf[start + i] = c;
  }
  buf[start - 1] = n;
  return start - 1;
}

/**
 * What protobufjs makes of a string field holding something else: it measures it with
 * Buffer.byteLength, which throws a TypeError unless given a buffer, then writes an empty buffer as
 * an empty string and fails (a TypeError again) to write any other.
 */
function putNotAString(buf: Buffer, end: number, v: unknown): number {
  if (Buffer.byteLength(v as ArrayBuffer) !== 0) throw new TypeError('a string field holds a buffer');
  buf[end - 1] = 0;
  return end - 1;
}

/** A short string with non-ASCII units, written as protobufjs' utf8.write writes it. */
function putShortUtf8(buf: Buffer, end: number, v: string): number {
  const len = utf8Length(v); // at most 39 * 3 bytes: a one-byte length
  const start = end - len;
  let p = start;
  for (let i = 0; i < v.length; i++) {
    let c = v.charCodeAt(i);
    if (c < 128) buf[p++] = c;
    else if (c < 2048) {
      buf[p++] = (c >> 6) | 192;
      buf[p++] = (c & 63) | 128;
    } else if ((c & 0xfc00) === 0xd800 && (v.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      c = 0x10000 + ((c & 0x03ff) << 10) + (v.charCodeAt(++i) & 0x03ff);
      buf[p++] = (c >> 18) | 240;
      buf[p++] = ((c >> 12) & 63) | 128;
      buf[p++] = ((c >> 6) & 63) | 128;
      buf[p++] = (c & 63) | 128;
    } else {
      // A lone surrogate too: its own three bytes, where Node's writer would put U+FFFD.
      buf[p++] = (c >> 12) | 224;
      buf[p++] = ((c >> 6) & 63) | 128;
      buf[p++] = (c & 63) | 128;
    }
  }
  buf[start - 1] = len;
  return start - 1;
}

/** Writes a bytes value with its length prefix; as in protobufjs, a string is base64 to decode first. */
export function putBytes(buf: Buffer, end: number, v: unknown): number {
  const b = typeof v === 'string' || v instanceof String ? Buffer.from(String(v), 'base64') : (v as ArrayLike<number>);
  const n = b.length >>> 0;
  const start = end - n;
  if (n < SHORT_BYTES) for (let i = 0; i < n; i++) buf[start + i] = b[i]!;
  else if (start >= 0) buf.set(b, start);
  return putVarint(buf, start, n);
}
