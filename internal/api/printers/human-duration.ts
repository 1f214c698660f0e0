/**
 * Ages and durations as Kubernetes prints them (k8s.io/apimachinery/pkg/util/duration.HumanDuration):
 * about two significant figures, so `5s`, `2m30s`, `10m`, `3h5m`, `2d3h`, `89d`, `3y45d`.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAYS_PER_YEAR = 365;

// A timestamp this old is Go's zero time.Time, which Kubernetes treats as absent.
const GO_ZERO_TIME_PREFIX = '0001-01-01T00:00:00';

/** The duration `ms` milliseconds long as Kubernetes' duration.HumanDuration writes it. */
export function humanDuration(ms: number): string {
  // Go converts with truncation toward zero, and tolerates clocks up to 2s apart as "now".
  const seconds = Math.trunc(ms / SECOND);
  if (seconds < -1) return '<invalid>';
  if (seconds < 0) return '0s';
  if (seconds < 2 * 60) return `${seconds}s`;

  const minutes = Math.trunc(ms / MINUTE);
  if (minutes < 10) {
    const s = seconds % 60;
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`;
  }
  if (minutes < 3 * 60) return `${minutes}m`;

  const hours = Math.trunc(ms / HOUR);
  if (hours < 8) {
    const m = minutes % 60;
    return m === 0 ? `${hours}h` : `${hours}h${m}m`;
  }
  if (hours < 48) return `${hours}h`;
  const days = Math.trunc(hours / 24);
  if (hours < 24 * 8) {
    const h = hours % 24;
    return h === 0 ? `${days}d` : `${days}d${h}h`;
  }
  if (hours < 24 * DAYS_PER_YEAR * 2) return `${days}d`;
  const years = Math.trunc(days / DAYS_PER_YEAR);
  if (hours < 24 * DAYS_PER_YEAR * 8) {
    const d = days % DAYS_PER_YEAR;
    return d === 0 ? `${years}y` : `${years}y${d}d`;
  }
  return `${years}y`;
}

/** Milliseconds since the epoch of an RFC 3339 timestamp, or undefined when absent, zero or unparsable. */
export function timestampMillis(ts: string | null | undefined): number | undefined {
  if (ts === undefined || ts === null || ts === '' || ts.startsWith(GO_ZERO_TIME_PREFIX)) return undefined;
  const ms = Date.parse(ts);
  return Number.isNaN(ms) ? undefined : ms;
}

/** How long ago `ts` was at `now` (ms since the epoch), as an AGE cell: `<unknown>` when absent. */
export function translateTimestampSince(ts: string | null | undefined, now: number): string {
  const ms = timestampMillis(ts);
  return ms === undefined ? '<unknown>' : humanDuration(now - ms);
}
