/**
 * The metav1 LabelSelector object (`spec.selector` of Deployments, ReplicaSets, ...): its conversion
 * to a Selector (metav1.LabelSelectorAsSelector) and its field validation
 * (metav1validation.ValidateLabelSelector), each with Kubernetes' messages.
 */
import { FieldError, type FieldPath, isValidLabelValue, validateLabelName, validateLabels } from '../validation/index.js';
import { type Operator, type Requirement, compareStrings, newRequirement } from './requirement.js';
import { type Selector, everything, nothing, selectorFromRequirements } from './selector.js';

/** One matchExpressions entry of a metav1 LabelSelector. */
export interface LabelSelectorRequirement {
  readonly key?: string;
  readonly operator?: string;
  readonly values?: readonly string[];
}

/** A metav1 LabelSelector: matchLabels and matchExpressions, ANDed. */
export interface LabelSelector {
  readonly matchLabels?: Readonly<Record<string, string>>;
  readonly matchExpressions?: readonly LabelSelectorRequirement[];
}

/** The outcome of converting a LabelSelector. */
export type LabelSelectorResult =
  | { readonly ok: true; readonly selector: Selector }
  | { readonly ok: false; readonly error: string };

const METAV1_OPERATORS: Readonly<Record<string, Operator>> = {
  In: 'in',
  NotIn: 'notin',
  Exists: 'exists',
  DoesNotExist: '!',
};

/**
 * Converts a LabelSelector to a Selector: undefined selects nothing, an empty one everything. The
 * first bad clause gives the error (`"Foo" is not a valid label selector operator`, or the
 * requirement's own message).
 */
export function labelSelectorAsSelector(ps: LabelSelector | null | undefined): LabelSelectorResult {
  if (ps === null || ps === undefined) return { ok: true, selector: nothing() };
  const matchLabels = ps.matchLabels ?? {};
  const expressions = ps.matchExpressions ?? [];
  if (Object.keys(matchLabels).length + expressions.length === 0) return { ok: true, selector: everything() };
  const reqs: Requirement[] = [];
  for (const k of Object.keys(matchLabels).sort(compareStrings)) {
    const r = newRequirement(k, '=', [matchLabels[k]]);
    if (!r.ok) return { ok: false, error: r.error };
    reqs.push(r.requirement);
  }
  for (const expr of expressions) {
    const operator = expr.operator ?? '';
    const op = Object.prototype.hasOwnProperty.call(METAV1_OPERATORS, operator) ? METAV1_OPERATORS[operator] : undefined;
    if (op === undefined) return { ok: false, error: `"${operator}" is not a valid label selector operator` };
    // Kubernetes copies the values into a fresh list, which is unset (nil) when there are none.
    const values = expr.values !== undefined && expr.values.length > 0 ? [...expr.values] : undefined;
    const r = newRequirement(expr.key ?? '', op, values);
    if (!r.ok) return { ok: false, error: r.error };
    reqs.push(r.requirement);
  }
  return { ok: true, selector: selectorFromRequirements(reqs) };
}

/** Validates a LabelSelector's fields, as the API server does for `spec.selector`. */
export function validateLabelSelector(ps: LabelSelector | null | undefined, path: FieldPath): FieldError[] {
  if (ps === null || ps === undefined) return [];
  const errs = validateLabels(ps.matchLabels, path.child('matchLabels'));
  (ps.matchExpressions ?? []).forEach((expr, i) => {
    errs.push(...validateLabelSelectorRequirement(expr, path.child('matchExpressions').index(i)));
  });
  return errs;
}

/** Validates one matchExpressions entry: In/NotIn need values, Exists/DoesNotExist forbid them. */
export function validateLabelSelectorRequirement(sr: LabelSelectorRequirement, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const values = sr.values ?? [];
  switch (sr.operator) {
    case 'In':
    case 'NotIn':
      if (values.length === 0) {
        errs.push(FieldError.required(path.child('values'), "must be specified when `operator` is 'In' or 'NotIn'"));
      }
      break;
    case 'Exists':
    case 'DoesNotExist':
      if (values.length > 0) {
        errs.push(
          FieldError.forbidden(path.child('values'), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"),
        );
      }
      break;
    default:
      errs.push(FieldError.invalid(path.child('operator'), sr.operator ?? '', 'not a valid selector operator'));
  }
  errs.push(...validateLabelName(sr.key ?? '', path.child('key')));
  values.forEach((v, i) => {
    errs.push(...isValidLabelValue(v).map((msg) => FieldError.invalid(path.child('values').index(i), v, msg)));
  });
  return errs;
}
