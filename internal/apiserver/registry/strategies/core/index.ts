/**
 * strategies/core: the registry Strategy of each core/v1 kind, as Kubernetes' registry strategies
 * (pkg/registry/core/<kind>/strategy.go) define them: defaulting, create/update preparation,
 * validation, field selectors and deletion behaviour. `coreStrategies` maps each stored resource
 * to its strategy; pods/binding and namespaces/finalize are not resources, so their hooks are
 * exported on their own.
 */
import type { Strategy } from '../../strategy.js';
import { namespaceStrategy } from './namespace-strategy.js';
import { nodeStrategy } from './node-strategy.js';
import { persistentVolumeClaimStrategy, persistentVolumeStrategy } from './persistent-volume-strategy.js';
import { podStrategy } from './pod-strategy.js';
import { replicationControllerStrategy } from './replication-controller-strategy.js';
import { serviceStrategy } from './service-strategy.js';
import {
  configMapStrategy,
  endpointsStrategy,
  eventStrategy,
  podTemplateStrategy,
  secretStrategy,
  serviceAccountStrategy,
} from './simple-strategies.js';

/** The strategy of every stored core/v1 resource, by resource name. */
export const coreStrategies: Readonly<Record<string, Strategy>> = {
  pods: podStrategy,
  nodes: nodeStrategy,
  namespaces: namespaceStrategy,
  services: serviceStrategy,
  endpoints: endpointsStrategy,
  configmaps: configMapStrategy,
  secrets: secretStrategy,
  serviceaccounts: serviceAccountStrategy,
  events: eventStrategy,
  replicationcontrollers: replicationControllerStrategy,
  persistentvolumes: persistentVolumeStrategy,
  persistentvolumeclaims: persistentVolumeClaimStrategy,
  podtemplates: podTemplateStrategy,
};

export {
  DEFAULT_POD_GRACE_PERIOD_SECONDS,
  POD_FIELD_LABELS,
  POD_FIELD_LABEL_ALIASES,
  podSelectableFields,
  podGracePeriod,
  podStrategy,
} from './pod-strategy.js';
export { type PodQOSClass, computePodQOS } from './pod-qos.js';
export { FINALIZER_KUBERNETES, namespaceStrategy, prepareNamespaceForFinalize, validateNamespaceFinalize } from './namespace-strategy.js';
export { nodeStrategy } from './node-strategy.js';
export { serviceStrategy } from './service-strategy.js';
export { dropTypeDependentFields } from './service-update.js';
export {
  EVENT_FIELD_LABELS,
  eventSelectableFields,
  configMapStrategy,
  endpointsStrategy,
  eventStrategy,
  podTemplateStrategy,
  secretStrategy,
  serviceAccountStrategy,
} from './simple-strategies.js';
export { replicationControllerStrategy } from './replication-controller-strategy.js';
export { persistentVolumeStrategy, persistentVolumeClaimStrategy } from './persistent-volume-strategy.js';
export { validateBinding } from '../../../../api/validation/core/index.js';
