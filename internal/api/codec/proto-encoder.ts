/**
 * The proto encoder: `encodeMessage(type, m)` gives the same bytes as protobufjs'
 * `type.encode(m).finish()` for any input protobufjs accepts, without its list of write operations
 * and forks. A generated function per type (made once, as protobufjs makes its own) writes the
 * message backwards, in one pass, into a scratch Buffer kept between calls; the bytes are then
 * copied into a Buffer of exactly their size. A message too big for the scratch Buffer still comes
 * out of that pass with its exact size (writes that fall off the front are dropped), and is written
 * again into its own Buffer. Types protobufjs encodes as groups are left to protobufjs.
 */
import protobuf from 'protobufjs';
import { generateEncoder, isGeneratable } from './proto-encoder-codegen.js';
import * as wire from './wire-writer.js';

/** A type's generated function: see proto-encoder-codegen.ts for its contract. */
interface CompiledEncoder {
  write: (m: object, buf: Buffer, end: number, q: number) => number;
}

/** The scratch Buffer starts at this size and grows, to a power of two, up to SCRATCH_MAX. */
const SCRATCH_MIN = 64 * 1024;
const SCRATCH_MAX = 1024 * 1024;

const NO_SCRATCH = Buffer.alloc(0);
/** Made by the first encode (which, finding none, measures its message first). */
let scratch = NO_SCRATCH;

const compiled = new WeakMap<protobuf.Type, CompiledEncoder | null>();

/** Everything generated source may name besides `m`, `buf`, `p`, `q` and `T`. */
const RUNTIME = {
  ...wire,
  util: protobuf.util,
  has: Object.prototype.hasOwnProperty,
  getProto: Object.getPrototypeOf as (o: object) => object | null,
  OBJECT_PROTO: Object.prototype,
};
const RUNTIME_NAMES = Object.keys(RUNTIME);
const RUNTIME_VALUES = Object.values(RUNTIME);

type Factory = (T: readonly CompiledEncoder[], ...runtime: unknown[]) => CompiledEncoder['write'];

function notYetGenerated(): never {
  throw new Error('proto encoder called before it was generated');
}

/** The encoder of a type whose whole graph is generatable; the entry exists before its dependencies' (types may be recursive). */
function compile(type: protobuf.Type): CompiledEncoder {
  const existing = compiled.get(type);
  if (existing) return existing;
  const entry: CompiledEncoder = { write: notYetGenerated };
  compiled.set(type, entry);
  const source = generateEncoder(type);
  const deps = source.deps.map(compile);
  // Generated code is the fast way here, as it is for protobufjs: straight-line per-field code the
  // JIT can specialise, with no table lookups at run time.
  const factory = new Function(
    'T',
    ...RUNTIME_NAMES,
    `return function ${type.name.replace(/\W/g, '_')}$write(m,buf,p,q){${source.write}}`,
  ) as Factory;
  entry.write = factory(deps, ...RUNTIME_VALUES);
  return entry;
}

function encoderFor(type: protobuf.Type): CompiledEncoder | null {
  const existing = compiled.get(type);
  if (existing !== undefined) return existing;
  type.resolveAll();
  if (!isGeneratable(type)) {
    compiled.set(type, null);
    return null;
  }
  return compile(type);
}

/** Encodes a message exactly as protobufjs' `type.encode(m).finish()` does. */
export function encodeMessage(type: protobuf.Type, m: object): Buffer {
  const encoder = encoderFor(type);
  if (encoder === null) {
    const bytes = type.encode(m).finish();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  // The scratch Buffer is taken for the duration of the call: an encode started from inside this
  // one (a getter could) finds none and writes into its own.
  let buf = scratch;
  scratch = NO_SCRATCH;
  try {
    let start = encoder.write(m, buf, buf.length, 0);
    const size = buf.length - start;
    if (start < 0) {
      if (size > SCRATCH_MAX) return writeExactly(type, encoder, m, size);
      buf = Buffer.allocUnsafeSlow(Math.max(SCRATCH_MIN, 2 ** Math.ceil(Math.log2(size))));
      start = encoder.write(m, buf, buf.length, 0);
      check(type, buf.length - start, size);
    }
    const out = Buffer.allocUnsafe(size);
    buf.copy(out, 0, start, buf.length);
    return out;
  } finally {
    if (buf.length > scratch.length) scratch = buf;
  }
}

/** Writes a message of known size into a Buffer of its own. */
function writeExactly(type: protobuf.Type, encoder: CompiledEncoder, m: object, size: number): Buffer {
  const out = Buffer.allocUnsafe(size);
  check(type, size - encoder.write(m, out, size, 0), size);
  return out;
}

function check(type: protobuf.Type, wrote: number, size: number): void {
  // Two passes over the same object can only disagree if reading it is not repeatable (getters).
  if (wrote !== size) throw new Error(`proto encoder: ${type.fullName} measured ${size} bytes, then wrote ${wrote}`);
}
