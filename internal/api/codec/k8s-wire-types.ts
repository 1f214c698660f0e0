/**
 * The few Kubernetes protobuf messages that Skiff holds in a simpler shape, read from a protobufjs
 * Reader into Skiff's form: metav1.Time and MicroTime to RFC 3339 strings, resource.Quantity to its
 * string, metav1.Duration to Go's duration string, runtime.RawExtension and FieldsV1 to JSON text,
 * and intstr.IntOrString to Skiff's oneof. Each reader consumes exactly the message in
 * `[reader.pos, end)`, skips fields it does not know, and throws K8sWireError on a value it cannot
 * represent; the transcoder adds the field path.
 */
import type protobuf from 'protobufjs';

/** A value Kubernetes sent that has no Skiff form (a year past 9999, a RawExtension that is not JSON). */
export class K8sWireError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'K8sWireError';
  }
}

/** Wire types, as the protobuf encoding numbers them. */
export const WIRE_VARINT = 0;
export const WIRE_FIXED64 = 1;
export const WIRE_BYTES = 2;
export const WIRE_FIXED32 = 5;

const WIRE_NAMES = ['varint', 'fixed64', 'length-delimited', 'group start', 'group end', 'fixed32', 'wire type 6', 'wire type 7'];

/** `2 (length-delimited)`: a wire type for messages. */
export function wireName(wt: number): string {
  return `${wt} (${WIRE_NAMES[wt] ?? 'invalid'})`;
}

/** Reads a varint as an exact signed 64-bit integer. */
export function readInt64(r: protobuf.Reader): bigint {
  return BigInt(String(r.int64()));
}

/**
 * Visits the fields of the message in `[r.pos, end)`: `read(number, wireType)` consumes the fields
 * it knows and returns false for the others, which are skipped.
 */
export function readFields(r: protobuf.Reader, end: number, read: (no: number, wt: number) => boolean): void {
  while (r.pos < end) {
    const tag = r.uint32();
    if (!read(tag >>> 3, tag & 7)) r.skipType(tag & 7);
  }
  if (r.pos !== end) throw new K8sWireError('a field runs past the end of its message');
}

function expectWire(what: string, wt: number, want: number): void {
  if (wt !== want) throw new K8sWireError(`${what} has wire type ${wireName(wt)}, expected ${wireName(want)}`);
}

const MIN_SECONDS = -62_135_596_800n; // 0001-01-01T00:00:00Z
const MAX_SECONDS = 253_402_300_799n; // 9999-12-31T23:59:59Z

/**
 * metav1.Time or MicroTime `{int64 seconds = 1; int32 nanos = 2}` as RFC 3339 in UTC; undefined
 * for the empty message, which is how Kubernetes writes the zero time (a creationTimestamp a client
 * did not set). Kubernetes' Time drops the nanoseconds on the wire (its JSON has second precision)
 * while MicroTime keeps them, so nanos = 0 gives Time's form (`2024-05-01T10:00:00Z`) and any other
 * value MicroTime's six digits (`2024-05-01T10:00:00.123456Z`), as Skiff writes Lease times.
 */
export function readK8sTime(r: protobuf.Reader, end: number): string | undefined {
  if (r.pos === end) return undefined;
  let seconds = 0n;
  let nanos = 0;
  readFields(r, end, (no, wt) => {
    if (no === 1) {
      expectWire('Time.seconds', wt, WIRE_VARINT);
      seconds = readInt64(r);
    } else if (no === 2) {
      expectWire('Time.nanos', wt, WIRE_VARINT);
      nanos = r.int32();
    } else return false;
    return true;
  });
  if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) throw new K8sWireError(`time ${seconds}s since 1970 is outside the years 0001 to 9999`);
  if (nanos < 0 || nanos > 999_999_999) throw new K8sWireError(`time nanoseconds ${nanos} are out of range`);
  const whole = new Date(Number(seconds) * 1000).toISOString().slice(0, 19);
  if (nanos === 0) return `${whole}Z`;
  return `${whole}.${String(Math.floor(nanos / 1000)).padStart(6, '0')}Z`;
}

