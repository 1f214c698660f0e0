/**
 * DaemonSet validation (pkg/apis/apps/validation): a selector that selects the template, a valid
 * pod template that restarts Always, the update strategy; on update the selector is immutable
 * (apps/v1); on a status update the counters are non-negative.
 */
import type { DaemonSet__Output } from '../../generated/skiff/apps/v1/DaemonSet.js';
import type { DaemonSetSpec__Output } from '../../generated/skiff/apps/v1/DaemonSetSpec.js';
import type { DaemonSetStatus__Output } from '../../generated/skiff/apps/v1/DaemonSetStatus.js';
import type { DaemonSetUpdateStrategy__Output } from '../../generated/skiff/apps/v1/DaemonSetUpdateStrategy.js';
import type { RollingUpdateDaemonSet__Output } from '../../generated/skiff/apps/v1/RollingUpdateDaemonSet.js';
import { labelSelectorAsSelector, validateLabelSelector } from '../../labels/index.js';
import { FieldError, FieldPath, goValue, validateImmutableField, validateNonnegativeField } from '../index.js';
import { validatePodTemplateSpec } from '../core/index.js';
import { SELECTOR_DOES_NOT_MATCH, validateAlwaysRestart, validateCollisionCountNotDecremented } from './controller-selector.js';
import { GO_DAEMON_SET_UPDATE_STRATEGY } from './go-types.js';
import { intOrPercentValue, isNotMoreThan100Percent, validatePositiveIntOrPercent, intOrStringValue } from './int-or-percent.js';
import { validateNonnegativeCounts } from './replica-counts.js';

const SPEC = FieldPath.root('spec');
const STATUS = FieldPath.root('status');

/** Validates a new DaemonSet (metadata is checked generically). */
export function validateDaemonSet(ds: DaemonSet__Output): FieldError[] {
  return validateDaemonSetSpec(ds.spec ?? {}, SPEC);
}

/** Validates an update of a DaemonSet: the new spec, and a selector that did not change. */
export function validateDaemonSetUpdate(ds: DaemonSet__Output, old: DaemonSet__Output): FieldError[] {
  const errs = validateDaemonSetSpec(ds.spec ?? {}, SPEC);
  errs.push(...validateImmutableField(ds.spec?.selector, old.spec?.selector, SPEC.child('selector')));
  return errs;
}

/** Validates an update through the status subresource. */
export function validateDaemonSetStatusUpdate(ds: DaemonSet__Output, old: DaemonSet__Output): FieldError[] {
  const errs = validateDaemonSetStatus(ds.status ?? {}, STATUS);
  errs.push(
    ...validateCollisionCountNotDecremented(ds.status?.collisionCount, old.status?.collisionCount, STATUS.child('collisionCount')),
  );
  return errs;
}

/**
 * Validates a DaemonSetSpec at `path`. Unlike the other controllers a missing selector is not
 * `Required`: it selects nothing, so the template-labels check reports it.
 */
export function validateDaemonSetSpec(spec: DaemonSetSpec__Output, path: FieldPath): FieldError[] {
  const template = spec.template ?? {};
  const errs = validateLabelSelector(spec.selector, path.child('selector'));
  const converted = labelSelectorAsSelector(spec.selector);
  if (converted.ok && !converted.selector.matches(template.metadata?.labels)) {
    errs.push(FieldError.invalid(path.child('template', 'metadata', 'labels'), template.metadata?.labels ?? null, SELECTOR_DOES_NOT_MATCH));
  }
  const selector = spec.selector;
  if (selector && Object.keys(selector.matchLabels ?? {}).length + (selector.matchExpressions ?? []).length === 0) {
    errs.push(FieldError.invalid(path.child('selector'), selector, 'empty selector is invalid for daemonset'));
  }
  errs.push(...validatePodTemplateSpec(template, path.child('template')));
  errs.push(...validateAlwaysRestart(template, path.child('template'), 'DaemonSet'));
  errs.push(...validateNonnegativeField(spec.minReadySeconds ?? 0, path.child('minReadySeconds')));
  errs.push(...validateDaemonSetUpdateStrategy(spec.updateStrategy ?? {}, path.child('updateStrategy')));
  if (spec.revisionHistoryLimit !== undefined) {
    errs.push(...validateNonnegativeField(spec.revisionHistoryLimit, path.child('revisionHistoryLimit')));
  }
  return errs;
}

/** OnDelete, or RollingUpdate with valid bounds. */
export function validateDaemonSetUpdateStrategy(strategy: DaemonSetUpdateStrategy__Output, path: FieldPath): FieldError[] {
  switch (strategy.type) {
    case 'OnDelete':
      return [];
    case 'RollingUpdate':
      if (strategy.rollingUpdate === undefined) return [FieldError.required(path.child('rollingUpdate'), '')];
      return validateRollingUpdateDaemonSet(strategy.rollingUpdate, path.child('rollingUpdate'));
    default:
      return [FieldError.notSupported(path, goValue(GO_DAEMON_SET_UPDATE_STRATEGY, strategy), ['RollingUpdate', 'OnDelete'])];
  }
}

/** maxUnavailable and maxSurge: counts or percentages up to 100%, exactly one of them non-zero. */
export function validateRollingUpdateDaemonSet(ru: RollingUpdateDaemonSet__Output, path: FieldPath): FieldError[] {
  const maxUnavailable = ru.maxUnavailable ?? {};
  const maxSurge = ru.maxSurge ?? {};
  const errs = validatePositiveIntOrPercent(maxUnavailable, path.child('maxUnavailable'));
  errs.push(...validatePositiveIntOrPercent(maxSurge, path.child('maxSurge')));
  errs.push(...isNotMoreThan100Percent(maxUnavailable, path.child('maxUnavailable')));
  errs.push(...isNotMoreThan100Percent(maxSurge, path.child('maxSurge')));
  const hasUnavailable = intOrPercentValue(maxUnavailable) !== 0;
  const hasSurge = intOrPercentValue(maxSurge) !== 0;
  if (hasUnavailable && hasSurge) {
    errs.push(FieldError.invalid(path.child('maxSurge'), intOrStringValue(maxSurge), 'may not be set when maxUnavailable is non-zero'));
  } else if (!hasUnavailable && !hasSurge) {
    errs.push(FieldError.required(path.child('maxUnavailable'), 'cannot be 0 when maxSurge is 0'));
  }
  return errs;
}

/** Validates a DaemonSetStatus: every counter non-negative. */
export function validateDaemonSetStatus(status: DaemonSetStatus__Output, path: FieldPath): FieldError[] {
  const errs = validateNonnegativeCounts(status, path, [
    'currentNumberScheduled',
    'numberMisscheduled',
    'desiredNumberScheduled',
    'numberReady',
    'observedGeneration',
    'updatedNumberScheduled',
    'numberAvailable',
    'numberUnavailable',
  ]);
  if (status.collisionCount !== undefined) {
    errs.push(...validateNonnegativeField(status.collisionCount, path.child('collisionCount')));
  }
  return errs;
}
