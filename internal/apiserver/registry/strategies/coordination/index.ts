/**
 * strategies/coordination: the Lease strategy. A plain object: no status, no generation; as in
 * Kubernetes a PUT of a missing Lease creates it; the coordinated-election fields of a gate
 * Kubernetes 1.32 leaves off are dropped; validation from api/validation/coordination.
 */
import type { Lease__Output } from '../../../../api/generated/skiff/coordination/v1/Lease.js';
import { validateLease, validateLeaseUpdate } from '../../../../api/validation/coordination/index.js';
import type { Strategy } from '../../strategy.js';
import { LEASE_DISABLED_FIELDS, dropDisabledFields, withDisabledFieldsDropped } from '../disabled-fields.js';

/**
 * The strategy of `leases`: strategy and preferredHolder (CoordinatedLeaderElection, off in 1.32)
 * are dropped; an update must name the resourceVersion it replaces.
 */
export const leaseStrategy: Strategy = withDisabledFieldsDropped({
  validate: (obj) => validateLease(obj as Lease__Output),
  validateUpdate: (obj, old) => validateLeaseUpdate(obj as Lease__Output, old as Lease__Output),
  metaUpdateOnly: true,
  allowCreateOnUpdate: true,
  allowUnconditionalUpdate: false,
}, (obj, old) => {
  const spec = (obj as Lease__Output).spec;
  if (spec) dropDisabledFields(LEASE_DISABLED_FIELDS, spec, old === undefined ? undefined : ((old as Lease__Output).spec ?? {}));
});

/** Every coordination.k8s.io/v1 strategy, by resource. */
export const coordinationStrategies: Record<string, Strategy> = { leases: leaseStrategy };
