/**
 * validation/policy: Kubernetes' policy/v1 validation for PodDisruptionBudgets and the Eviction
 * body of `pods/eviction`, plus metav1 Condition lists. Returns field errors worded as Kubernetes
 * words them and never throws; ObjectMeta is validated generically.
 */
export {
  validatePodDisruptionBudget,
  validatePodDisruptionBudgetUpdate,
  validatePodDisruptionBudgetStatusUpdate,
  validatePodDisruptionBudgetSpec,
  validatePodDisruptionBudgetStatus,
} from './pod-disruption-budget.js';
export { validateEviction, validateDeleteOptions } from './eviction.js';
export { validateConditions, validateCondition } from './conditions.js';
