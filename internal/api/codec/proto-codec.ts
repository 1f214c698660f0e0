/**
 * The proto side of the one codec: internal objects to and from protobuf wire bytes, with the
 * project's loader options. 64-bit integers that do not fit a JavaScript number exactly are
 * rejected rather than rounded.
 */
import type protobuf from 'protobufjs';
import { LOADER_OPTIONS } from '../proto/root.js';
import { planFor, type TypePlan } from './field-plan.js';
import { DecodeError } from './decode-problem.js';
import type { Internal } from './json-codec.js';

/** Encodes an internal object as protobuf bytes. */
export function encodeProto(type: protobuf.Type, obj: object): Buffer {
  // Plain objects encode directly; enum names need fromObject to become numbers.
  const bytes = type.encode(planFor(type).hasEnums ? type.fromObject(obj) : obj).finish();
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Decodes protobuf bytes into an internal object; throws DecodeError on malformed bytes or an unsafe integer. */
export function decodeProto(type: protobuf.Type, bytes: Uint8Array): Internal {
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

function checkLongs(plan: TypePlan, msg: Record<string, unknown>, prefix: string): void {
  for (const f of plan.fields) {
    const v = msg[f.name];
    if (v === undefined || v === null) continue;
    const path = prefix === '' ? f.name : `${prefix}.${f.name}`;
    const values: unknown[] = f.map ? Object.values(v as object) : f.repeated ? (v as unknown[]) : [v];
    if (f.kind === 'int64' || f.kind === 'uint64') {
      for (const x of values) {
        if (isUnsafeLong(x)) {
          throw new DecodeError([
            { kind: 'type', path, message: `${path}: ${String(x)} does not fit exactly in a JavaScript number (2^53-1)` },
          ]);
        }
      }
    } else if (f.message) {
      const sub = f.message();
      if (!sub.hasLongs) continue;
      for (const x of values) checkLongs(sub, x as Record<string, unknown>, path);
    }
  }
}
