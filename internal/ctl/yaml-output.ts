/**
 * YAML as kubectl prints it (sigs.k8s.io/yaml over go-yaml v2): keys sorted, list items not
 * indented under their key, no line folding, and strings quoted wherever YAML 1.1 would read them as
 * something else (`"yes"`, `"123"`, timestamps).
 */
import { stringify } from 'yaml';

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object' && !Buffer.isBuffer(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) out[k] = sortKeys((v as Record<string, unknown>)[k]);
    return out;
  }
  return v;
}

/** The YAML text of a JSON value, ending in a newline. */
export function toYaml(value: unknown): string {
  return stringify(sortKeys(value), { indentSeq: false, lineWidth: 0, version: '1.1' });
}
