/**
 * Go's `%#v`, which Kubernetes' field errors use for a bad value that is not a string, an int32 or
 * int64, a float or a bool: a struct, a slice, a map, or a value whose String method needs a
 * pointer (a resource.Quantity, an intstr.IntOrString). A decoded Skiff object has lost its Go
 * type, so the caller describes it with a GoType, field by field in the Go struct's order.
 *
 * `%#v` prints a pointer inside a value as its address (`(*int32)(0xc000a1b2c0)`), never what it
 * points to. Go's addresses differ from run to run, so no client can rely on one; Skiff keeps the
 * shape and numbers the pointers of one printed value in order from Go's first heap address, so
 * distinct pointers differ and the same error prints the same text every time.
 */
import { goQuote } from './go-value.js';

/** A Go type, as much of it as `%#v` needs. */
export type GoType =
  | { readonly kind: 'string' }
  | { readonly kind: 'int' }
  | { readonly kind: 'bool' }
  | { readonly kind: 'bytes' }
  | { readonly kind: 'pointer'; readonly elem: string }
  | { readonly kind: 'slice'; readonly name: string; readonly elem: GoType }
  | { readonly kind: 'map'; readonly name: string; readonly elem: GoType }
  | { readonly kind: 'struct'; readonly name: string; readonly fields: readonly GoField[] }
  | { readonly kind: 'custom'; readonly print: (value: unknown) => string };

/** One field of a Go struct: its Go name, its type, and how to read it from the Skiff object. */
export interface GoField {
  readonly name: string;
  readonly type: GoType;
  readonly get: (obj: Readonly<Record<string, unknown>>) => unknown;
}

/** Any Go string kind (string, or a named string type such as apps.DeploymentStrategyType): `"x"`. */
export const GO_STRING: GoType = { kind: 'string' };
/** Any signed Go integer kind: decimal. */
export const GO_INT: GoType = { kind: 'int' };
/** A Go bool. */
export const GO_BOOL: GoType = { kind: 'bool' };
/** A []byte inside a value, held by Skiff as text or a Buffer: `[]uint8{0x7b, 0x7d}`. */
export const GO_BYTES: GoType = { kind: 'bytes' };

/** A pointer to the Go type named `elem` (`apps.RollingUpdateDeployment`, `int32`). */
export function goPointer(elem: string): GoType {
  return { kind: 'pointer', elem };
}

/** A slice of `elem`, named as Go prints it (`[]int32`, `[]core.IPFamily`). */
export function goSlice(name: string, elem: GoType): GoType {
  return { kind: 'slice', name, elem };
}

/** A map with string keys, named as Go prints it (`map[string]string`, `core.ResourceList`). */
export function goMap(name: string, elem: GoType): GoType {
  return { kind: 'map', name, elem };
}

/** A struct named as Go prints it (`apps.DeploymentStrategy`), its fields in declaration order. */
export function goStruct(name: string, fields: readonly GoField[]): GoType {
  return { kind: 'struct', name, fields };
}

/** A type printed by `print` (a resource.Quantity, whose fields Skiff derives from its text). */
export function goCustom(print: (value: unknown) => string): GoType {
  return { kind: 'custom', print };
}

/**
 * A struct field read from the Skiff object's property `key` (the Go name with its first letter
 * lowered, unless given), or computed by `key` when the Go field has no one-to-one property.
 */
export function goField(name: string, type: GoType, key?: string | ((obj: Readonly<Record<string, unknown>>) => unknown)): GoField {
  if (typeof key === 'function') return { name, type, get: key };
  const property = key ?? name[0].toLowerCase() + name.slice(1);
  return { name, type, get: (obj) => obj[property] };
}

/** What a printed address looks like: Go's heap on 64-bit Linux starts at 0xc000000000. */
export const GO_ADDRESS_PATTERN = /0xc[0-9a-f]{9}/g;

/** Where the addresses of one printed value start: the bottom of Go's heap on 64-bit Linux. */
const FIRST_ADDRESS = 0xc000010000;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` as Go's `%#v` prints a value of `type`; absent and null stand for Go's zero value. */
export function formatGoSyntax(type: GoType, value: unknown): string {
  let next = FIRST_ADDRESS;
  const address = (): string => '0x' + (next += 0x10).toString(16);
  return print(type, value, address);
}

function print(type: GoType, value: unknown, address: () => string): string {
  switch (type.kind) {
    case 'string':
      return goQuote(typeof value === 'string' ? value : '');
    case 'int':
      if (typeof value === 'bigint') return value.toString();
      // Digits, never exponent notation; a non-integer cannot come from a Go integer field.
      if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value).toString() : String(value);
      return '0';
    case 'bool':
      return value === true ? 'true' : 'false';
    case 'bytes': {
      const bytes = typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.isBuffer(value) ? value : undefined;
      if (bytes === undefined || bytes.length === 0) return '[]uint8(nil)';
      return `[]uint8{${[...bytes].map((b) => '0x' + b.toString(16)).join(', ')}}`;
    }
    case 'pointer':
      return `(*${type.elem})(${value === undefined || value === null ? 'nil' : address()})`;
    case 'slice': {
      // Skiff does not tell an empty list from an unset one; an unset one is what clients send.
      if (!Array.isArray(value) || value.length === 0) return `${type.name}(nil)`;
      return `${type.name}{${value.map((v) => print(type.elem, v, address)).join(', ')}}`;
    }
    case 'map': {
      if (!isRecord(value)) return `${type.name}(nil)`;
      const body = Object.keys(value)
        .sort()
        .map((k) => `${goQuote(k)}:${print(type.elem, value[k], address)}`)
        .join(', ');
      return `${type.name}{${body}}`;
    }
    case 'struct': {
      const obj = isRecord(value) ? value : {};
      return `${type.name}{${type.fields.map((f) => `${f.name}:${print(f.type, f.get(obj), address)}`).join(', ')}}`;
    }
    case 'custom':
      return type.print(value);
  }
}

/**
 * A bad value of Go type `type` for a FieldError, which prints a symbol's description as is.
 * Kubernetes passes a struct through a pointer, which it follows before printing, so a struct is
 * given as the struct's type and an absent one is a nil pointer, printed `null`; an absent slice
 * or map is Go's typed nil (`[]int32(nil)`).
 */
export function goValue(type: GoType, value: unknown): symbol | null {
  if ((value === undefined || value === null) && type.kind === 'struct') return null;
  return Symbol(formatGoSyntax(type, value));
}
