/**
 * The CronJob schedule grammar Kubernetes accepts (robfig/cron's ParseStandard): five fields
 * (minute, hour, day of month, month, day of week) of `*`, `?`, numbers, names (`jan`, `mon`),
 * ranges, steps and lists, or a descriptor (`@hourly`, `@every 90m`), optionally after `TZ=` or
 * `CRON_TZ=`. Skiff has no cron library, so this is a small parser of its own; it returns
 * robfig/cron's error wording so messages read as Kubernetes'. It only validates: the CronJob
 * controller computes the times.
 */
import { isValidTimeZone } from './time-zone.js';

interface Bounds {
  readonly min: number;
  readonly max: number;
  readonly names?: Readonly<Record<string, number>>;
}

const MONTH_NAMES: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const DAY_NAMES: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/** Minute, hour, day of month, month, day of week, in the order the fields are checked. */
const FIELD_BOUNDS: readonly Bounds[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTH_NAMES },
  { min: 0, max: 6, names: DAY_NAMES },
];

const DESCRIPTORS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);
const GO_DURATION = /^[-+]?((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+$|^[-+]?0$/;

/** Parses a cron schedule, returning undefined when it is valid or robfig/cron's error message. */
export function parseCronSchedule(schedule: string): string | undefined {
  if (schedule.length === 0) return 'empty spec string';
  let spec = schedule;
  if (spec.startsWith('TZ=') || spec.startsWith('CRON_TZ=')) {
    const space = spec.indexOf(' ');
    const zone = spec.slice(spec.indexOf('=') + 1, space < 0 ? undefined : space);
    if (!isValidTimeZone(zone)) return `provided bad location ${zone}: unknown time zone ${zone}`;
    spec = space < 0 ? '' : spec.slice(space).trim();
  }
  if (spec.startsWith('@')) return parseDescriptor(spec);
  const fields = spec.split(/\s+/).filter((f) => f.length > 0);
  if (fields.length !== FIELD_BOUNDS.length) {
    return `expected exactly ${FIELD_BOUNDS.length} fields, found ${fields.length}: [${fields.join(' ')}]`;
  }
  for (let i = 0; i < fields.length; i++) {
    const err = checkField(fields[i], FIELD_BOUNDS[i]);
    if (err !== undefined) return err;
  }
  return undefined;
}

function parseDescriptor(descriptor: string): string | undefined {
  if (DESCRIPTORS.has(descriptor)) return undefined;
  if (descriptor.startsWith('@every ')) {
    const duration = descriptor.slice('@every '.length);
    return GO_DURATION.test(duration)
      ? undefined
      : `failed to parse duration ${descriptor}: time: invalid duration "${duration}"`;
  }
  return `unrecognized descriptor: ${descriptor}`;
}

function checkField(field: string, bounds: Bounds): string | undefined {
  for (const expr of field.split(',').filter((e) => e.length > 0)) {
    const err = checkRange(expr, bounds);
    if (err !== undefined) return err;
  }
  return undefined;
}

function checkRange(expr: string, bounds: Bounds): string | undefined {
  const rangeAndStep = expr.split('/');
  const lowAndHigh = rangeAndStep[0].split('-');
  let start: number;
  let end: number;
  if (lowAndHigh[0] === '*' || lowAndHigh[0] === '?') {
    start = bounds.min;
    end = bounds.max;
  } else {
    const low = parseIntOrName(lowAndHigh[0], bounds.names);
    if (typeof low === 'string') return low;
    start = low;
    if (lowAndHigh.length === 1) end = start;
    else if (lowAndHigh.length === 2) {
      const high = parseIntOrName(lowAndHigh[1], bounds.names);
      if (typeof high === 'string') return high;
      end = high;
    } else return `too many hyphens: ${expr}`;
  }
  let step = 1;
  if (rangeAndStep.length === 2) {
    const parsed = parseNonNegativeInt(rangeAndStep[1]);
    if (typeof parsed === 'string') return parsed;
    step = parsed;
    // "N/step" means "N-max/step".
    if (lowAndHigh.length === 1) end = bounds.max;
  } else if (rangeAndStep.length > 2) return `too many slashes: ${expr}`;
  if (start < bounds.min) return `beginning of range (${start}) below minimum (${bounds.min}): ${expr}`;
  if (end > bounds.max) return `end of range (${end}) above maximum (${bounds.max}): ${expr}`;
  if (start > end) return `beginning of range (${start}) beyond end of range (${end}): ${expr}`;
  if (step === 0) return `step of range should be a positive number: ${expr}`;
  return undefined;
}

function parseIntOrName(expr: string, names: Readonly<Record<string, number>> | undefined): number | string {
  const named = names?.[expr.toLowerCase()];
  return named ?? parseNonNegativeInt(expr);
}

function parseNonNegativeInt(expr: string): number | string {
  if (!/^[+-]?\d+$/.test(expr)) return `failed to parse int from ${expr}: strconv.Atoi: parsing "${expr}": invalid syntax`;
  const n = Number.parseInt(expr, 10);
  if (!Number.isSafeInteger(n)) return `failed to parse int from ${expr}: strconv.Atoi: parsing "${expr}": value out of range`;
  if (n < 0) return `negative number (${n}) not allowed: ${expr}`;
  return n;
}
