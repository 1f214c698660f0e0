/**
 * validation/scheduling: Kubernetes' scheduling.k8s.io/v1 PriorityClass validation and the
 * built-in system classes. Returns field errors worded as Kubernetes words them and never throws;
 * ObjectMeta is validated generically. The single-global-default rule is admission's.
 */
export {
  SYSTEM_PRIORITY_CLASS_PREFIX,
  HIGHEST_USER_DEFINABLE_PRIORITY,
  SYSTEM_CRITICAL_PRIORITY,
  SYSTEM_PRIORITY_CLASSES,
  validatePriorityClass,
  validatePriorityClassUpdate,
  validatePreemptionPolicy,
} from './priority-class.js';
