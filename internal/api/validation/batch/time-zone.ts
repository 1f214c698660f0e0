/**
 * Time zone names as a CronJob's `timeZone` takes them: an IANA name the runtime's time zone
 * database knows ("Europe/Paris", "Etc/UTC"), checked as Kubernetes' validateTimeZone checks them.
 * Node's ICU database stands in for Go's; it is case-insensitive where Go's is not, so a name that
 * matches only by case is refused.
 */
import { FieldError, type FieldPath } from '../index.js';

// https://data.iana.org/time-zones/theory.html#naming, with the digits and '+' Kubernetes tolerates.
const VALID_COMPONENT = /^[A-Za-z.\-_0-9+]{1,14}$/;

/** True when `zone` names a time zone of the IANA database (as Go's time.LoadLocation would load it). */
export function isValidTimeZone(zone: string): boolean {
  if (zone === 'UTC' || zone === '') return true;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return false;
  }
  return resolved === zone || resolved.toLowerCase() !== zone.toLowerCase();
}

/** Validates an optional `timeZone`: non-empty, a well-formed IANA name, not `Local`, and known. */
export function validateTimeZone(timeZone: string | undefined, path: FieldPath): FieldError[] {
  if (timeZone === undefined) return [];
  if (timeZone.length === 0) return [FieldError.invalid(path, timeZone, 'timeZone must be nil or non-empty string')];
  for (const part of timeZone.split('/')) {
    if (part === '.' || part === '..' || part.startsWith('-') || !VALID_COMPONENT.test(part)) {
      return [FieldError.invalid(path, timeZone, `unknown time zone ${timeZone}`)];
    }
  }
  const errs: FieldError[] = [];
  if (timeZone.toLowerCase() === 'local') {
    errs.push(
      FieldError.invalid(path, timeZone, 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'),
    );
  }
  // Go loads "Local" as the machine's zone; only other names can be unknown.
  if (timeZone !== 'Local' && !isValidTimeZone(timeZone)) errs.push(FieldError.invalid(path, timeZone, `unknown time zone ${timeZone}`));
  return errs;
}
