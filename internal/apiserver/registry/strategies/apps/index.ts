/**
 * strategies/apps: the registry Strategy of every apps/v1 resource, keyed by resource name.
 * Deployments, ReplicaSets, StatefulSets and DaemonSets have a status subresource and a generation
 * (a create drops the status, an update keeps it, a status update keeps the spec); ControllerRevisions
 * are plain objects. Every pod template loses the fields of gates Kubernetes 1.32 leaves off
 * (disabled-fields.ts), as does a StatefulSet's maxUnavailable. No apps/v1 kind registers a field-label conversion in Kubernetes, so every one
 * answers only `metadata.name` and `metadata.namespace` (a ReplicaSet's `status.replicas` is refused too).
 * Defaulting and validation come from api/defaults/apps and api/validation/apps. A delete that names
 * no propagation policy leaves the dependents to the garbage collector (apps/v1: DeleteDependents);
 * Deployments and StatefulSets check an update's metadata only as an update.
 */
import { isDeepStrictEqual } from 'node:util';
import type { ControllerRevision__Output } from '../../../../api/generated/skiff/apps/v1/ControllerRevision.js';
import type { Deployment__Output } from '../../../../api/generated/skiff/apps/v1/Deployment.js';
import type { ReplicaSet__Output } from '../../../../api/generated/skiff/apps/v1/ReplicaSet.js';
import type { StatefulSet__Output } from '../../../../api/generated/skiff/apps/v1/StatefulSet.js';
import { defaultDeployment, defaultReplicaSet, defaultStatefulSet } from '../../../../api/defaults/apps/index.js';
import {
  validateControllerRevision,
  validateControllerRevisionUpdate,
  validateDeployment,
  validateDeploymentStatusUpdate,
  validateDeploymentUpdate,
  validateReplicaSet,
  validateReplicaSetStatusUpdate,
  validateReplicaSetUpdate,
  validateStatefulSet,
  validateStatefulSetStatusUpdate,
  validateStatefulSetUpdate,
} from '../../../../api/validation/apps/index.js';
import { specChanged } from '../../object-meta.js';
import type { Strategy } from '../../strategy.js';
import {
  STATEFUL_SET_DISABLED_FIELDS,
  dropDisabledFields,
  dropDisabledSpecTemplateFields,
  withDisabledFieldsDropped,
} from '../disabled-fields.js';
import { daemonSetStrategy } from './daemon-set-strategy.js';
import { STATUS_SUBRESOURCE, keepMetadataField, keepSpec } from './status-subresource.js';

export { STATUS_SUBRESOURCE, clearStatus, keepMetadataField, keepStatus, keepSpec } from './status-subresource.js';
export { TEMPLATE_GENERATION_ANNOTATION, daemonSetStrategy } from './daemon-set-strategy.js';

/** The strategy of `deployments`. */
export const deploymentStrategy: Strategy = withDisabledFieldsDropped({
  ...STATUS_SUBRESOURCE,
  defaults: (obj) => defaultDeployment(obj as Deployment__Output),
  prepareForStatusUpdate(obj, old) {
    keepSpec(obj, old);
    keepMetadataField(obj, old, 'labels');
  },
  // A Deployment copies its annotations to its ReplicaSets, so changing them is a change to roll out.
  generationChanged: (obj, old) => specChanged(obj, old) || !isDeepStrictEqual(obj.metadata?.annotations, old.metadata?.annotations),
  validate: (obj) => validateDeployment(obj as Deployment__Output),
  validateUpdate: (obj, old) => validateDeploymentUpdate(obj as Deployment__Output, old as Deployment__Output),
  validateStatusUpdate: (obj, old) => validateDeploymentStatusUpdate(obj as Deployment__Output, old as Deployment__Output),
  metaUpdateOnly: true,
  defaultGarbageCollectionPolicy: 'DeleteDependents',
}, dropDisabledSpecTemplateFields);

/** The strategy of `replicasets`. */
export const replicaSetStrategy: Strategy = withDisabledFieldsDropped({
  ...STATUS_SUBRESOURCE,
  defaults: (obj) => defaultReplicaSet(obj as ReplicaSet__Output),
  validate: (obj) => validateReplicaSet(obj as ReplicaSet__Output),
  validateUpdate: (obj, old) => validateReplicaSetUpdate(obj as ReplicaSet__Output, old as ReplicaSet__Output),
  validateStatusUpdate: (obj, old) => validateReplicaSetStatusUpdate(obj as ReplicaSet__Output, old as ReplicaSet__Output),
  defaultGarbageCollectionPolicy: 'DeleteDependents',
}, dropDisabledSpecTemplateFields);

/** The strategy of `statefulsets`: its template's gated fields and maxUnavailable (MaxUnavailableStatefulSet) are dropped. */
export const statefulSetStrategy: Strategy = withDisabledFieldsDropped({
  ...STATUS_SUBRESOURCE,
  defaults: (obj) => defaultStatefulSet(obj as StatefulSet__Output),
  validate: (obj) => validateStatefulSet(obj as StatefulSet__Output),
  validateUpdate: (obj, old) => validateStatefulSetUpdate(obj as StatefulSet__Output, old as StatefulSet__Output),
  validateStatusUpdate: (obj, old) => validateStatefulSetStatusUpdate(obj as StatefulSet__Output, old as StatefulSet__Output),
  metaUpdateOnly: true,
  defaultGarbageCollectionPolicy: 'DeleteDependents',
}, (obj, old) => {
  dropDisabledFields(STATEFUL_SET_DISABLED_FIELDS, obj as StatefulSet__Output, old as StatefulSet__Output | undefined);
  dropDisabledSpecTemplateFields(obj, old);
});

/** The strategy of `controllerrevisions`: a plain object, no status, no generation. */
export const controllerRevisionStrategy: Strategy = {
  validate: (obj) => validateControllerRevision(obj as ControllerRevision__Output),
  validateUpdate: (obj, old) => validateControllerRevisionUpdate(obj as ControllerRevision__Output, old as ControllerRevision__Output),
};

/** Every apps/v1 strategy, by resource. */
export const appsStrategies: Record<string, Strategy> = {
  deployments: deploymentStrategy,
  replicasets: replicaSetStrategy,
  statefulsets: statefulSetStrategy,
  daemonsets: daemonSetStrategy,
  controllerrevisions: controllerRevisionStrategy,
};
