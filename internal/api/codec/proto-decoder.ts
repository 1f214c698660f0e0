/**
 * The single-pass proto decoder: protobuf bytes straight to the internal object, with no protobufjs
 * Message instances, no long.js Longs and no toObject pass. Per message type a decode function is
 * generated once (as protobufjs generates its own) and cached.
 *
 * Contract: for a Buffer that protobufjs decodes, `decodeProtoFast` returns what
 * `type.toObject(type.decode(bytes), LOADER_OPTIONS)` returns after the unsafe-integer check: the same
 * keys, values and value types, quirks included (see proto-decoder.test.ts), though the keys come out
 * in the order their fields first appear on the wire where protobufjs gives field-number order. Lists
 * and maps are only ever the object's own properties, never ones inherited from a polluted
 * Object.prototype. For anything else (malformed bytes, an int64 past 2^53-1, a shape this decoder
 * leaves to protobufjs: groups, non-string map keys, a map entry without its message value, a field
 * on the wire with a wire type its declaration does not give it) it throws DECODE_BAILOUT, and
 * `decodeProto` falls back to the protobufjs path, which gives the exact result or DecodeError.
 */
import protobuf from 'protobufjs';
import type { Internal } from './json-codec.js';
import * as wire from './wire-reader.js';
import { DECODE_BAILOUT, WireReader } from './wire-reader.js';

/** The reads generated code calls, by name. */
const READS = {
  readVarint32: wire.readVarint32,
  readInt64: wire.readInt64,
  readUint64: wire.readUint64,
  readSint64: wire.readSint64,
  readFixed64Number: wire.readFixed64Number,
  readSfixed64: wire.readSfixed64,
  readFixed32: wire.readFixed32,
  readFloat: wire.readFloat,
  readDouble: wire.readDouble,
  readString: wire.readString,
  readBytes: wire.readBytes,
  readLimit: wire.readLimit,
  skipField: wire.skipField,
  setMapEntry: wire.setMapEntry,
  hasOwn: Object.hasOwn,
};
const READ_NAMES = Object.keys(READS) as Array<keyof typeof READS>;

/** Decodes one message from the cursor up to `end`; `depth` is the nesting depth, 0 at the top. */
type MessageDecoder = (r: WireReader, end: number, depth: number) => Record<string, unknown>;

/** A type's decoder, filled in after generation; nested types call each other through these (types may be recursive). */
interface CompiledType {
  decode: MessageDecoder;
}

const compiled = new WeakMap<protobuf.Type, CompiledType>();

/** Decodes protobuf bytes into an internal object in one pass; throws DECODE_BAILOUT when only protobufjs can answer exactly. */
export function decodeProtoFast(type: protobuf.Type, bytes: Buffer): Internal {
  return compiledFor(type).decode(new WireReader(bytes), bytes.length, 0) as Internal;
}

function bailOut(): never {
  throw DECODE_BAILOUT;
}

function compiledFor(type: protobuf.Type): CompiledType {
  const existing = compiled.get(type);
  if (existing) return existing;
  const entry: CompiledType = { decode: bailOut };
  // Registered before generating, so a recursive type finds itself.
  compiled.set(type, entry);
  entry.decode = generate(type);
  return entry;
}

/** The wire type each proto scalar type is written with. */
const WIRE_TYPE: Record<string, number> = {
  int32: 0, uint32: 0, sint32: 0, int64: 0, uint64: 0, sint64: 0, bool: 0,
  fixed64: 1, sfixed64: 1, double: 1,
  fixed32: 5, sfixed32: 5, float: 5,
  string: 2, bytes: 2,
};

/** Names the generated code can use: the reads, the bailout, and per type its nested decoders and enum tables. */
interface Scope {
  readonly subs: CompiledType[];
  readonly enums: Array<Readonly<Record<string, unknown>>>;
}

/** An expression reading one scalar value of proto type `type` that ends by `end`. */
function scalarRead(type: string, end: string): string {
  switch (type) {
    case 'int32':
      return `(readVarint32(r,${end})|0)`;
    case 'uint32':
      return `readVarint32(r,${end})`;
    case 'sint32':
      return `((x=readVarint32(r,${end}))>>>1^-(x&1)|0)`;
    case 'bool':
      return `(readVarint32(r,${end})!==0)`;
    case 'int64':
      return `readInt64(r,${end})`;
    case 'uint64':
      return `readUint64(r,${end})`;
    case 'sint64':
      return `readSint64(r,${end})`;
    case 'fixed64':
      return `readFixed64Number(r,${end})`;
    case 'sfixed64':
      return `readSfixed64(r,${end})`;
    case 'fixed32':
      return `readFixed32(r,${end})`;
    case 'sfixed32':
      return `(readFixed32(r,${end})|0)`;
    case 'float':
      return `readFloat(r,${end})`;
    case 'double':
      return `readDouble(r,${end})`;
    case 'string':
      return `readString(r,${end})`;
    case 'bytes':
      return `readBytes(r,${end})`;
    default:
      throw new Error(`proto-decoder: no read for scalar type ${type}`);
  }
}

/** How one value of a field (the field's own, a list element, a map value) is read. */
interface ValueCode {
  /** The wire type it is written with. */
  readonly wireType: number;
  /** Statements that leave the value in `v`, reading up to `end`. */
  read(end: string): string;
  /** Whether a list of it may come packed. */
  readonly packable: boolean;
}

