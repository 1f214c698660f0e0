/**
 * Int-or-percent fields (`maxSurge`, `maxUnavailable`, `minAvailable`): a non-negative count or a
 * percentage string such as "25%", checked and read as Kubernetes' apps validation does. Policy
 * (PodDisruptionBudget) shares these checks, as it does in Kubernetes.
 */
import type { IntOrString__Output } from '../../generated/skiff/meta/v1/IntOrString.js';
import { FieldError, type FieldPath, GO_INT_OR_STRING, goValue, regexError, validateNonnegativeField } from '../index.js';

const PERCENT_FMT = '[0-9]+%';
const PERCENT_RE = new RegExp(`^${PERCENT_FMT}$`);
const PERCENT_ERR = "a valid percent string must be a numeric string followed by an ending '%'";

/** Kubernetes' IsValidPercent: the reasons `s` is not a percentage like "25%", empty when it is one. */
export function isValidPercent(s: string): string[] {
  return PERCENT_RE.test(s) ? [] : [regexError(PERCENT_ERR, PERCENT_FMT, '1%', '93%')];
}

/**
 * An int-or-string as Kubernetes' errors print it: the intstr.IntOrString struct
 * (`intstr.IntOrString{Type:1, IntVal:0, StrVal:"150%"}`), its String method being out of reach.
 */
export function intOrStringValue(v: IntOrString__Output): symbol | null {
  return goValue(GO_INT_OR_STRING, v);
}

/** A non-negative integer or a valid percentage string. */
export function validatePositiveIntOrPercent(v: IntOrString__Output, path: FieldPath): FieldError[] {
  if (v.strVal !== undefined) return isValidPercent(v.strVal).map((msg) => FieldError.invalid(path, intOrStringValue(v), msg));
  return validateNonnegativeField(v.intVal ?? 0, path);
}

/** The percentage of a valid percent string, or undefined when `v` is not one. */
export function percentValue(v: IntOrString__Output): number | undefined {
  if (v.strVal === undefined || isValidPercent(v.strVal).length > 0) return undefined;
  return Number.parseInt(v.strVal.slice(0, -1), 10);
}

/**
 * The number an int-or-string stands for, as Kubernetes' getIntOrPercentValue: a percentage's
 * number, an integer, or a numeric string's value (0 for anything else).
 */
export function intOrPercentValue(v: IntOrString__Output): number {
  const percent = percentValue(v);
  if (percent !== undefined) return percent;
  if (v.strVal !== undefined) return /^[+-]?\d+$/.test(v.strVal) ? Number.parseInt(v.strVal, 10) : 0;
  return v.intVal ?? 0;
}

/** `must not be greater than 100%` for a percentage above 100; anything else passes. */
export function isNotMoreThan100Percent(v: IntOrString__Output, path: FieldPath): FieldError[] {
  const percent = percentValue(v);
  if (percent === undefined || percent <= 100) return [];
  return [FieldError.invalid(path, intOrStringValue(v), 'must not be greater than 100%')];
}
