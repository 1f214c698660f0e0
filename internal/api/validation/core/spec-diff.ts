/**
 * A short description of how two specs differ, for the "may not change" messages. Kubernetes
 * appends a go-cmp diff there; Skiff lists the differing top-level fields as `- old` / `+ new`
 * JSON lines instead (the text after the first line is for people, not for matching). Callers give
 * the specs as Kubernetes' JSON (kubernetesJSON) where a field may hold an int-or-string.
 */
import { isDeepStrictEqual } from 'node:util';

/** The differing top-level fields of two objects, one `- field: old` / `+ field: new` pair each. */
export function specDiff(oldSpec: object | null | undefined, newSpec: object | null | undefined): string {
  const a = (oldSpec ?? {}) as Record<string, unknown>;
  const b = (newSpec ?? {}) as Record<string, unknown>;
  const lines: string[] = [];
  for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (isDeepStrictEqual(a[k], b[k])) continue;
    if (a[k] !== undefined) lines.push(`- ${k}: ${JSON.stringify(a[k])}`);
    if (b[k] !== undefined) lines.push(`+ ${k}: ${JSON.stringify(b[k])}`);
  }
  return lines.join('\n');
}

/** Whether two values are equal as Kubernetes' semantic equality sees them (absent equals empty). */
export function semanticEqual(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(normalize(a), normalize(b));
}

// Drops absent and empty lists/maps so `[]`, `{}` and undefined compare equal, as nil and empty do in Go.
function normalize(v: unknown): unknown {
  if (Array.isArray(v)) return v.length === 0 ? undefined : v.map(normalize);
  if (Buffer.isBuffer(v)) return v;
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const n = normalize(x);
      if (n !== undefined) out[k] = n;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  return v;
}
