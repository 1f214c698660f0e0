/**
 * defaults/policy: policy/v1 has no defaults in Kubernetes; a PodDisruptionBudget's
 * unhealthyPodEvictionPolicy stays absent (the disruption controller reads absent as
 * IfHealthyBudget). The function exists so every kind's strategy defaults the same way.
 */
import type { PodDisruptionBudget__Output } from '../../generated/skiff/policy/v1/PodDisruptionBudget.js';

/** Defaults a PodDisruptionBudget: nothing to fill in. */
export function defaultPodDisruptionBudget(_pdb: PodDisruptionBudget__Output): void {}
