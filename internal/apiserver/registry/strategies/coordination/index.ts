/**
 * strategies/coordination: the Lease strategy. A plain object: no status, no generation, and (as
 * in Kubernetes) no create on update; validation from api/validation/coordination.
 */
import type { Lease__Output } from '../../../../api/generated/skiff/coordination/v1/Lease.js';
import { validateLease, validateLeaseUpdate } from '../../../../api/validation/coordination/index.js';
import type { Strategy } from '../../strategy.js';

/** The strategy of `leases`. */
export const leaseStrategy: Strategy = {
  validate: (obj) => validateLease(obj as Lease__Output),
  validateUpdate: (obj, old) => validateLeaseUpdate(obj as Lease__Output, old as Lease__Output),
};

/** Every coordination.k8s.io/v1 strategy, by resource. */
export const coordinationStrategies: Record<string, Strategy> = { leases: leaseStrategy };
