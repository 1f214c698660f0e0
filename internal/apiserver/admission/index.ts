/**
 * admission: the admission chain of the API server. Each plugin is a small named unit
 * (NamespaceLifecycle, Priority, DefaultTolerationSeconds, DefaultStorageClass, ServiceAccount);
 * `defaultAdmissionChain` builds them in Kubernetes' order.
 */
export {
  AdmissionChain,
  type AdmissionAttributes,
  type AdmissionOperation,
  type AdmissionPlugin,
  type AdmissionPluginFactory,
  type ObjectReader,
} from './admission.js';
