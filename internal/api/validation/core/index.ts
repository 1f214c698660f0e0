/**
 * validation/core: Kubernetes' validation (pkg/apis/core/validation) of the core/v1 kinds Skiff
 * serves, with Kubernetes' field paths and messages, including its misspelt or oddly rooted paths.
 * Functions take defaulted objects, return every error they find and never throw; ObjectMeta is
 * validated generically by the registry, so none of these look at it except for kind-specific rules.
 */
export { validatePod, validatePodUpdate, validatePodStatusUpdate, validateBinding } from './pod.js';
export { type PodSpecOptions, validatePodSpec, validatePodTemplateSpec } from './pod-spec.js';
export { validatePodTemplate } from './pod-template.js';
export {
  MAX_CLIENT_IP_SERVICE_AFFINITY_SECONDS,
  isHeadlessService,
  isExternallyAccessible,
  validateService,
  validateServiceClusterIPsRelatedFields,
  validateServiceUpdate,
  validateServiceStatusUpdate,
} from './service.js';
export { validateEndpoints } from './endpoints.js';
export { MAX_SECRET_SIZE, validateConfigMap, validateConfigMapUpdate } from './config-map.js';
export { validateSecret, validateSecretUpdate } from './secret.js';
export {
  validateFinalizerName,
  validateNamespace,
  validateNamespaceUpdate,
  validateNamespaceStatusUpdate,
  validateNamespaceFinalizeUpdate,
} from './namespace.js';
export { validateNode, validateNodeUpdate } from './node.js';
export { validateEvent } from './event.js';
export { validateReplicationController, validateReplicationControllerStatus } from './replication-controller.js';
export {
  validatePersistentVolume,
  validatePersistentVolumeUpdate,
  validatePersistentVolumeClaim,
  validatePersistentVolumeClaimUpdate,
  validatePersistentVolumeClaimStatusUpdate,
} from './persistent-volume.js';
export { TAINT_EFFECTS, validateTolerations, validateTaints, validateAffinity, validateNodeSelector } from './scheduling.js';
export {
  type ResourceLists,
  validateResourceRequirements,
  validateResourceQuantityValue,
  validateContainerResourceName,
  isExtendedResourceName,
  isHugePageResourceName,
  isNativeResource,
  isOvercommitAllowed,
} from './resources.js';
export { SUPPORTED_PORT_PROTOCOLS, validatePortNumOrName } from './ports.js';
export { semanticEqual } from './spec-diff.js';
