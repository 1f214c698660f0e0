/**
 * defaults/scheduling: Kubernetes' scheduling.k8s.io/v1 defaulting: a PriorityClass preempts
 * lower priorities unless it says Never. Idempotent, in place.
 */
import type { PriorityClass__Output } from '../../generated/skiff/scheduling/v1/PriorityClass.js';

/** Defaults a PriorityClass in place. */
export function defaultPriorityClass(pc: PriorityClass__Output): void {
  pc.preemptionPolicy ??= 'PreemptLowerPriority';
}
