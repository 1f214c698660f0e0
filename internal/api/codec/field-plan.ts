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
   * its Go field is a value ("struct": `{}`; "null": a zero metav1.Time or RawExtension; "zero": the
   * scalar's zero, `""`, `0` or `false`).
   */
  readonly always?: AlwaysKind;
  readonly field: protobuf.Field;
}

/** How an absent field that Kubernetes' JSON always writes is written: `{}`, `null` or the scalar's zero. */
export type AlwaysKind = 'struct' | 'null' | 'zero';

/** The value kinds `(skiff.k8s_always) = "zero"` may mark: Go's plain strings, bools and numbers. */
const ZERO_KINDS: ReadonlySet<ValueKind> = new Set(['string', 'bool', 'int32', 'uint32', 'int64', 'uint64', 'double']);

/** The zero Go writes for a plain scalar of one of the kinds `(skiff.k8s_always) = "zero"` may mark. */
export function scalarZero(kind: ValueKind): string | boolean | number {
  if (kind === 'string') return '';
  return kind === 'bool' ? false : 0;
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
 * message field, "null" on a singular string (a time) or raw JSON field, "zero" on a singular plain
 * scalar that is not also `(skiff.k8s_omitempty)` (Go either leaves a zero out or writes it, not
 * both). A mark elsewhere is a mistake in the protos, reported when the type is first planned.
 */
function alwaysKind(field: protobuf.Field, kind: ValueKind): AlwaysKind | undefined {
  const mark: unknown = field.options?.['(skiff.k8s_always)'];
  if (mark === undefined) return undefined;
  const singular = !field.repeated && !field.map;
  if (mark === 'struct' && singular && kind === 'message') return mark;
  if (mark === 'null' && singular && (kind === 'string' || kind === 'rawJson')) return mark;
  if (mark === 'zero' && singular && ZERO_KINDS.has(kind) && !isTime(field) && field.options?.['(skiff.k8s_omitempty)'] !== true) return mark;
  throw new Error(`field ${field.fullName}: (skiff.k8s_always) = ${JSON.stringify(mark)} does not fit a field of kind ${kind}`);
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
      return {
        name: field.name,
        kind,
        repeated: field.repeated,
        map: field.map,
        message: kind === 'message' && resolved ? () => planFor(resolved) : undefined,
        quantity: kind === 'string' && field.options?.['(skiff.k8s_wire)'] === 'quantity',
        always: alwaysKind(field, kind),
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
