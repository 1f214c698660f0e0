/**
 * ControllerRevision validation (pkg/apis/apps/validation): data is mandatory and never changes,
 * the revision number is non-negative, and data (raw JSON, kept as text) is nested at most
 * MAX_DATA_DEPTH levels.
 */
import type { ControllerRevision__Output } from '../../generated/skiff/apps/v1/ControllerRevision.js';
import { FieldError, FieldPath, goValue, validateImmutableField, validateNonnegativeField } from '../index.js';
import { GO_RUNTIME_UNKNOWN } from './go-types.js';

const DATA = FieldPath.root('data');

/**
 * How deep data's arrays and objects may nest. Skiff keeps data as text but parses it to serve it
 * as JSON, and JSON.stringify overflows the stack near 5,000 levels: deeper data would be stored
 * and then fail every GET and LIST. Real revisions (a pod template) nest a few dozen levels.
 */
export const MAX_DATA_DEPTH = 1000;

/** Whether the arrays and objects of JSON `text` nest deeper than `max`; brackets inside strings do not count. */
function nestedDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash: the next character is escaped, a quote included
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** Validates a new ControllerRevision (metadata is checked generically). */
export function validateControllerRevision(cr: ControllerRevision__Output): FieldError[] {
  const errs: FieldError[] = [];
  if (cr.data === undefined) errs.push(FieldError.required(DATA, 'data is mandatory'));
  // The value is left out: it is at least MAX_DATA_DEPTH brackets long.
  else if (nestedDeeperThan(cr.data, MAX_DATA_DEPTH)) errs.push(FieldError.invalid(DATA, '<omitted>', `must not be nested more than ${MAX_DATA_DEPTH} levels`));
  errs.push(...validateNonnegativeField(cr.revision ?? 0, FieldPath.root('revision')));
  return errs;
}

/** Validates an update: the revision as on create, and data unchanged. */
export function validateControllerRevisionUpdate(cr: ControllerRevision__Output, old: ControllerRevision__Output): FieldError[] {
  const errs = validateControllerRevision(cr);
  errs.push(...validateImmutableField(cr.data, old.data, DATA, (data) => (data === undefined ? null : goValue(GO_RUNTIME_UNKNOWN, { raw: data }))));
  return errs;
}
