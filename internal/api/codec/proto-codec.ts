/**
 * The proto side of the one codec: internal objects to and from protobuf wire bytes, with the
 * project's loader options. 64-bit integers that do not fit a JavaScript number exactly are
 * rejected rather than rounded.
 */
import type protobuf from 'protobufjs';
import { LOADER_OPTIONS } from '../proto/root.js';
import { planFor, type FieldPlan, type TypePlan } from './field-plan.js';
import { DecodeError } from './decode-problem.js';
import { decodeProtoFast } from './proto-decoder.js';
import { encodeMessage } from './proto-encoder.js';
import type { Internal } from './json-codec.js';

/** Encodes an internal object as protobuf bytes. */
export function encodeProto(type: protobuf.Type, obj: object): Buffer {
  // Plain objects encode directly; enum names need fromObject to become numbers (only the gRPC
  // health proto has an enum). encodeMessage writes what protobufjs' type.encode would.
  return encodeMessage(type, planFor(type).hasEnums ? type.fromObject(obj) : obj);
}

/**
 * Decodes protobuf bytes into an internal object; throws DecodeError on malformed bytes or an unsafe integer.
 * Buffers take the single-pass decoder; whatever it leaves to protobufjs (bad bytes, an unsafe integer,
 * rare shapes), and any other Uint8Array, takes the protobufjs path, whose result and errors are the
 * reference the fast decoder matches.
 */
export function decodeProto(type: protobuf.Type, bytes: Uint8Array): Internal {
  if (Buffer.isBuffer(bytes)) {
    try {
      return decodeProtoFast(type, bytes);
    } catch {
      // Fall through: the reference path gives the exact result or DecodeError.
    }
  }
  return decodeProtoReference(type, bytes);
}

/** The reference decode: protobufjs' decode, the unsafe-integer check, then toObject (two passes, two trees). */
export function decodeProtoReference(type: protobuf.Type, bytes: Uint8Array): Internal {
  let message: protobuf.Message;
  try {
    message = type.decode(bytes);
  } catch (err) {
    throw new DecodeError([
      { kind: 'type', path: '', message: `malformed ${type.name} message: ${(err as Error).message}` },
    ]);
  }
  const plan = planFor(type);
  if (plan.hasLongs) checkLongs(plan, message as unknown as Record<string, unknown>, '');
  return type.toObject(message, LOADER_OPTIONS) as Internal;
}

function isUnsafeLong(v: unknown): boolean {
  if (typeof v === 'number') return !Number.isSafeInteger(v);
  if (typeof v === 'object' && v !== null && 'high' in v && 'low' in v) {
    // A long.js Long: compare its exact decimal form with the nearest JavaScript number.
    const exact = String(v);
    const n = Number(exact);
    return !Number.isSafeInteger(n) || String(n) !== exact;
  }
  return false;
}

/** Per type, the fields that are or contain 64-bit integers: the only ones checkLongs needs to visit. */
const longFieldsOf = new WeakMap<TypePlan, readonly FieldPlan[]>();

function longFields(plan: TypePlan): readonly FieldPlan[] {
  let fields = longFieldsOf.get(plan);
  if (fields === undefined) {
    fields = plan.fields.filter((f) => f.kind === 'int64' || f.kind === 'uint64' || (f.message !== undefined && f.message().hasLongs));
    longFieldsOf.set(plan, fields);
  }
  return fields;
}

function checkLongs(plan: TypePlan, msg: Record<string, unknown>, prefix: string): void {
  // Only fields that can hold a 64-bit integer are visited, and the field path is built only for
  // those: this runs on every decoded request, and nearly every value is fine.
  const pathOf = (name: string): string => (prefix === '' ? name : `${prefix}.${name}`);
  for (const f of longFields(plan)) {
    const v = msg[f.name];
    if (v === undefined || v === null) continue;
    if (f.kind === 'int64' || f.kind === 'uint64') {
      if (f.map) {
        for (const k in v as Record<string, unknown>) checkLong((v as Record<string, unknown>)[k], pathOf(f.name));
      } else if (f.repeated) {
        for (const x of v as unknown[]) checkLong(x, pathOf(f.name));
      } else checkLong(v, pathOf(f.name));
    } else if (f.message) {
      const sub = f.message();
      if (!sub.hasLongs) continue;
      if (f.map) {
        for (const k in v as Record<string, unknown>) checkLongs(sub, (v as Record<string, Record<string, unknown>>)[k]!, pathOf(f.name));
      } else if (f.repeated) {
        for (const x of v as Array<Record<string, unknown>>) checkLongs(sub, x, pathOf(f.name));
      } else checkLongs(sub, v as Record<string, unknown>, pathOf(f.name));
    }
  }
}

function checkLong(x: unknown, path: string): void {
  if (isUnsafeLong(x)) {
    throw new DecodeError([{ kind: 'type', path, message: `${path}: ${String(x)} does not fit exactly in a JavaScript number (2^53-1)` }]);
  }
}
