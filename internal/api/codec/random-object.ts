/**
 * Random objects of any proto type, in the internal form, for round-trip tests: every field is
 * present or absent at random, lists and maps have zero to three entries (zero means absent, as
 * the internal form never holds an empty list or map, unless `emptyCollections` asks for some),
 * int-or-string is either arm, bytes are random Buffers, 64-bit integers stay within the safe
 * range. Seeded, so failures reproduce.
 */
import type protobuf from 'protobufjs';
import { isZeroValue, planFor, type FieldPlan, type TypePlan } from './field-plan.js';

/** A small deterministic PRNG (mulberry32). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Options of randomObject. */
export interface RandomObjectOptions {
  /**
   * When a list or map draws zero entries, make it an empty list or map half of the time instead
   * of leaving it out (default false). Off, the draws are exactly those of a generator without
   * this option, so seeded users keep their objects.
   */
  readonly emptyCollections?: boolean;
}

const WORDS = ['web', 'app', 'nginx', 'x', '', 'ünïcödé', 'a b', '500m', '128Mi', 'kube-system', '"quoted"'];

function scalar(f: FieldPlan, rnd: () => number, options: RandomObjectOptions, depth: number): unknown {
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  switch (f.kind) {
    case 'string':
    case 'enum':
      return WORDS[int(0, WORDS.length - 1)];
    case 'rawJson':
      // Compact JSON text: the codec's canonical form of an embedded value.
      return JSON.stringify({ word: WORDS[int(0, WORDS.length - 1)], n: int(0, 9), list: [int(0, 9)] });
    case 'bool':
      return rnd() < 0.5;
    case 'int32':
      return int(-5, 70000) * (rnd() < 0.1 ? 30000 : 1);
    case 'uint32':
      return int(0, 4_000_000);
    case 'int64':
      return rnd() < 0.2 ? Number.MAX_SAFE_INTEGER - int(0, 9) : int(-10, 1_000_000);
    case 'uint64':
      return int(0, 2 ** 40);
    case 'double':
      return int(-1000, 1000) / 8;
    case 'bytes':
      return Buffer.from(Array.from({ length: int(0, 8) }, () => int(0, 255)));
    case 'intOrString':
      return rnd() < 0.5 ? { intVal: int(0, 65535) } : { strVal: rnd() < 0.5 ? '25%' : 'http' };
    case 'message':
      return randomObject(f.message!().type, rnd, options, depth + 1);
  }
}

/** A random internal object of `type`; nesting stops at depth 6. */
export function randomObject(type: protobuf.Type, rnd: () => number, options: RandomObjectOptions = {}, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (depth > 6) return out;
  for (const f of planFor(type).fields) {
    if (rnd() < 0.4) continue;
    if (f.map) {
      const n = Math.floor(rnd() * 4);
      if (n === 0) {
        if (options.emptyCollections && rnd() < 0.5) out[f.name] = {};
        continue;
      }
      const m: Record<string, unknown> = {};
      for (let i = 0; i < n; i++) m[`k${i}${WORDS[i]}`] = scalar(f, rnd, options, depth);
      out[f.name] = m;
    } else if (f.repeated) {
      const n = Math.floor(rnd() * 4);
      if (n === 0) {
        if (options.emptyCollections && rnd() < 0.5) out[f.name] = [];
        continue;
      }
      out[f.name] = Array.from({ length: n }, () => scalar(f, rnd, options, depth));
    } else {
      out[f.name] = scalar(f, rnd, options, depth);
    }
  }
  return out;
}

/**
 * `x` with every empty list and map left out, at every depth (empty messages stay): what protobuf
 * gives back for an object randomObject made with `emptyCollections`, since the wire form writes
 * nothing for an empty repeated or map field and so cannot tell it from an absent one.
 */
export function withoutEmptyCollections(type: protobuf.Type, x: Record<string, unknown>): Record<string, unknown> {
  return strip(planFor(type), x);
}

function strip(plan: TypePlan, x: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(x)) {
    const f = plan.byName.get(key);
    const inner = (e: unknown): unknown => (f?.kind === 'message' ? strip(f.message!(), e as Record<string, unknown>) : e);
    if (f?.map) {
      const entries = Object.entries(v as Record<string, unknown>);
      if (entries.length > 0) out[key] = Object.fromEntries(entries.map(([k, e]) => [k, inner(e)]));
    } else if (f?.repeated) {
      const list = v as unknown[];
      if (list.length > 0) out[key] = list.map(inner);
    } else {
      out[key] = inner(v);
    }
  }
  return out;
}

/**
 * `x` with every value Kubernetes' JSON writes whether or not it was set left out, at every depth: a
 * value struct (a field marked `(skiff.k8s_always) = "struct"`) that holds nothing, and a value scalar
 * (marked "zero") equal to its zero. That is what JSON gives back, since such a field reads the same
 * set or not, so JSON reads it as absent. Apply it after withoutEmptyCollections.
 */
export function withoutZeroValues(type: protobuf.Type, x: Record<string, unknown>): Record<string, unknown> {
  return dropZeroValues(planFor(type), x);
}

function dropZeroValues(plan: TypePlan, x: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(x)) {
    const f = plan.byName.get(key);
    if (f?.always === 'zero' && isZeroValue(f, v)) continue;
    if (f?.kind !== 'message') {
      out[key] = v;
      continue;
    }
    const inner = (e: unknown): Record<string, unknown> => dropZeroValues(f.message!(), e as Record<string, unknown>);
    if (f.map) out[key] = Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([k, e]) => [k, inner(e)]));
    else if (f.repeated) out[key] = (v as unknown[]).map(inner);
    else {
      const stripped = inner(v);
      if (f.always !== 'struct' || Object.keys(stripped).length > 0) out[key] = stripped;
    }
  }
  return out;
}
