/**
 * PodDisruptionBudget validation (pkg/apis/policy/validation): at most one of minAvailable and
 * maxUnavailable, each a count or a percentage up to 100%, a valid selector, a known unhealthy-pod
 * eviction policy; a status update checks the counters and conditions. Neither bound set is
 * valid, as in Kubernetes (the budget then allows every eviction).
 */
import type { PodDisruptionBudget__Output } from '../../generated/skiff/policy/v1/PodDisruptionBudget.js';
import type { PodDisruptionBudgetSpec__Output } from '../../generated/skiff/policy/v1/PodDisruptionBudgetSpec.js';
import type { PodDisruptionBudgetStatus__Output } from '../../generated/skiff/policy/v1/PodDisruptionBudgetStatus.js';
import { validateLabelSelector } from '../../labels/index.js';
import { FieldError, FieldPath, type GoType, goField, goPointer, goStruct, goValue, validateNonnegativeField } from '../index.js';
import { isNotMoreThan100Percent, validatePositiveIntOrPercent } from '../apps/index.js';
import { validateConditions } from './conditions.js';

const SPEC = FieldPath.root('spec');
const STATUS = FieldPath.root('status');
const UNHEALTHY_POD_EVICTION_POLICIES = ['AlwaysAllow', 'IfHealthyBudget'];

/** policy.PodDisruptionBudgetSpec, which Kubernetes prints whole when both bounds are set. */
const GO_POD_DISRUPTION_BUDGET_SPEC: GoType = goStruct('policy.PodDisruptionBudgetSpec', [
  goField('MinAvailable', goPointer('intstr.IntOrString')),
  goField('Selector', goPointer('v1.LabelSelector')),
  goField('MaxUnavailable', goPointer('intstr.IntOrString')),
  goField('UnhealthyPodEvictionPolicy', goPointer('policy.UnhealthyPodEvictionPolicyType')),
]);

/** Validates a new PodDisruptionBudget (metadata is checked generically). */
export function validatePodDisruptionBudget(pdb: PodDisruptionBudget__Output): FieldError[] {
  return validatePodDisruptionBudgetSpec(pdb.spec ?? {}, SPEC);
}

/** Validates an update: the spec may change in policy/v1, and is checked as on create. */
export function validatePodDisruptionBudgetUpdate(pdb: PodDisruptionBudget__Output, _old: PodDisruptionBudget__Output): FieldError[] {
  return validatePodDisruptionBudgetSpec(pdb.spec ?? {}, SPEC);
}

/** Validates an update through the status subresource. */
export function validatePodDisruptionBudgetStatusUpdate(
  pdb: PodDisruptionBudget__Output,
  _old: PodDisruptionBudget__Output,
): FieldError[] {
  return validatePodDisruptionBudgetStatus(pdb.status ?? {}, STATUS);
}

/** Validates a PodDisruptionBudgetSpec at `path`. */
export function validatePodDisruptionBudgetSpec(spec: PodDisruptionBudgetSpec__Output, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (spec.minAvailable !== undefined && spec.maxUnavailable !== undefined) {
    errs.push(FieldError.invalid(path, goValue(GO_POD_DISRUPTION_BUDGET_SPEC, spec), 'minAvailable and maxUnavailable cannot be both set'));
  }
  for (const f of ['minAvailable', 'maxUnavailable'] as const) {
    const v = spec[f];
    if (v === undefined) continue;
    errs.push(...validatePositiveIntOrPercent(v, path.child(f)));
    errs.push(...isNotMoreThan100Percent(v, path.child(f)));
  }
  errs.push(...validateLabelSelector(spec.selector, path.child('selector')));
  const policy = spec.unhealthyPodEvictionPolicy;
  if (policy !== undefined && !UNHEALTHY_POD_EVICTION_POLICIES.includes(policy)) {
    errs.push(FieldError.notSupported(path.child('unhealthyPodEvictionPolicy'), policy, UNHEALTHY_POD_EVICTION_POLICIES));
  }
  return errs;
}

/** Validates a PodDisruptionBudgetStatus: conditions, then non-negative counters. */
export function validatePodDisruptionBudgetStatus(status: PodDisruptionBudgetStatus__Output, path: FieldPath): FieldError[] {
  const errs = validateConditions(status.conditions, path.child('conditions'));
  for (const f of ['disruptionsAllowed', 'currentHealthy', 'desiredHealthy', 'expectedPods'] as const) {
    errs.push(...validateNonnegativeField(status[f] ?? 0, path.child(f)));
  }
  return errs;
}
