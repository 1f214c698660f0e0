/**
 * Transcodes an object from Kubernetes' protobuf numbering (its `generated.proto`) to Skiff's proto
 * numbering of the same type, at the wire level, so the ordinary proto decoder then builds exactly
 * the internal object the gRPC face would. Driven by each type's K8sFieldMap: scalars are copied
 * under Skiff's field number once their wire types agree, messages recursed, inline messages read
 * into the same Skiff message, map entries rebuilt with their values converted, repeated scalars
 * taken packed or unpacked, and the Kubernetes-only shapes (Time, Quantity, Duration, RawExtension,
 * IntOrString) converted. Fields Skiff has no place for are dropped; those with a value come back as
 * warnings (a zero value is how Kubernetes writes a field nobody set, so it is dropped silently), and
 * the zeros Kubernetes writes for unset non-pointer fields (`(skiff.k8s_omitempty)` and
 * `(skiff.k8s_always) = "zero"`: "", 0, false, an IntOrString's 0, a Quantity's "0") are dropped.
 */
import protobuf from 'protobufjs';
import { DecodeError } from './decode-problem.js';
import type { FieldPlan } from './field-plan.js';
import { k8sFieldMapFor, type K8sLeaf, type K8sNode } from './k8s-field-map.js';
import { WarningRecorder } from './warning-recorder.js';
import {
  K8sWireError,
  readInt64,
  readK8sDuration,
  readK8sIntOrString,
  readK8sQuantity,
  readK8sRaw,
  readK8sTime,
  wireName,
  WIRE_BYTES,
  WIRE_FIXED32,
  WIRE_FIXED64,
  WIRE_VARINT,
} from './k8s-wire-types.js';

/** Skiff proto bytes and what was dropped on the way. */
export interface TranscodeResult {
  readonly bytes: Uint8Array;
  /**
   * One line per Kubernetes field (number, message) that was dropped with a value in it, under the
   * apiserver's limit on warnings (WarningRecorder): past it, the rest are dropped unreported.
   */
  readonly warnings: readonly string[];
}

/**
 * Transcodes `raw`, an object of Skiff type `type` in Kubernetes' numbering, to Skiff's numbering.
 * `what` names the object in warnings (`Pod`). Throws DecodeError on malformed bytes or a field whose
 * wire type is not the one its Skiff field needs.
 */
export function transcodeFromK8s(type: protobuf.Type, raw: Uint8Array, what = type.name): TranscodeResult {
  const t = new Transcoder(protobuf.Reader.create(raw), what);
  const w = protobuf.Writer.create();
  try {
    t.message(k8sFieldMapFor(type), raw.length, w, '', new Map());
  } catch (err) {
    if (err instanceof DecodeError) throw err;
    // The Reader throws RangeError (truncated input) or Error (invalid wire type) on bad bytes.
    if (err instanceof RangeError || (err instanceof Error && /wire type|index out of range/.test(err.message))) {
      throw malformed(t.at, `malformed Kubernetes protobuf ${what}${t.at === '' ? '' : ` at ${t.at}`}: ${err.message}`);
    }
    throw err;
  }
  return { bytes: w.finish(), warnings: t.warnings.warnings };
}

function malformed(path: string, message: string): DecodeError {
  return new DecodeError([{ kind: 'type', path, message }]);
}

