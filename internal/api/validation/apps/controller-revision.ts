/**
 * ControllerRevision validation (pkg/apis/apps/validation): data is mandatory and never changes,
 * the revision number is non-negative.
 */
import type { ControllerRevision__Output } from '../../generated/skiff/apps/v1/ControllerRevision.js';
import { FieldError, FieldPath, validateImmutableField, validateNonnegativeField } from '../index.js';

const DATA = FieldPath.root('data');

/** Validates a new ControllerRevision (metadata is checked generically). */
export function validateControllerRevision(cr: ControllerRevision__Output): FieldError[] {
  const errs: FieldError[] = [];
  if (cr.data === undefined) errs.push(FieldError.required(DATA, 'data is mandatory'));
  errs.push(...validateNonnegativeField(cr.revision ?? 0, FieldPath.root('revision')));
  return errs;
}

/** Validates an update: the revision as on create, and data unchanged. */
export function validateControllerRevisionUpdate(cr: ControllerRevision__Output, old: ControllerRevision__Output): FieldError[] {
  const errs = validateControllerRevision(cr);
  errs.push(...validateImmutableField(cr.data, old.data, DATA));
  return errs;
}
