/**
 * defaults/coordination: coordination.k8s.io/v1 has no defaults in Kubernetes; a Lease is stored
 * as written. The function exists so every kind's strategy defaults the same way.
 */
import type { Lease__Output } from '../../generated/skiff/coordination/v1/Lease.js';

/** Defaults a Lease: nothing to fill in. */
export function defaultLease(_lease: Lease__Output): void {}
