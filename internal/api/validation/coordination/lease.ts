/**
 * Lease validation (pkg/apis/coordination/validation): a positive duration, non-negative
 * transitions, a known coordinated-election strategy, and a preferred holder only with one.
 */
import type { Lease__Output } from '../../generated/skiff/coordination/v1/Lease.js';
import type { LeaseSpec__Output } from '../../generated/skiff/coordination/v1/LeaseSpec.js';
import { FieldError, FieldPath, isQualifiedName } from '../index.js';

const SPEC = FieldPath.root('spec');
const LEASE_STRATEGIES = ['OldestEmulationVersion'];

/** Validates a new Lease (metadata is checked generically). */
export function validateLease(lease: Lease__Output): FieldError[] {
  return validateLeaseSpec(lease.spec ?? {}, SPEC);
}

/** Validates an update of a Lease: the new spec, as on create. */
export function validateLeaseUpdate(lease: Lease__Output, _old: Lease__Output): FieldError[] {
  return validateLeaseSpec(lease.spec ?? {}, SPEC);
}

/** Validates a LeaseSpec at `path`. */
export function validateLeaseSpec(spec: LeaseSpec__Output, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (spec.leaseDurationSeconds !== undefined && spec.leaseDurationSeconds <= 0) {
    errs.push(FieldError.invalid(path.child('leaseDurationSeconds'), spec.leaseDurationSeconds, 'must be greater than 0'));
  }
  if (spec.leaseTransitions !== undefined && spec.leaseTransitions < 0) {
    errs.push(FieldError.invalid(path.child('leaseTransitions'), spec.leaseTransitions, 'must be greater than or equal to 0'));
  }
  if (spec.strategy !== undefined) errs.push(...validateCoordinatedLeaseStrategy(spec.strategy, path.child('strategy')));
  if (spec.preferredHolder && !spec.strategy) {
    errs.push(FieldError.forbidden(path.child('preferredHolder'), 'may only be specified if `strategy` is defined'));
  }
  return errs;
}

/**
 * A Kubernetes strategy name, or a qualified `example.com/name` of one's own. Kubernetes reports
 * these at `<path>.strategy` under a path that already ends in `strategy`; kept for identical messages.
 */
export function validateCoordinatedLeaseStrategy(strategy: string, path: FieldPath): FieldError[] {
  const p = path.child('strategy');
  if (!strategy.includes('/')) return LEASE_STRATEGIES.includes(strategy) ? [] : [FieldError.notSupported(p, strategy, LEASE_STRATEGIES)];
  return isQualifiedName(strategy).map((msg) => FieldError.invalid(p, strategy, msg));
}
