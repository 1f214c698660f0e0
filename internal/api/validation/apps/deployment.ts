/**
 * Deployment validation (pkg/apis/apps/validation): replicas, selector and template, the rollout
 * strategy, history and progress deadline; on update the selector is immutable (apps/v1); on a
 * status update the counters must be consistent.
 */
import type { Deployment__Output } from '../../generated/skiff/apps/v1/Deployment.js';
import type { DeploymentSpec__Output } from '../../generated/skiff/apps/v1/DeploymentSpec.js';
import type { DeploymentStatus__Output } from '../../generated/skiff/apps/v1/DeploymentStatus.js';
import type { DeploymentStrategy__Output } from '../../generated/skiff/apps/v1/DeploymentStrategy.js';
import type { RollingUpdateDeployment__Output } from '../../generated/skiff/apps/v1/RollingUpdateDeployment.js';
import { FieldError, FieldPath, goValue, validateImmutableField, validateNonnegativeField } from '../index.js';
import {
  selectorOrError,
  validateCollisionCountNotDecremented,
  validatePodTemplateSpecForReplicaSet,
  validateRequiredSelector,
} from './controller-selector.js';
import { GO_DEPLOYMENT_STRATEGY } from './go-types.js';
import { intOrPercentValue, intOrStringValue, isNotMoreThan100Percent, validatePositiveIntOrPercent } from './int-or-percent.js';
import { validateCountsNotAbove, validateNonnegativeCounts } from './replica-counts.js';

const SPEC = FieldPath.root('spec');
const STATUS = FieldPath.root('status');

/** Validates a new Deployment (metadata is checked generically). */
export function validateDeployment(d: Deployment__Output): FieldError[] {
  return validateDeploymentSpec(d.spec ?? {}, SPEC);
}

/** Validates an update of a Deployment: the new spec, and a selector that did not change. */
export function validateDeploymentUpdate(d: Deployment__Output, old: Deployment__Output): FieldError[] {
  const errs = validateDeploymentSpec(d.spec ?? {}, SPEC);
  errs.push(...validateImmutableField(d.spec?.selector, old.spec?.selector, SPEC.child('selector')));
  return errs;
}

/** Validates an update through the status subresource. */
export function validateDeploymentStatusUpdate(d: Deployment__Output, old: Deployment__Output): FieldError[] {
  const errs = validateDeploymentStatus(d.status ?? {}, STATUS);
  errs.push(
    ...validateCollisionCountNotDecremented(d.status?.collisionCount, old.status?.collisionCount, STATUS.child('collisionCount')),
  );
  return errs;
}

/** Validates a DeploymentSpec at `path`. */
export function validateDeploymentSpec(spec: DeploymentSpec__Output, path: FieldPath): FieldError[] {
  const errs = validateNonnegativeField(spec.replicas ?? 0, path.child('replicas'));
  errs.push(...validateRequiredSelector(spec.selector, path.child('selector'), 'deployment'));
  const { selector, errors } = selectorOrError(spec.selector, path.child('selector'), 'invalid label selector');
  errs.push(...errors);
  if (selector) errs.push(...validatePodTemplateSpecForReplicaSet(spec.template ?? {}, selector, path.child('template')));
  errs.push(...validateDeploymentStrategy(spec.strategy ?? {}, path.child('strategy')));
  const minReadySeconds = spec.minReadySeconds ?? 0;
  errs.push(...validateNonnegativeField(minReadySeconds, path.child('minReadySeconds')));
  if (spec.revisionHistoryLimit !== undefined) {
    errs.push(...validateNonnegativeField(spec.revisionHistoryLimit, path.child('revisionHistoryLimit')));
  }
  if (spec.progressDeadlineSeconds !== undefined) {
    const p = path.child('progressDeadlineSeconds');
    errs.push(...validateNonnegativeField(spec.progressDeadlineSeconds, p));
    if (spec.progressDeadlineSeconds <= minReadySeconds) {
      errs.push(FieldError.invalid(p, spec.progressDeadlineSeconds, 'must be greater than minReadySeconds'));
    }
  }
  return errs;
}

/** Validates the rollout strategy: Recreate without rollingUpdate, or RollingUpdate with valid bounds. */
export function validateDeploymentStrategy(strategy: DeploymentStrategy__Output, path: FieldPath): FieldError[] {
  switch (strategy.type) {
    case 'Recreate':
      return strategy.rollingUpdate === undefined
        ? []
        : [FieldError.forbidden(path.child('rollingUpdate'), "may not be specified when strategy `type` is 'Recreate'")];
    case 'RollingUpdate':
      if (strategy.rollingUpdate === undefined) {
        return [FieldError.required(path.child('rollingUpdate'), 'this should be defaulted and never be nil')];
      }
      return validateRollingUpdateDeployment(strategy.rollingUpdate, path.child('rollingUpdate'));
    default:
      return [FieldError.notSupported(path, goValue(GO_DEPLOYMENT_STRATEGY, strategy), ['Recreate', 'RollingUpdate'])];
  }
}

/** maxUnavailable and maxSurge: counts or percentages, not both zero, maxUnavailable at most 100%. */
export function validateRollingUpdateDeployment(ru: RollingUpdateDeployment__Output, path: FieldPath): FieldError[] {
  const maxUnavailable = ru.maxUnavailable ?? {};
  const maxSurge = ru.maxSurge ?? {};
  const errs = validatePositiveIntOrPercent(maxUnavailable, path.child('maxUnavailable'));
  errs.push(...validatePositiveIntOrPercent(maxSurge, path.child('maxSurge')));
  if (intOrPercentValue(maxUnavailable) === 0 && intOrPercentValue(maxSurge) === 0) {
    errs.push(
      FieldError.invalid(path.child('maxUnavailable'), intOrStringValue(maxUnavailable), 'may not be 0 when `maxSurge` is 0'),
    );
  }
  errs.push(...isNotMoreThan100Percent(maxUnavailable, path.child('maxUnavailable')));
  return errs;
}

/** Validates a DeploymentStatus: counters non-negative and not above `replicas` (or `readyReplicas`). */
export function validateDeploymentStatus(status: DeploymentStatus__Output, path: FieldPath): FieldError[] {
  const errs = validateNonnegativeCounts(status, path, [
    'observedGeneration',
    'replicas',
    'updatedReplicas',
    'readyReplicas',
    'availableReplicas',
    'unavailableReplicas',
  ]);
  if (status.collisionCount !== undefined) {
    errs.push(...validateNonnegativeField(status.collisionCount, path.child('collisionCount')));
  }
  errs.push(...validateCountsNotAbove(status, path, 'replicas', ['updatedReplicas', 'readyReplicas', 'availableReplicas']));
  errs.push(...validateCountsNotAbove(status, path, 'readyReplicas', ['availableReplicas'], 'cannot be greater than readyReplicas'));
  return errs;
}
