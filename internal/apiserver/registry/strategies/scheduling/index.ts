/**
 * strategies/scheduling: the PriorityClass strategy. A plain cluster-scoped object; defaulting and
 * validation from api; that only one class is the global default is admission's to check.
 */
import type { PriorityClass__Output } from '../../../../api/generated/skiff/scheduling/v1/PriorityClass.js';
import { defaultPriorityClass } from '../../../../api/defaults/scheduling/index.js';
import { validatePriorityClass, validatePriorityClassUpdate } from '../../../../api/validation/scheduling/index.js';
import type { Strategy } from '../../strategy.js';

/** The strategy of `priorityclasses`. */
export const priorityClassStrategy: Strategy = {
  defaults: (obj) => defaultPriorityClass(obj as PriorityClass__Output),
  validate: (obj) => validatePriorityClass(obj as PriorityClass__Output),
  validateUpdate: (obj, old) => validatePriorityClassUpdate(obj as PriorityClass__Output, old as PriorityClass__Output),
  metaUpdateOnly: true,
};

/** Every scheduling.k8s.io/v1 strategy, by resource. */
export const schedulingStrategies: Record<string, Strategy> = { priorityclasses: priorityClassStrategy };
