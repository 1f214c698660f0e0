/**
 * kubectl's generic describer (genericDescriber), which it uses for kinds without a describer of
 * their own, such as Events, Leases, ControllerRevisions and PodTemplates: the head, then every
 * field of the object's JSON in sorted order under labels made from the field names.
 */
import type { JsonObject, JsonValue, KubeObject } from '../../api/index.js';
import { writeAnnotations, writeLabels } from './describe-helpers.js';
import type { PrefixWriter } from './prefix-writer.js';

const ACRONYMS = new Set(['API', 'URL', 'UID', 'OSB', 'GUID']);
const SKIPPED = new Set(['.metadata.managedFields', '.metadata.name', '.metadata.namespace', '.metadata.labels', '.metadata.annotations']);

function charClass(c: string): number {
  if (c.toLowerCase() === c && c.toUpperCase() !== c) return 1;
  if (c.toUpperCase() === c && c.toLowerCase() !== c) return 2;
  if (/\p{Nd}/u.test(c)) return 3;
  return 4;
}

/** A camel-case name split into words as github.com/fatih/camelcase does (`podIPs` → pod, I, Ps). */
export function camelCaseSplit(s: string): string[] {
  const runs: string[][] = [];
  let last = 0;
  for (const c of s) {
    const cls = charClass(c);
    if (cls === last) runs[runs.length - 1]!.push(c);
    else runs.push([c]);
    last = cls;
  }
  for (let i = 0; i < runs.length - 1; i++) {
    const cur = runs[i]!;
    const next = runs[i + 1]!;
    if (cur.length > 0 && next.length > 0 && charClass(cur[0]!) === 2 && charClass(next[0]!) === 1) next.unshift(cur.pop()!);
  }
  return runs.filter((r) => r.length > 0).map((r) => r.join(''));
}

/** kubectl's smartLabelFor: `apiVersion` → `API Version`; names with other than letters and `-` stay as they are. */
export function smartLabel(field: string): string {
  if ([...field].some((c) => c !== '-' && charClass(c) > 2)) return field;
  return camelCaseSplit(field)
    .filter((p) => p !== '_')
    .map((p) => (ACRONYMS.has(p.toUpperCase()) ? p.toUpperCase() : p[0]!.toUpperCase() + p.slice(1)))
    .join(' ');
}

/** A scalar as Go's `%v` prints a decoded JSON value. */
function goValue(v: JsonValue): string {
  if (v === null) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goValue).join(' ')}]`;
  if (typeof v === 'object') return `map[${Object.keys(v).sort().map((k) => `${k}:${goValue(v[k]!)}`).join(' ')}]`;
  return String(v);
}

function writeContent(w: PrefixWriter, level: number, content: JsonObject, prefix: string): void {
  for (const field of Object.keys(content).sort()) {
    const path = `${prefix}.${field}`;
    if (SKIPPED.has(path)) continue;
    const v = content[field]!;
    if (Array.isArray(v)) {
      w.write(level, `${smartLabel(field)}:\n`);
      for (const child of v) {
        if (child !== null && typeof child === 'object' && !Array.isArray(child)) writeContent(w, level + 1, child, path);
        else w.write(level + 1, `${goValue(child)}\n`);
      }
    } else if (v !== null && typeof v === 'object') {
      w.write(level, `${smartLabel(field)}:\n`);
      writeContent(w, level + 1, v, path);
    } else w.write(level, `${smartLabel(field)}:\t${goValue(v)}\n`);
  }
}

/** The JSON with string fields that hold raw JSON objects (a ControllerRevision's `data`) decoded, as the API server serves them. */
export function withRawFields(json: JsonObject, fields: readonly string[]): JsonObject {
  const out: JsonObject = { ...json };
  for (const f of fields) {
    const v = out[f];
    if (typeof v !== 'string') continue;
    try {
      out[f] = JSON.parse(v) as JsonValue;
    } catch {
      // Not JSON: shown as the string it is.
    }
  }
  return out;
}

/** The generic description of an object from its JSON, without the Events. */
export function describeUnstructured(w: PrefixWriter, obj: KubeObject, json: JsonObject): void {
  const m = obj.metadata ?? {};
  w.field(0, 'Name', m.name ?? '');
  w.field(0, 'Namespace', m.namespace ?? '');
  writeLabels(w, 0, 'Labels', m.labels);
  writeAnnotations(w, 0, m.annotations);
  writeContent(w, 0, json, '');
}
