/**
 * metav1 Condition lists (`status.conditions` of PodDisruptionBudgets): unique qualified types, a
 * known status, a transition time, a CamelCase reason, bounded message, as Kubernetes'
 * metav1validation.ValidateConditions checks them.
 */
import type { Condition__Output } from '../../generated/skiff/meta/v1/Condition.js';
import { FieldError, type FieldPath, regexError, validateLabelName } from '../index.js';

const MAX_REASON_LENGTH = 1024;
const MAX_MESSAGE_LENGTH = 32 * 1024;
const REASON_FMT = '[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?';
const REASON_RE = new RegExp(`^${REASON_FMT}$`);
const REASON_ERR =
  "a condition reason must start with alphabetic character, optionally followed by a string of alphanumeric characters or '_,:', and must end with an alphanumeric character or '_'";
const STATUSES = ['False', 'True', 'Unknown'];

/** Validates a list of conditions at `path`. */
export function validateConditions(conditions: readonly Condition__Output[] | undefined, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  (conditions ?? []).forEach((c, i) => {
    const p = path.index(i);
    const type = c.type ?? '';
    if (seen.has(type)) errs.push(FieldError.duplicate(p.child('type'), type));
    else seen.add(type);
    errs.push(...validateCondition(c, p));
  });
  return errs;
}

/** Validates one condition at `path`. */
export function validateCondition(c: Condition__Output, path: FieldPath): FieldError[] {
  const errs = validateLabelName(c.type ?? '', path.child('type'));
  const status = c.status ?? '';
  if (!STATUSES.includes(status)) errs.push(FieldError.notSupported(path.child('status'), status, STATUSES));
  if ((c.observedGeneration ?? 0) < 0) {
    errs.push(FieldError.invalid(path.child('observedGeneration'), c.observedGeneration, 'must be greater than or equal to zero'));
  }
  if (!c.lastTransitionTime) errs.push(FieldError.required(path.child('lastTransitionTime'), 'must be set'));
  const reason = c.reason ?? '';
  if (reason.length === 0) errs.push(FieldError.required(path.child('reason'), 'must be set'));
  else {
    if (!REASON_RE.test(reason)) {
      errs.push(
        FieldError.invalid(
          path.child('reason'),
          reason,
          regexError(REASON_ERR, REASON_FMT, 'my_name', 'MY_NAME', 'MyName', 'ReasonA,ReasonB', 'ReasonA:ReasonB'),
        ),
      );
    }
    if (reason.length > MAX_REASON_LENGTH) errs.push(FieldError.tooLong(path.child('reason'), reason, MAX_REASON_LENGTH));
  }
  const message = c.message ?? '';
  if (message.length > MAX_MESSAGE_LENGTH) errs.push(FieldError.tooLong(path.child('message'), message, MAX_MESSAGE_LENGTH));
  return errs;
}
