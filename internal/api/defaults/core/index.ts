/**
 * defaults/core: Kubernetes' core/v1 defaulting (pkg/apis/core/v1/defaults.go) for the kinds Skiff
 * serves. Each function fills in, in place, what a client left out, and is idempotent: defaulting
 * a defaulted object changes nothing. Kinds not listed here (ConfigMap, ServiceAccount, Event,
 * Binding) have no defaults.
 */
export {
  DEFAULT_TERMINATION_GRACE_PERIOD_SECONDS,
  DEFAULT_SCHEDULER_NAME,
  DEFAULT_VOLUME_MODE,
  defaultPod,
  defaultPodSpec,
  defaultPodTemplateSpec,
  defaultContainer,
  defaultProbe,
  defaultVolume,
} from './pod-defaults.js';
export { imageTag } from './image-reference.js';
export { DEFAULT_CLIENT_IP_SERVICE_AFFINITY_SECONDS, defaultService, defaultEndpoints } from './service-defaults.js';
export { defaultSecret } from './secret-defaults.js';
export { LABEL_METADATA_NAME, defaultNamespace } from './namespace-defaults.js';
export { defaultNode } from './node-defaults.js';
export { defaultPersistentVolume, defaultPersistentVolumeClaim } from './persistent-volume-defaults.js';
export { defaultReplicationController } from './replication-controller-defaults.js';
export { defaultPodTemplate } from './pod-template-defaults.js';
export { canonicalQuantity, defaultResourceList, defaultResourceRequirements } from './quantity-defaults.js';
