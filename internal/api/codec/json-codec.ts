/**
 * The JSON side of the one codec: the internal object (the generated `__Output` shape: int-or-string
 * as `{intVal}`/`{strVal}`, bytes as Buffers, 64-bit integers as numbers) to and from Kubernetes'
 * JSON form (int-or-string bare, bytes base64, empty lists and maps omitted where Go's `omitempty`
 * omits them, and what Go writes even when unset written in its place: value structs as `{}`, nil
 * pointers, slices, maps and zero times as `null`, value scalars as their zero), driven by the proto
 * descriptors. YAML goes through the same functions once parsed.
 */
import type protobuf from 'protobufjs';
import { isZeroValue, planFor, type FieldPlan, type TypePlan, type ValueKind } from './field-plan.js';
import { DecodeError, type DecodeProblem } from './decode-problem.js';
import { isJsonObject, type JsonObject, type JsonValue } from './json-value.js';

/** Internal objects are plain records keyed by proto field names. */
export type Internal = Record<string, unknown>;

/** Encodes an internal object of `type` as Kubernetes JSON (a plain value ready for JSON.stringify). */
export function toJSONValue(type: protobuf.Type, obj: object): JsonObject {
  return encodeMessage(planFor(type), obj as Internal);
}

function encodeMessage(plan: TypePlan, obj: Internal): JsonObject {
  const out: JsonObject = {};
  for (const f of plan.fields) {
    const v = obj[f.name];
    if (v === undefined || v === null) {
      if (f.always !== undefined) out[f.name] = absentJSON(f);
      continue;
    }
    if (f.map) {
      const entries = Object.entries(v as Record<string, unknown>);
      if (entries.length === 0) {
        // Go writes an empty map it holds (not nil) when its tag has no omitempty.
        if (f.always === 'null') out[f.name] = {};
        continue;
      }
      const m: JsonObject = {};
      for (const [k, mv] of entries) m[k] = encodeValue(f, mv);
      out[f.name] = m;
    } else if (f.repeated) {
      const list = v as unknown[];
      if (list.length === 0) {
        if (f.always === 'null') out[f.name] = [];
        continue;
      }
      out[f.name] = list.map((e) => encodeValue(f, e));
    } else {
      out[f.name] = encodeValue(f, v);
    }
  }
  return out;
}

/**
 * What Kubernetes' JSON holds for an absent field that its Go type writes even when unset: `null`
 * for a nil pointer, slice or map or a zero time, the zero of a value scalar, or a struct holding
 * only its own always-written fields, as Go writes a zero struct. The plan lists those fields once
 * per type, so this allocates only the output.
 */
function absentJSON(f: FieldPlan): JsonValue {
  if (f.always === 'null') return null;
  if (f.always === 'zero') return f.zero!;
  const out: JsonObject = {};
  for (const inner of f.message!().alwaysFields) out[inner.name] = absentJSON(inner);
  return out;
}

function encodeValue(f: FieldPlan, v: unknown): JsonValue {
  switch (f.kind) {
    case 'rawJson':
      // Kept as JSON text; written as the value it holds (text that is not JSON stays a string).
      try {
        return JSON.parse(v as string) as JsonValue;
      } catch {
        return v as string;
      }
    case 'bytes':
      return (v as Buffer).toString('base64');
    case 'intOrString': {
      const ios = v as { intVal?: number; strVal?: string };
      return ios.intVal !== undefined && ios.intVal !== null ? ios.intVal : (ios.strVal ?? '');
    }
    case 'message':
      return encodeMessage(f.message!(), v as Internal);
    default:
      return v as JsonValue;
  }
}

/** Options of a decode from JSON. */
export interface FromJSONOptions {
  /** Paths of fields the parser saw twice (JSON.parse keeps the last; YAML parsing reports them). */
  readonly duplicates?: readonly string[];
  /** Path prefix for messages (default: none, so paths read `spec.replicas`). */
  readonly path?: string;
}

/** The result of a decode: the object, and the unknown or duplicate fields it ignored. */
export interface FromJSONResult {
  readonly object: Internal;
  /** Unknown and duplicate fields, by path; type errors throw a DecodeError instead. */
  readonly problems: readonly DecodeProblem[];
}

