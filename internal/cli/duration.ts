/**
 * Durations as Go and Kubernetes write them on command lines (`300ms`, `60s`, `5m`, `1h30m`), held
 * as milliseconds everywhere inside Skiff so they feed a Clock directly.
 */

const UNIT_MS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

const TERM = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h)/y;

/** Parses a Go-style duration into milliseconds; `undefined` when `text` is not one. */
export function parseDuration(text: string): number | undefined {
  // Go accepts a bare "0" and nothing else without a unit: "30" could mean seconds or milliseconds.
  if (text === '0') return 0;
  if (text === '') return undefined;
  let total = 0;
  TERM.lastIndex = 0;
  while (TERM.lastIndex < text.length) {
    const m = TERM.exec(text);
    if (m === null) return undefined;
    total += Number(m[1]) * UNIT_MS[m[2]!]!;
  }
  // Rounding to whole nanoseconds hides binary fractions such as 1.1s = 1100.0000000000002ms.
  total = Math.round(total * 1e6) / 1e6;
  return Number.isFinite(total) && total <= Number.MAX_SAFE_INTEGER ? total : undefined;
}

/** Formats milliseconds the short way round (`90000` is `1m30s`); `parseDuration` reads it back. */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`cannot format duration ${ms}ms`);
  if (ms === 0) return '0s';
  if (ms < 1000) return `${ms}ms`;
  const hours = Math.floor(ms / 3_600_000);
  const minutes = Math.floor((ms % 3_600_000) / 60_000);
  const seconds = Math.round((ms % 60_000) * 1000) / 1e6;
  return (hours > 0 ? `${hours}h` : '') + (minutes > 0 ? `${minutes}m` : '') + (seconds > 0 ? `${seconds}s` : '');
}
