/**
 * A compiled view of a protobufjs message type: what the codecs need per field, worked out once per
 * type and cached, so encoding and decoding walk plain arrays instead of reflecting on every call.
 */
import type protobuf from 'protobufjs';

/** The full name of the int-or-string message, which JSON writes as a bare number or string. */
export const INT_OR_STRING = 'skiff.meta.v1.IntOrString';

/** How one value (a field's value, a list element, a map value) is represented. */
export type ValueKind = 'enum' | 'rawJson' | 'string' | 'bool' | 'int32' | 'uint32' | 'int64' | 'uint64' | 'double' | 'bytes' | 'message' | 'intOrString';

/** One field of a message type. */
export interface FieldPlan {
  readonly name: string;
  readonly kind: ValueKind;
  readonly repeated: boolean;
  readonly map: boolean;
  /** The message type's plan for kind 'message' (resolved lazily: types may be recursive). */
  readonly message?: () => TypePlan;
  /**
   * True for a resource.Quantity (a string field, or map of strings, marked `(skiff.k8s_wire) =
   * "quantity"`): Kubernetes' JSON also takes a bare number there (`cpu: 1` in YAML), as its text.
   */
  readonly quantity: boolean;
  /**
   * The `(skiff.k8s_always)` mark: how Kubernetes' JSON writes this field when it is absent, because
   * its Go field has no `omitempty` or cannot be left out ("struct": a value struct, `{}`; "null": a
   * nil pointer, slice or map, or a zero metav1.Time or RawExtension; "zero": a value scalar's zero).
   */
  readonly always?: AlwaysKind;
  /** For a field marked "zero": the JSON of its zero (`""`, `0`, `false`; `"0"` for a Quantity, `0` for an IntOrString). */
  readonly zero?: ZeroJSON;
  readonly field: protobuf.Field;
}

/** How an absent field that Kubernetes' JSON always writes is written: `{}`, `null` or the value's zero. */
export type AlwaysKind = 'struct' | 'null' | 'zero';

/** The JSON of a Go value scalar's zero. */
export type ZeroJSON = string | number | boolean;

/**
 * The value kinds `(skiff.k8s_always) = "zero"` may mark: Go's plain strings, bools and numbers, and
 * its value IntOrString (whose zero is the integer 0).
 */
const ZERO_KINDS: ReadonlySet<ValueKind> = new Set(['string', 'bool', 'int32', 'uint32', 'int64', 'uint64', 'double', 'intOrString']);

/** The JSON Go writes for the zero of a value of `kind`; `quantity` for a resource.Quantity, whose zero is "0". */
function zeroJSON(kind: ValueKind, quantity: boolean): ZeroJSON {
  if (kind === 'string') return quantity ? '0' : '';
  return kind === 'bool' ? false : 0;
}

/**
 * True if `v`, the internal value of a field marked "zero", is that zero: Go cannot tell it from an
 * unset field, so JSON reads it as absent (an IntOrString is `{intVal: 0}` inside).
 */
export function isZeroValue(f: FieldPlan, v: unknown): boolean {
  if (f.kind !== 'intOrString') return v === f.zero;
  return (v as { intVal?: number | null }).intVal === 0;
}

/** A message type's fields in declaration order, and by name. */
export interface TypePlan {
  readonly type: protobuf.Type;
  readonly fields: readonly FieldPlan[];
  readonly byName: ReadonlyMap<string, FieldPlan>;
  /** The fields marked `(skiff.k8s_always)`, in declaration order: what an absent value of this type is written as. */
  readonly alwaysFields: readonly FieldPlan[];
  /** True if any field, at any depth, is a 64-bit integer (the proto decoder must check those). */
  readonly hasLongs: boolean;
  /** True if any field, at any depth, is a proto enum (the encoder must convert names to numbers). */
  readonly hasEnums: boolean;
}

const plans = new WeakMap<protobuf.Type, TypePlan>();