/**
 * Decodes Kubernetes JSON into an internal object of `type`. Unknown fields are dropped and reported;
 * a value of the wrong type throws a DecodeError naming every such field. `null` means absent, as it
 * does for Kubernetes' omitempty fields; empty lists and maps are dropped, except where Go's field has
 * no omitempty (marked "null"): there `[]` and `{}` are values Go writes back, and are kept.
 */
export function fromJSONValue(type: protobuf.Type, json: unknown, options: FromJSONOptions = {}): FromJSONResult {
  const ctx: DecodeContext = { problems: [], errors: [] };
  for (const d of options.duplicates ?? []) {
    ctx.problems.push({ kind: 'duplicate', path: d, message: `duplicate field "${d}"` });
  }
  const prefix = options.path ?? '';
  if (!isJsonObject(json)) {
    throw new DecodeError([typeProblem(prefix, 'an object', json)]);
  }
  const object = decodeMessage(planFor(type), json, prefix, ctx);
  if (ctx.errors.length > 0) throw new DecodeError(ctx.errors);
  return { object, problems: ctx.problems };
}

interface DecodeContext {
  problems: DecodeProblem[];
  errors: DecodeProblem[];
}

function join(prefix: string, name: string): string {
  return prefix === '' ? name : `${prefix}.${name}`;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `a string (${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '...' : v)})`;
  return `${typeof v === 'number' ? 'a number' : 'a boolean'} (${String(v)})`;
}

function typeProblem(path: string, expected: string, got: unknown): DecodeProblem {
  return {
    kind: 'type',
    path,
    message: `${path === '' ? 'the object' : path}: expected ${expected}, got ${describe(got)}`,
  };
}

function decodeMessage(plan: TypePlan, json: JsonObject, prefix: string, ctx: DecodeContext): Internal {
  const out: Internal = {};
  for (const key of Object.keys(json)) {
    const v = json[key];
    const f = plan.byName.get(key);
    const path = join(prefix, key);
    if (!f) {
      ctx.problems.push({ kind: 'unknown', path, message: `unknown field "${path}"` });
      continue;
    }
    if (v === null || v === undefined) continue;
    if (f.map) {
      if (!isJsonObject(v)) {
        ctx.errors.push(typeProblem(path, 'an object', v));
        continue;
      }
      const keys = Object.keys(v);
      // An empty map reads as absent everywhere, as storage would give it back.
      if (keys.length === 0) continue;
      const m: Record<string, unknown> = {};
      for (const k of keys) {
        const decoded = v[k] === null ? nullMapValue(f) : decodeValue(f, v[k], `${path}[${k}]`, ctx);
        if (decoded !== undefined) m[k] = decoded;
      }
      out[key] = m;
    } else if (f.repeated) {
      if (!Array.isArray(v)) {
        ctx.errors.push(typeProblem(path, 'a list', v));
        continue;
      }
      // An empty list reads as absent everywhere, as storage would give it back.
      if (v.length === 0) continue;
      const list: unknown[] = [];
      v.forEach((e, i) => {
        const decoded = decodeValue(f, e, `${path}[${i}]`, ctx);
        if (decoded !== undefined) list.push(decoded);
        else if (e === null) ctx.errors.push(typeProblem(`${path}[${i}]`, expectedName(f.kind), e));
      });
      out[key] = list;
    } else {
      const decoded = decodeValue(f, v, path, ctx);
      if (decoded !== undefined && !readsAsAbsent(f, decoded)) out[key] = decoded;
    }
  }
  return out;
}

/**
 * True for a field Kubernetes writes whether or not it was set, holding what it writes when unset: a
 * value struct (marked "struct") that decoded to nothing (`{}`, or `{"loadBalancer":{}}` whose inside
 * decoded to nothing too), or a value scalar (marked "zero") equal to its zero (`targetPort: 0`,
 * `divisor: "0"`). Go cannot tell such a value from an absent one, so neither can a client of
 * Kubernetes; reading it as absent keeps decode(encode(x)) = x, since the encoder writes an absent
 * one the same way.
 */
function readsAsAbsent(f: FieldPlan, decoded: unknown): boolean {
  if (f.always === 'zero') return isZeroValue(f, decoded);
  if (f.always !== 'struct') return false;
  for (const key in decoded as Internal) return false;
  return true;
}

