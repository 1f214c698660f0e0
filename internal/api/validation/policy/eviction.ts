/**
 * Eviction validation: the body of a `pods/eviction` create. Kubernetes checks only its delete
 * options (metav1validation.ValidateDeleteOptions, at root paths, as for any delete); that the
 * name matches the pod's is a 400 the eviction handler gives, not a field error.
 */
import type { Eviction__Output } from '../../generated/skiff/policy/v1/Eviction.js';
import type { DeleteOptions__Output } from '../../generated/skiff/meta/v1/DeleteOptions.js';
import { FieldError, FieldPath } from '../index.js';

const PROPAGATION_POLICIES = ['Foreground', 'Background', 'Orphan'];

/** Validates an Eviction's delete options. */
export function validateEviction(eviction: Eviction__Output): FieldError[] {
  return eviction.deleteOptions === undefined ? [] : validateDeleteOptions(eviction.deleteOptions);
}

/** The delete options every delete accepts: one way to say what happens to dependents, dryRun `All`. */
export function validateDeleteOptions(options: DeleteOptions__Output): FieldError[] {
  const errs: FieldError[] = [];
  const policyPath = FieldPath.root('propagationPolicy');
  if (options.orphanDependents !== undefined && options.propagationPolicy !== undefined) {
    errs.push(FieldError.invalid(policyPath, options.propagationPolicy, 'orphanDependents and deletionPropagation cannot be both set'));
  }
  if (options.propagationPolicy !== undefined && !PROPAGATION_POLICIES.includes(options.propagationPolicy)) {
    errs.push(FieldError.notSupported(policyPath, options.propagationPolicy, [...PROPAGATION_POLICIES, 'nil']));
  }
  const dryRun = options.dryRun ?? [];
  if (dryRun.some((v) => v !== 'All')) {
    errs.push(FieldError.notSupported(FieldPath.root('dryRun'), dryRun, ['All']));
  }
  return errs;
}
