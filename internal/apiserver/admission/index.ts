/**
 * admission: the admission chain of the API server. Each plugin is a small named unit
 * (NamespaceLifecycle, Priority, DefaultTolerationSeconds, DefaultStorageClass, ServiceAccount);
 * `defaultAdmissionChain` builds them in Kubernetes' order. Plugins read the cluster only through
 * an ObjectReader over the watch caches and refuse a request by throwing a StatusError.
 */
export {
  AdmissionChain,
  type AdmissionAttributes,
  type AdmissionOperation,
  type AdmissionPlugin,
  type AdmissionPluginFactory,
  type ObjectReader,
} from './admission.js';
export { ADMISSION_PLUGINS, DEFAULT_ADMISSION_PLUGINS, newAdmissionChain, defaultAdmissionChain } from './plugin-registry.js';
export { StaticObjectReader } from './static-object-reader.js';
export {
  IMMORTAL_NAMESPACES,
  NAMESPACE_TERMINATING_CAUSE,
  isNamespaceTerminating,
  newNamespaceLifecycle,
} from './plugins/namespace-lifecycle.js';
export {
  SYSTEM_PRIORITY_CLASSES,
  PREEMPT_LOWER_PRIORITY,
  DEFAULT_PRIORITY_WHEN_NO_DEFAULT_CLASS_EXISTS,
  type ResolvedPriority,
  findPriorityClass,
  defaultPriorityClass,
  resolvePriority,
  newPriority,
} from './plugins/priority.js';
export {
  TAINT_NODE_NOT_READY,
  TAINT_NODE_UNREACHABLE,
  DEFAULT_TOLERATION_SECONDS,
  withDefaultTolerations,
  newDefaultTolerationSeconds,
} from './plugins/default-toleration-seconds.js';
export {
  IS_DEFAULT_STORAGE_CLASS_ANNOTATION,
  isDefaultStorageClass,
  defaultStorageClass,
  newDefaultStorageClass,
} from './plugins/default-storage-class.js';
export { DEFAULT_SERVICE_ACCOUNT_NAME, MIRROR_POD_ANNOTATION, newServiceAccount } from './plugins/service-account.js';