function valueKind(field: protobuf.Field): ValueKind {
  switch (field.type) {
    case 'string':
      return field.options?.['(skiff.raw_json)'] === true ? 'rawJson' : 'string';
    case 'bool':
      return 'bool';
    case 'int32':
    case 'sint32':
    case 'sfixed32':
      return 'int32';
    case 'uint32':
    case 'fixed32':
      return 'uint32';
    case 'int64':
    case 'sint64':
    case 'sfixed64':
      return 'int64';
    case 'uint64':
    case 'fixed64':
      return 'uint64';
    case 'double':
    case 'float':
      return 'double';
    case 'bytes':
      return 'bytes';
    default: {
      const resolved = field.resolvedType;
      // Kubernetes' string enums are strings in Skiff's protos; only foreign protos (gRPC health) have real enums.
      if (!resolved) throw new Error(`field ${field.fullName}: unresolved type ${field.type}`);
      if (!('fieldsArray' in resolved)) return 'enum';
      return resolved.fullName.replace(/^\./, '') === INT_OR_STRING ? 'intOrString' : 'message';
    }
  }
}

/**
 * The `(skiff.k8s_always)` mark of a field, checked against its shape: "struct" belongs on a singular
 * message field; "null" on a list, a map or a singular field other than an enum (a Go pointer, slice or
 * map, a metav1.Time or a RawExtension); "zero" on a singular plain scalar or IntOrString that is not
 * a time. Neither "null" nor "zero" sits with `(skiff.k8s_omitempty)` (Go either leaves a value out
 * or writes it, not both). A mark elsewhere is a mistake in the protos, reported when the type is
 * first planned.
 */
function alwaysKind(field: protobuf.Field, kind: ValueKind): AlwaysKind | undefined {
  const mark: unknown = field.options?.['(skiff.k8s_always)'];
  if (mark === undefined) return undefined;
  const singular = !field.repeated && !field.map;
  const omitempty = field.options?.['(skiff.k8s_omitempty)'] === true;
  if (mark === 'struct' && singular && kind === 'message') return mark;
  if (mark === 'null' && (!singular || kind !== 'enum') && !omitempty) return mark;
  if (mark === 'zero' && singular && ZERO_KINDS.has(kind) && !isTime(field) && !omitempty) return mark;
  const shape = field.map ? 'a map' : field.repeated ? 'a list' : `a field of kind ${kind}`;
  throw new Error(`field ${field.fullName}: (skiff.k8s_always) = ${JSON.stringify(mark)} does not fit ${shape}${omitempty ? ' marked (skiff.k8s_omitempty)' : ''}`);
}

/** True for a string field that holds a metav1.Time: Go writes a zero one as `null`, never as `""`. */
function isTime(field: protobuf.Field): boolean {
  return field.options?.['(skiff.k8s_wire)'] === 'time';
}

/** The plan of a message type (built once, then cached). */
export function planFor(type: protobuf.Type): TypePlan {
  const existing = plans.get(type);
  if (existing) return existing;
  type.resolveAll();
  const fields: FieldPlan[] = type.fieldsArray
    .slice()
    .sort((a, b) => a.id - b.id)
    .map((field) => {
      const kind = valueKind(field);
      const resolved = field.resolvedType as protobuf.Type | null;
      const quantity = kind === 'string' && field.options?.['(skiff.k8s_wire)'] === 'quantity';
      const always = alwaysKind(field, kind);
      return {
        name: field.name,
        kind,
        repeated: field.repeated,
        map: field.map,
        message: kind === 'message' && resolved ? () => planFor(resolved) : undefined,
        quantity,
        always,
        zero: always === 'zero' ? zeroJSON(kind, quantity) : undefined,
        field,
      };
    });
  const plan: TypePlan = {
    type,
    fields,
    byName: new Map(fields.map((f) => [f.name, f])),
    alwaysFields: fields.filter((f) => f.always !== undefined),
    hasLongs: false,
    hasEnums: false,
  };
  plans.set(type, plan);
  const mutable = plan as { hasLongs: boolean; hasEnums: boolean };
  mutable.hasLongs = deepSome(plan, (f) => f.kind === 'int64' || f.kind === 'uint64', new Set());
  mutable.hasEnums = deepSome(plan, (f) => f.kind === 'enum', new Set());
  return plan;
}

function deepSome(plan: TypePlan, test: (f: FieldPlan) => boolean, seen: Set<TypePlan>): boolean {
  if (seen.has(plan)) return false;
  seen.add(plan);
  return plan.fields.some((f) => test(f) || (f.message !== undefined && deepSome(f.message(), test, seen)));
}