function valueCode(field: protobuf.Field, scope: Scope): ValueCode | undefined {
  const resolved = field.resolvedType;
  if (resolved instanceof protobuf.Type) {
    if (field.delimited) return undefined; // groups: left to protobufjs
    const i = scope.subs.push(compiledFor(resolved)) - 1;
    return {
      wireType: 2,
      packable: false,
      read: (end) => `e=readLimit(r,${end});v=S[${i}].decode(r,e,d+1);`,
    };
  }
  if (resolved instanceof protobuf.Enum) {
    // toObject with enums: String: the value's name, or the number when the enum does not name it.
    const i = scope.enums.push(resolved.values) - 1;
    return {
      wireType: 0,
      packable: true,
      read: (end) => `x=readVarint32(r,${end})|0;v=N[${i}][x];if(v===undefined)v=x;`,
    };
  }
  const wireType = WIRE_TYPE[field.type];
  if (wireType === undefined) return undefined;
  return { wireType, packable: wireType !== 2, read: (end) => `v=${scalarRead(field.type, end)};` };
}

/** The switch cases of one field: each `case tag:` with its code, ending in `break`. */
function fieldCases(field: protobuf.Field, scope: Scope): string {
  const key = JSON.stringify(field.name);
  const value = valueCode(field, scope);
  if (value === undefined) return '';
  const tag = (wt: number): number => field.id * 8 + wt;
  if (field instanceof protobuf.MapField) {
    if (field.keyType !== 'string') return ''; // protobufjs stringifies other keys its own way; left to it
    // An entry without a key has key ""; without a value, the type's default, as protobufjs decodes
    // it (bytes: a fresh []; an enum: the name of 0); a missing message value is left to protobufjs,
    // which hands toObject a null.
    const resolved = field.resolvedType;
    const missing =
      resolved instanceof protobuf.Type
        ? 'null'
        : resolved instanceof protobuf.Enum
          ? JSON.stringify(resolved.values[0] ?? 0)
          : JSON.stringify(protobuf.types.defaults[field.type as keyof typeof protobuf.types.defaults]);
    return (
      `case ${tag(2)}:{m=readLimit(r,end);k="";v=${missing};` +
      `while(r.pos<m){t=r.buf[r.pos];if(t<128)r.pos++;else t=readVarint32(r,m);` +
      `if(t===10)k=readString(r,m);else if(t===${8 * 2 + value.wireType}){${value.read('m')}}` +
      `else if(t>>>3===1||t>>>3===2)throw B;else skipField(r,m,t&7);}` +
      `if(r.pos!==m)throw B;${resolved instanceof protobuf.Type ? 'if(v===null)throw B;' : ''}` +
      `a=o[${key}];if(a===undefined||!hasOwn(o,${key}))o[${key}]=a={};setMapEntry(a,k,v);break;}`
    );
  }
  if (field.repeated) {
    // An own-property check, so a list inherited from a polluted Object.prototype is never pushed into.
    const push = `a=o[${key}];if(a===undefined||!hasOwn(o,${key}))o[${key}]=[v];else a.push(v);`;
    let cases = `case ${tag(value.wireType)}:{${value.read('end')}${push}break;}`;
    if (value.packable) {
      // Packed: elements up to the list's end; an empty packed list leaves the field absent, as toObject does.
      cases += `case ${tag(2)}:{m=readLimit(r,end);while(r.pos<m){${value.read('m')}${push}}if(r.pos!==m)throw B;break;}`;
    }
    return cases;
  }
  // A field given twice: the last value wins, a message included (protobufjs replaces, it does not merge).
  return `case ${tag(value.wireType)}:{${value.read('end')}o[${key}]=v;break;}`;
}

/**
 * A constructor of plain objects (their prototype is Object.prototype, as `{}`'s): one per message
 * type, so V8 sizes that type's objects to the fields its messages carry and keeps them inside the
 * object, where `{}` holds four and moves the rest to a separate, growing array.
 */
function plainObjectConstructor(): new () => Record<string, unknown> {
  const Obj = function (this: Record<string, unknown>) {} as unknown as new () => Record<string, unknown>;
  Obj.prototype = Object.prototype;
  return Obj;
}

function generate(type: protobuf.Type): MessageDecoder {
  type.resolveAll();
  const scope: Scope = { subs: [], enums: [] };
  const fields = type.fieldsArray;
  if (fields.some((f) => f.required)) return bailOut; // proto2 required: protobufjs checks presence after decoding
  const cases = fields.map((f) => fieldCases(f, scope)).join('\n');
  // A known field number with a wire type its declaration does not give: protobufjs reads it anyway, as its own type.
  const known = fields.length === 0 ? '' : `switch (t >>> 3) { ${fields.map((f) => `case ${f.id}:`).join('')} throw B; }`;
  // A list grown by push keeps room for 16 more; decoded objects are often kept (the watch cache),
  // so lists of two or more are copied to their exact length once the message is read.
  const trims = fields
    .filter((f) => f.repeated && !(f instanceof protobuf.MapField))
    .map((f) => JSON.stringify(f.name))
    .map((key) => `if(hasOwn(o,${key})&&(a=o[${key}]).length>1)o[${key}]=a.slice();`)
    .join('');
  const body = `
return function ${type.name.replace(/\W/g, '_')}$decodeFast(r, end, d) {
  if (d > LIMIT) throw B;
  var o = new Obj(), t, v, x, e, m, k, a;
  while (r.pos < end) {
    t = r.buf[r.pos];
    if (t < 128) r.pos++; else t = readVarint32(r, end);
    switch (t) {
${cases}
      default:
        ${known}
        skipField(r, end, t & 7);
    }
  }
  if (r.pos !== end) throw B;
  ${trims}
  return o;
};`;
  const factory = new Function(...READ_NAMES, 'B', 'S', 'N', 'LIMIT', 'Obj', body) as (...args: unknown[]) => MessageDecoder;
  return factory(...READ_NAMES.map((name) => READS[name]), DECODE_BAILOUT, scope.subs, scope.enums, protobuf.Reader.recursionLimit, plainObjectConstructor());
}
