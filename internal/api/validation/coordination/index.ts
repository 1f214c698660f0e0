/**
 * validation/coordination: Kubernetes' coordination.k8s.io/v1 Lease validation. Returns field
 * errors worded as Kubernetes words them and never throws; ObjectMeta is validated generically.
 */
export { validateLease, validateLeaseUpdate, validateLeaseSpec, validateCoordinatedLeaseStrategy } from './lease.js';
