/**
 * Port ranges as `--service-node-port-range` takes them, with Kubernetes' three spellings:
 * `30000-32767`, a single port `30000`, and `30000+2767` (base plus offset).
 */

/** Kubernetes' default NodePort range. */
export const DEFAULT_NODE_PORT_RANGE = '30000-32767';

/** A range of ports: `base` up to `base + size - 1`. */
export interface PortRange {
  readonly base: number;
  readonly size: number;
}

/** A parsed range, or the rule the text breaks (one clause, fit for a flag error line). */
export type PortRangeResult = { readonly ok: true; readonly range: PortRange } | { readonly ok: false; readonly error: string };

const PORT = /^[0-9]{1,5}$/;

/** Parses `LOW-HIGH`, `PORT` or `LOW+OFFSET`. */
export function parsePortRange(text: string): PortRangeResult {
  const value = text.trim();
  const fail = (why: string): PortRangeResult => ({ ok: false, error: `invalid port range ${JSON.stringify(text)}: ${why}` });
  const hyphen = value.indexOf('-');
  const plus = value.indexOf('+');
  if (hyphen >= 0 && plus >= 0) return fail('use LOW-HIGH or LOW+OFFSET, not both');
  const sep = hyphen >= 0 ? hyphen : plus;
  const parts = sep >= 0 ? [value.slice(0, sep), value.slice(sep + 1)] : [value, value];
  if (!parts.every((p) => PORT.test(p))) return fail('must be LOW-HIGH, as in 30000-32767');
  const low = Number(parts[0]);
  const high = plus >= 0 ? low + Number(parts[1]) : Number(parts[1]);
  if (low > 65535 || high > 65535) return fail('ports cannot be greater than 65535');
  if (high < low) return fail('the end port cannot be less than the start port');
  if (low === 0) return fail('port 0 cannot be part of a range');
  return { ok: true, range: { base: low, size: high - low + 1 } };
}

/** The rule `text` breaks, or undefined when it is a good range; fits `StringFlagDecl.validate`. */
export function validatePortRange(text: string): string | undefined {
  const result = parsePortRange(text);
  return result.ok ? undefined : result.error;
}

/** The range as Kubernetes prints it (`30000-32767`); `parsePortRange` reads it back. */
export function formatPortRange(range: PortRange): string {
  return `${range.base}-${range.base + range.size - 1}`;
}