function join(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

function fullName(type: protobuf.Type): string {
  return type.fullName.replace(/^\./, '');
}

/** Skiff's IntOrString field numbers, per IntOrString type (there is one). */
const intOrStringIds = new WeakMap<protobuf.Type, { intVal: number; strVal: number }>();

function intOrStringFields(f: FieldPlan): { intVal: number; strVal: number } {
  const type = f.field.resolvedType as protobuf.Type;
  let ids = intOrStringIds.get(type);
  if (ids === undefined) {
    ids = { intVal: type.fields.intVal!.id, strVal: type.fields.strVal!.id };
    intOrStringIds.set(type, ids);
  }
  return ids;
}

function tag(no: number, wt: number): number {
  return ((no << 3) | wt) >>> 0;
}

/** The wire type a Skiff field's scalar values use. */
function wireTypeOf(f: FieldPlan): number {
  const basic = (protobuf.types.basic as Record<string, number | undefined>)[f.field.type];
  return basic ?? WIRE_VARINT; // enums
}

function isPackable(f: FieldPlan): boolean {
  return (protobuf.types.packed as Record<string, number | undefined>)[f.field.type] !== undefined || f.kind === 'enum';
}

/** The 64 bits of a varint, as protobufjs reads them (low and high halves as signed 32-bit ints). */
interface VarintBits {
  readonly low: number;
  readonly high: number;
}

/**
 * Whether a varint fits the Skiff field's type: Kubernetes writes an int32 as a sign-extended
 * 64-bit varint, so a value that does not is an int64 where Skiff has 32 bits (protobufjs would
 * silently wrap it).
 */
function fitsVarint(f: FieldPlan, v: VarintBits): boolean {
  switch (f.field.type) {
    case 'int32':
      return (v.high === 0 && v.low >= 0) || (v.high === -1 && v.low < 0);
    case 'uint32':
      return v.high === 0;
    case 'bool':
      return v.high === 0 && (v.low === 0 || v.low === 1);
    default:
      return true;
  }
}

function readableVarint(f: FieldPlan, v: VarintBits): string {
  const n = (BigInt(v.high) << 32n) | BigInt(v.low >>> 0);
  return f.field.type === 'uint32' ? String(BigInt.asUintN(64, n)) : String(n);
}

/** Throws the DecodeError of a varint that does not fit the Skiff field at `path`. */
function checkVarint(f: FieldPlan, v: VarintBits, path: string): void {
  if (!fitsVarint(f, v)) throw malformed(path, `${path}: ${readableVarint(f, v)} does not fit in ${f.field.type}`);
}

class Transcoder {
  readonly warnings = new WarningRecorder();
  /** The path of the value being read, for the message of a malformed-bytes error. */
  at = '';
  private readonly reported = new Set<string>();

  constructor(
    private readonly r: protobuf.Reader,
    private readonly what: string,
  ) {}

  /** Transcodes the fields in `[r.pos, end)` of `node` into `w`; `counts` numbers repeated elements for paths. */
  message(node: K8sNode, end: number, w: protobuf.Writer, path: string, counts: Map<string, number>): void {
    const r = this.r;
    while (r.pos < end) {
      const t = r.uint32();
      const no = t >>> 3;
      const wt = t & 7;
      const entry = node.entries.get(no);
      if (entry === undefined) this.drop(node, no, wt, path);
      else if (entry.kind === 'inline') {
        this.expectBytes(wt, path, `Kubernetes' field ${node.prefix === '' ? no : `${node.prefix}.${no}`} (an inlined message)`);
        this.message(entry.node, this.end(), w, path, counts);
      } else this.field(entry, wt, w, path, counts);
    }
    if (r.pos !== end) throw malformed(path, `malformed Kubernetes protobuf ${this.what}: a field of ${path === '' ? 'the object' : path} runs past its end`);
  }

  private field(leaf: K8sLeaf, wt: number, w: protobuf.Writer, path: string, counts: Map<string, number>): void {
    const f = leaf.field;
    const fieldPath = join(path, f.name);
    const no = f.field.id;
    if (f.map) {
      this.expectBytes(wt, fieldPath, 'a map entry');
      this.mapEntry(leaf, this.end(), w, fieldPath);
      return;
    }
    if (!f.repeated) {
      this.value(leaf, no, wt, w, fieldPath);
      return;
    }
    const i = counts.get(f.name) ?? 0;
    if (wt === WIRE_BYTES && isPackable(f)) {
      this.packed(f, no, w, fieldPath, i, counts);
      return;
    }
    counts.set(f.name, i + 1);
    this.value(leaf, no, wt, w, `${fieldPath}[${i}]`);
  }

  /**
   * A packed run of scalars, its elements numbered from `first`: each element is checked as an
   * unpacked one is (a varint must fit the Skiff field), then Skiff's field takes the same bytes.
   */
  private packed(f: FieldPlan, no: number, w: protobuf.Writer, fieldPath: string, first: number, counts: Map<string, number>): void {
    const r = this.r;
    const end = this.end();
    const start = r.pos;
    let i = first;
    const want = wireTypeOf(f);
    if (want === WIRE_VARINT) {
      for (; r.pos < end; i++) {
        this.at = `${fieldPath}[${i}]`;
        checkVarint(f, r.uint64(), this.at);
      }
      if (r.pos !== end) throw malformed(fieldPath, `malformed Kubernetes protobuf ${this.what}: a packed element of ${fieldPath} runs past its end`);
    } else {
      const size = want === WIRE_FIXED64 ? 8 : 4;
      if ((end - start) % size !== 0) throw malformed(fieldPath, `malformed Kubernetes protobuf ${this.what}: a packed run of ${fieldPath} is not a whole number of ${f.field.type}s`);
      i += (end - start) / size;
      r.pos = end;
    }
    counts.set(f.name, i);
    w.uint32(tag(no, WIRE_BYTES)).bytes(r.buf.subarray(start, end));
  }

  /** One value (a field's, a list element's or a map entry's) written under Skiff's number `no`. */
  private value(leaf: K8sLeaf, no: number, wt: number, w: protobuf.Writer, path: string): void {
    const f = leaf.field;
    this.at = path;
    if (leaf.wire === undefined && f.kind !== 'message' && f.kind !== 'intOrString') {
      this.scalar(leaf, no, wt, w, path);
      return;
    }
    this.expectBytes(wt, path, f.kind === 'message' || f.kind === 'intOrString' ? 'a message' : `a ${leaf.wire}`);
    const end = this.end();
    if (f.kind === 'message') {
      w.uint32(tag(no, WIRE_BYTES)).fork();
      this.message(k8sFieldMapFor(f.message!().type), end, w, path, new Map());
      w.ldelim();
      return;
    }
    try {
      if (f.kind === 'intOrString') {
        const v = readK8sIntOrString(this.r, end);
        // A value IntOrString (`targetPort`) is written as 0 when nobody set it.
        if (leaf.zeroIsUnset && 'intVal' in v && v.intVal === 0) return;
        const ids = intOrStringFields(f);
        w.uint32(tag(no, WIRE_BYTES)).fork();
        if ('strVal' in v) w.uint32(tag(ids.strVal, WIRE_BYTES)).string(v.strVal);
        else w.uint32(tag(ids.intVal, WIRE_VARINT)).int32(v.intVal);
        w.ldelim();
        return;
      }
      const text = this.converted(leaf, end);
      // A value Quantity (`divisor`) is written as "0" when nobody set it.
      if (text !== undefined && !(leaf.zeroIsUnset && text === '0')) w.uint32(tag(no, WIRE_BYTES)).string(text);
    } catch (err) {
      if (err instanceof K8sWireError) throw malformed(path, `${path}: ${err.message}`);
      throw err;
    }
  }

  private converted(leaf: K8sLeaf, end: number): string | undefined {
    switch (leaf.wire) {
      case 'time':
        return readK8sTime(this.r, end);
      case 'quantity':
        return readK8sQuantity(this.r, end);
      case 'duration':
        return readK8sDuration(this.r, end);
      case 'raw':
        return readK8sRaw(this.r, end);
      default:
        throw new Error(`unreachable: wire mark ${String(leaf.wire)}`);
    }
  }

  /** Copies a scalar under Skiff's number once its wire type is the one the Skiff field needs. */
  private scalar(leaf: K8sLeaf, no: number, wt: number, w: protobuf.Writer, path: string): void {
    const f = leaf.field;
    const want = wireTypeOf(f);
    if (wt !== want) {
      throw malformed(path, `${path}: Kubernetes' protobuf has wire type ${wireName(wt)} where ${f.field.type} needs ${wireName(want)}`);
    }
    const r = this.r;
    switch (wt) {
      case WIRE_VARINT: {
        const v = r.uint64();
        checkVarint(f, v, path);
        if (!leaf.zeroIsUnset || v.low !== 0 || v.high !== 0) w.uint32(tag(no, wt)).uint64(v);
        break;
      }
      case WIRE_FIXED64: {
        const v = r.fixed64();
        if (!leaf.zeroIsUnset || v.low !== 0 || v.high !== 0) w.uint32(tag(no, wt)).fixed64(v);
        break;
      }
      case WIRE_FIXED32: {
        const v = r.fixed32();
        if (!leaf.zeroIsUnset || v !== 0) w.uint32(tag(no, wt)).fixed32(v);
        break;
      }
      default: {
        const v = r.bytes();
        if (!leaf.zeroIsUnset || v.length !== 0) w.uint32(tag(no, wt)).bytes(v);
      }
    }
  }

  /** A map entry `{key = 1; value = 2}`: the key copied, the value converted as the field's values are. */
  private mapEntry(leaf: K8sLeaf, end: number, w: protobuf.Writer, path: string): void {
    const r = this.r;
    const keyWire = (protobuf.types.basic as Record<string, number | undefined>)[(leaf.field.field as unknown as protobuf.MapField).keyType] ?? WIRE_BYTES;
    let key = '';
    w.uint32(tag(leaf.field.field.id, WIRE_BYTES)).fork();
    while (r.pos < end) {
      const t = r.uint32();
      const no = t >>> 3;
      const wt = t & 7;
      if (no === 1) {
        if (wt !== keyWire) throw malformed(path, `${path}: a map key has wire type ${wireName(wt)}, expected ${wireName(keyWire)}`);
        if (wt === WIRE_BYTES) {
          key = r.string();
          w.uint32(tag(1, WIRE_BYTES)).string(key);
        } else {
          const v = r.uint64();
          key = String(v);
          w.uint32(tag(1, wt)).uint64(v);
        }
      } else if (no === 2) {
        this.value(leaf, 2, wt, w, `${path}[${key}]`);
      } else r.skipType(wt);
    }
    if (r.pos !== end) throw malformed(path, `malformed Kubernetes protobuf ${this.what}: an entry of ${path} runs past its end`);
    w.ldelim();
  }

  /** Skips a field Skiff has no place for, reporting it once per message type when it held a value. */
  private drop(node: K8sNode, no: number, wt: number, path: string): void {
    if (this.skipIsZero(wt) || this.warnings.full) return;
    const number = node.prefix === '' ? String(no) : `${node.prefix}.${no}`;
    const typeName = fullName(node.type);
    const key = `${typeName} ${number}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.warnings.add(`unknown field number ${number} in ${this.what}${path === '' ? '' : ` ${path}`} (${typeName}) was dropped`);
  }

  /** Skips one value; true when it was the zero value (0, false, "", an empty message or list). */
  private skipIsZero(wt: number): boolean {
    const r = this.r;
    switch (wt) {
      case WIRE_VARINT:
        return readInt64(r) === 0n;
      case WIRE_FIXED64:
        return String(r.fixed64()) === '0';
      case WIRE_FIXED32:
        return r.fixed32() === 0;
      case WIRE_BYTES: {
        const end = this.end();
        const zero = end === r.pos;
        r.pos = end;
        return zero;
      }
      default:
        r.skipType(wt);
        return false;
    }
  }

  /** Reads a length prefix; the end of the value that follows. */
  private end(): number {
    const r = this.r;
    const len = r.uint32();
    const end = r.pos + len;
    if (end > r.len) throw new RangeError(`index out of range: a length of ${len} at ${r.pos} runs past the end (${r.len})`);
    return end;
  }

  private expectBytes(wt: number, path: string, what: string): void {
    if (wt !== WIRE_BYTES) {
      throw malformed(path, `${path === '' ? 'the object' : path}: Kubernetes' protobuf has wire type ${wireName(wt)} where ${what} needs ${wireName(WIRE_BYTES)}`);
    }
  }
}
