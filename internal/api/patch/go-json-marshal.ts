/**
 * A JSON value as Go's json.Marshal writes a decoded document, which is how Kubernetes shows a
 * patched object in a `patch: Invalid value` error: compact, map keys sorted, and `<`, `>`, `&`,
 * U+2028 and U+2029 escaped as `\u003c` and so on.
 */
import { isJsonObject, type JsonValue } from './json-value.js';

const GO_ESCAPES: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

function goString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => GO_ESCAPES[c]);
}

/** The compact JSON Go's json.Marshal writes for `v`. */
export function goJsonMarshal(v: JsonValue): string {
  if (typeof v === 'string') return goString(v);
  if (Array.isArray(v)) return `[${v.map(goJsonMarshal).join(',')}]`;
  if (isJsonObject(v)) {
    const fields = Object.keys(v)
      .sort()
      .map((k) => `${goString(k)}:${goJsonMarshal(v[k])}`);
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(v);
}
