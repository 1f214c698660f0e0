/**
 * JSON values as JSON.parse gives them, and the few operations every patch engine needs on them.
 * Writes go through `setOwn` because a patch may carry a `__proto__` key: plain assignment would
 * change the object's prototype instead of adding a field.
 */

import { isJsonObject, type JsonObject, type JsonValue } from '../codec/json-value.js';

export { isJsonObject, type JsonObject, type JsonValue } from '../codec/json-value.js';

/** True when `key` is an own field of `obj` (never an inherited one such as `constructor`). */
export function hasOwn(obj: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

/** Reads an own field; undefined when absent. */
export function getOwn(obj: JsonObject, key: string): JsonValue | undefined {
  return hasOwn(obj, key) ? obj[key] : undefined;
}

/** Sets an own field, `__proto__` included. */
export function setOwn(obj: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__') {
    Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    obj[key] = value;
  }
}

/** A deep copy, so engines never change the documents they are given. */
export function cloneJson<T extends JsonValue>(v: T): T {
  if (Array.isArray(v)) return v.map((e) => cloneJson(e)) as T;
  if (isJsonObject(v)) {
    const out: JsonObject = {};
    for (const k of Object.keys(v)) setOwn(out, k, cloneJson(v[k]));
    return out as T;
  }
  return v;
}

/** Structural equality: objects by key set and values, arrays element by element. */
export function jsonEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((e, i) => jsonEqual(e, b[i]));
  }
  if (isJsonObject(a)) {
    if (!isJsonObject(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => hasOwn(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

/** The JSON type of a value: 'object', 'array', 'null', 'string', 'number' or 'boolean'. */
export function jsonType(v: JsonValue): 'object' | 'array' | 'null' | 'string' | 'number' | 'boolean' {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'object') return 'object';
  return typeof v as 'string' | 'number' | 'boolean';
}

/** The name Go's JSON decoder gives a value's kind in a type error: object, array, string, number or bool. */
export function goJsonKind(v: JsonValue): 'object' | 'array' | 'string' | 'number' | 'bool' | 'null' {
  const t = jsonType(v);
  return t === 'boolean' ? 'bool' : t;
}