/**
 * What a null map value becomes: Go's json gives the map's element type its zero value (a label
 * `a: null` is stored as "", a Quantity as 0), where a null field is simply absent. Kinds without a
 * zero that JSON could show (raw JSON, int-or-string) drop the key.
 */
function nullMapValue(f: FieldPlan): unknown {
  switch (f.kind) {
    case 'string':
    case 'enum':
      return f.quantity ? '0' : '';
    case 'bool':
      return false;
    case 'bytes':
      return Buffer.alloc(0);
    case 'message':
      return {};
    case 'rawJson':
    case 'intOrString':
      return undefined;
    default:
      return 0;
  }
}

/** Significant digits a double carries exactly whatever decimal text it was parsed from. */
const EXACT_DIGITS = 15;

/**
 * A quantity sent as a bare JSON number (YAML `cpu: 1`): Kubernetes' Quantity.UnmarshalJSON parses
 * the number's text. JSON.parse has already made it a double, whose shortest text names the amount
 * that was typed as long as it has at most 15 significant digits; a longer one may have been rounded,
 * and rather than store another amount than the client sent, it is refused.
 */
function quantityFromNumber(v: number, path: string, ctx: DecodeContext): string | undefined {
  const text = String(v);
  const digits = text.replace(/^-/, '').replace(/e.*$/, '').replace('.', '').replace(/^0+|0+$/g, '');
  if (Number.isFinite(v) && digits.length <= EXACT_DIGITS) return text;
  ctx.errors.push({ kind: 'type', path, message: `${path}: the number ${text} has more than ${EXACT_DIGITS} significant digits; write the quantity as a string` });
  return undefined;
}

function expectedName(kind: ValueKind): string {
  switch (kind) {
    case 'rawJson':
      return 'a JSON value';
    case 'string':
    case 'enum':
      return 'a string';
    case 'bool':
      return 'a boolean';
    case 'bytes':
      return 'a base64 string';
    case 'message':
      return 'an object';
    case 'intOrString':
      return 'an integer or a string';
    case 'double':
      return 'a number';
    default:
      return 'an integer';
  }
}

const INT_LIMITS: Record<'int32' | 'uint32' | 'int64' | 'uint64', [number, number]> = {
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  int64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  uint64: [0, Number.MAX_SAFE_INTEGER],
};

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodeValue(f: FieldPlan, v: unknown, path: string, ctx: DecodeContext): unknown {
  if (v === null || v === undefined) return undefined;
  switch (f.kind) {
    case 'rawJson':
      return JSON.stringify(v);
    case 'string':
    case 'enum':
      if (typeof v === 'string') return v;
      if (f.quantity && typeof v === 'number') return quantityFromNumber(v, path, ctx);
      break;
    case 'bool':
      if (typeof v === 'boolean') return v;
      break;
    case 'double':
      if (typeof v === 'number') return v;
      break;
    case 'int32':
    case 'uint32':
    case 'int64':
    case 'uint64': {
      if (typeof v !== 'number' || !Number.isInteger(v)) break;
      const [lo, hi] = INT_LIMITS[f.kind];
      if (v < lo || v > hi) {
        ctx.errors.push({
          kind: 'type',
          path,
          message: `${path}: ${v} is out of range for ${f.kind === 'int64' || f.kind === 'uint64' ? 'a 64-bit integer (Skiff keeps integers exact up to 2^53-1)' : `an ${f.kind}`}`,
        });
        return undefined;
      }
      return v;
    }
    case 'bytes':
      if (typeof v === 'string' && v.length % 4 === 0 && BASE64.test(v)) return Buffer.from(v, 'base64');
      if (typeof v === 'string') {
        ctx.errors.push({ kind: 'type', path, message: `${path}: illegal base64 data` });
        return undefined;
      }
      break;
    case 'intOrString':
      if (typeof v === 'string') return { strVal: v };
      if (typeof v === 'number' && Number.isInteger(v) && v >= INT_LIMITS.int32[0] && v <= INT_LIMITS.int32[1]) {
        return { intVal: v };
      }
      break;
    case 'message':
      if (isJsonObject(v)) return decodeMessage(f.message!(), v, path, ctx);
      break;
  }
  ctx.errors.push(typeProblem(path, expectedName(f.kind), v));
  return undefined;
}
