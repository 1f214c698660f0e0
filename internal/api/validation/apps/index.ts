/**
 * validation/apps: Kubernetes' apps/v1 validation (pkg/apis/apps/validation) for Deployments,
 * ReplicaSets, StatefulSets, DaemonSets and ControllerRevisions. Each kind has
 * `validate<Kind>(obj)`, `validate<Kind>Update(obj, old)` and, for kinds with a status subresource,
 * `validate<Kind>StatusUpdate(obj, old)`; each returns field errors worded as Kubernetes words them
 * and never throws. ObjectMeta is validated generically by the registry, so these check only the
 * kind's own fields (and a StatefulSet's stricter name). The int-or-percent helpers are shared with
 * policy (PodDisruptionBudget), as in Kubernetes.
 */
export {
  validateDeployment,
  validateDeploymentUpdate,
  validateDeploymentStatusUpdate,
  validateDeploymentSpec,
  validateDeploymentStrategy,
  validateRollingUpdateDeployment,
  validateDeploymentStatus,
} from './deployment.js';
export {
  validateReplicaSet,
  validateReplicaSetUpdate,
  validateReplicaSetStatusUpdate,
  validateReplicaSetSpec,
  validateReplicaSetStatus,
} from './replica-set.js';
export {
  validateStatefulSet,
  validateStatefulSetUpdate,
  validateStatefulSetStatusUpdate,
  validateStatefulSetSpec,
  validatePodTemplateSpecForStatefulSet,
  validateRollingUpdateStatefulSet,
  validatePersistentVolumeClaimRetentionPolicy,
  validateStatefulSetStatus,
} from './stateful-set.js';
export {
  validateDaemonSet,
  validateDaemonSetUpdate,
  validateDaemonSetStatusUpdate,
  validateDaemonSetSpec,
  validateDaemonSetUpdateStrategy,
  validateRollingUpdateDaemonSet,
  validateDaemonSetStatus,
} from './daemon-set.js';
export { validateControllerRevision, validateControllerRevisionUpdate } from './controller-revision.js';
export {
  SELECTOR_DOES_NOT_MATCH,
  validateRequiredSelector,
  validateTemplateLabels,
  validatePodTemplateSpecForReplicaSet,
} from './controller-selector.js';
export {
  isValidPercent,
  intOrStringValue,
  percentValue,
  intOrPercentValue,
  validatePositiveIntOrPercent,
  isNotMoreThan100Percent,
} from './int-or-percent.js';
