/**
 * ReplicaSet validation (pkg/apis/apps/validation): replicas, minReadySeconds, a selector that
 * selects the template; on update the selector is immutable (apps/v1, which Kubernetes checks in
 * its strategy); a status update checks the counters.
 */
import type { ReplicaSet__Output } from '../../generated/skiff/apps/v1/ReplicaSet.js';
import type { ReplicaSetSpec__Output } from '../../generated/skiff/apps/v1/ReplicaSetSpec.js';
import type { ReplicaSetStatus__Output } from '../../generated/skiff/apps/v1/ReplicaSetStatus.js';
import { type FieldError, FieldPath, validateImmutableField, validateNonnegativeField } from '../index.js';
import { selectorOrError, validatePodTemplateSpecForReplicaSet, validateRequiredSelector } from './controller-selector.js';
import { validateCountsNotAbove, validateNonnegativeCounts } from './replica-counts.js';

const SPEC = FieldPath.root('spec');
const STATUS = FieldPath.root('status');

/** Validates a new ReplicaSet (metadata is checked generically). */
export function validateReplicaSet(rs: ReplicaSet__Output): FieldError[] {
  return validateReplicaSetSpec(rs.spec ?? {}, SPEC);
}

/** Validates an update of a ReplicaSet: the new spec, and a selector that did not change. */
export function validateReplicaSetUpdate(rs: ReplicaSet__Output, old: ReplicaSet__Output): FieldError[] {
  const errs = validateReplicaSetSpec(rs.spec ?? {}, SPEC);
  errs.push(...validateImmutableField(rs.spec?.selector, old.spec?.selector, SPEC.child('selector')));
  return errs;
}

/** Validates an update through the status subresource. */
export function validateReplicaSetStatusUpdate(rs: ReplicaSet__Output, _old: ReplicaSet__Output): FieldError[] {
  return validateReplicaSetStatus(rs.status ?? {}, STATUS);
}

/** Validates a ReplicaSetSpec at `path`. */
export function validateReplicaSetSpec(spec: ReplicaSetSpec__Output, path: FieldPath): FieldError[] {
  const errs = validateNonnegativeField(spec.replicas ?? 0, path.child('replicas'));
  errs.push(...validateNonnegativeField(spec.minReadySeconds ?? 0, path.child('minReadySeconds')));
  // Kubernetes words the empty-selector error for ReplicaSets as for Deployments.
  errs.push(...validateRequiredSelector(spec.selector, path.child('selector'), 'deployment'));
  const { selector, errors } = selectorOrError(spec.selector, path.child('selector'), 'invalid label selector');
  errs.push(...errors);
  if (selector) errs.push(...validatePodTemplateSpecForReplicaSet(spec.template ?? {}, selector, path.child('template')));
  return errs;
}

/** Validates a ReplicaSetStatus: counters non-negative and not above `replicas` (or `readyReplicas`). */
export function validateReplicaSetStatus(status: ReplicaSetStatus__Output, path: FieldPath): FieldError[] {
  const errs = validateNonnegativeCounts(status, path, [
    'replicas',
    'fullyLabeledReplicas',
    'readyReplicas',
    'availableReplicas',
    'observedGeneration',
  ]);
  errs.push(...validateCountsNotAbove(status, path, 'replicas', ['fullyLabeledReplicas', 'readyReplicas', 'availableReplicas']));
  errs.push(...validateCountsNotAbove(status, path, 'readyReplicas', ['availableReplicas'], 'cannot be greater than readyReplicas'));
  return errs;
}