/** resource.Quantity `{string string = 1}` as its string; the empty message is the zero quantity, "0". */
export function readK8sQuantity(r: protobuf.Reader, end: number): string {
  let text = '0';
  readFields(r, end, (no, wt) => {
    if (no !== 1) return false;
    expectWire('Quantity.string', wt, WIRE_BYTES);
    text = r.string();
    return true;
  });
  return text;
}

/** metav1.Duration `{int64 duration = 1}` (nanoseconds) as Go writes a duration (`1h0m0s`, `1m30s`, `500ms`). */
export function readK8sDuration(r: protobuf.Reader, end: number): string {
  let ns = 0n;
  readFields(r, end, (no, wt) => {
    if (no !== 1) return false;
    expectWire('Duration.duration', wt, WIRE_VARINT);
    ns = readInt64(r);
    return true;
  });
  return formatGoDuration(ns);
}

/** runtime.RawExtension or FieldsV1 `{bytes raw = 1}` as JSON text; an empty one is absent. */
export function readK8sRaw(r: protobuf.Reader, end: number): string | undefined {
  let raw: Uint8Array | undefined;
  readFields(r, end, (no, wt) => {
    if (no !== 1) return false;
    expectWire('RawExtension.raw', wt, WIRE_BYTES);
    raw = r.bytes();
    return true;
  });
  if (raw === undefined || raw.length === 0) return undefined;
  const text = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('utf8');
  try {
    JSON.parse(text);
  } catch {
    // Kubernetes can nest an object in its own protobuf here; Skiff keeps these values as JSON.
    throw new K8sWireError('an embedded object (RawExtension) must hold JSON');
  }
  return text;
}

/** An int-or-string in Skiff's form: exactly one of the two set. */
export type IntOrStringValue = { intVal: number } | { strVal: string };

/**
 * intstr.IntOrString `{int64 type = 1; int32 intVal = 2; string strVal = 3}`: type 0 is the int,
 * type 1 the string (Kubernetes writes all three fields every time).
 */
export function readK8sIntOrString(r: protobuf.Reader, end: number): IntOrStringValue {
  let type = 0n;
  let intVal = 0;
  let strVal = '';
  readFields(r, end, (no, wt) => {
    if (no === 1) {
      expectWire('IntOrString.type', wt, WIRE_VARINT);
      type = readInt64(r);
    } else if (no === 2) {
      expectWire('IntOrString.intVal', wt, WIRE_VARINT);
      intVal = r.int32();
    } else if (no === 3) {
      expectWire('IntOrString.strVal', wt, WIRE_BYTES);
      strVal = r.string();
    } else return false;
    return true;
  });
  if (type === 0n) return { intVal };
  if (type === 1n) return { strVal };
  throw new K8sWireError(`IntOrString type ${type} is neither 0 (int) nor 1 (string)`);
}

const NS_PER_SECOND = 1_000_000_000n;

/** Formats nanoseconds exactly as Go's time.Duration.String does. */
export function formatGoDuration(ns: bigint): string {
  if (ns === 0n) return '0s';
  const sign = ns < 0n ? '-' : '';
  const u = ns < 0n ? -ns : ns;
  if (u < NS_PER_SECOND) {
    // Below a second Go picks the largest unit that keeps an integer part: 1.5ms, 20µs, 7ns.
    const [unit, digits] = u < 1_000n ? ['ns', 0] : u < 1_000_000n ? ['µs', 3] : ['ms', 6];
    return sign + withFraction(u, digits) + unit;
  }
  const totalSeconds = u / NS_PER_SECOND;
  const seconds = withFraction((totalSeconds % 60n) * NS_PER_SECOND + (u % NS_PER_SECOND), 9);
  const minutes = (totalSeconds / 60n) % 60n;
  const hours = totalSeconds / 3600n;
  if (hours > 0n) return `${sign}${hours}h${minutes}m${seconds}s`;
  if (minutes > 0n) return `${sign}${minutes}m${seconds}s`;
  return `${sign}${seconds}s`;
}

/** `v / 10^digits` with its fraction's trailing zeros (and a bare point) left off. */
function withFraction(v: bigint, digits: number): string {
  if (digits === 0) return String(v);
  const scale = 10n ** BigInt(digits);
  const fraction = String(v % scale).padStart(digits, '0').replace(/0+$/, '');
  return String(v / scale) + (fraction === '' ? '' : `.${fraction}`);
}
