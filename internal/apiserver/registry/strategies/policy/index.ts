/**
 * strategies/policy: the PodDisruptionBudget strategy: a status subresource (written by the
 * disruption controller) and a generation; validation from api/validation/policy. Eviction is a
 * subresource of pods, not a stored kind, so it has no strategy here; its body is checked with
 * `validateEviction`.
 */
import type { PodDisruptionBudget__Output } from '../../../../api/generated/skiff/policy/v1/PodDisruptionBudget.js';
import {
  validatePodDisruptionBudget,
  validatePodDisruptionBudgetStatusUpdate,
  validatePodDisruptionBudgetUpdate,
} from '../../../../api/validation/policy/index.js';
import type { Strategy } from '../../strategy.js';
import { STATUS_SUBRESOURCE } from '../apps/index.js';

/** The strategy of `poddisruptionbudgets`: an update, of the status too, must name the resourceVersion it replaces. */
export const podDisruptionBudgetStrategy: Strategy = {
  ...STATUS_SUBRESOURCE,
  validate: (obj) => validatePodDisruptionBudget(obj as PodDisruptionBudget__Output),
  validateUpdate: (obj, old) => validatePodDisruptionBudgetUpdate(obj as PodDisruptionBudget__Output, old as PodDisruptionBudget__Output),
  validateStatusUpdate: (obj, old) =>
    validatePodDisruptionBudgetStatusUpdate(obj as PodDisruptionBudget__Output, old as PodDisruptionBudget__Output),
  metaUpdateOnly: true,
  allowUnconditionalUpdate: false,
};

/** Every policy/v1 strategy, by resource. */
export const policyStrategies: Record<string, Strategy> = { poddisruptionbudgets: podDisruptionBudgetStrategy };
