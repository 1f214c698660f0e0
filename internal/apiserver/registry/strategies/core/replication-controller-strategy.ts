/**
 * The ReplicationController strategy: generation counts spec changes, status (set only by the
 * controller, through the status subresource) starts empty, `status.replicas` is a field selector,
 * the template loses the fields of gates Kubernetes 1.32 leaves off, and (for v1, as Kubernetes
 * keeps it for compatibility) a delete that names no propagation policy orphans the pods.
 */
import type { KubeObject } from '../../../../api/index.js';
import { defaultReplicationController } from '../../../../api/defaults/core/index.js';
import type { ReplicationController__Output } from '../../../../api/generated/skiff/core/v1/ReplicationController.js';
import { validateReplicationController, validateReplicationControllerStatus } from '../../../../api/validation/core/index.js';
import type { Strategy } from '../../strategy.js';
import { dropDisabledSpecTemplateFields, withDisabledFieldsDropped } from '../disabled-fields.js';

const asRC = (obj: KubeObject): ReplicationController__Output => obj as ReplicationController__Output;

/** The hooks of replication controllers. */
export const replicationControllerStrategy: Strategy = withDisabledFieldsDropped({
  defaults: (obj) => defaultReplicationController(asRC(obj)),
  prepareForCreate(obj) {
    asRC(obj).status = {};
  },
  prepareForUpdate(obj, old) {
    asRC(obj).status = asRC(old).status;
  },
  prepareForStatusUpdate(obj, old) {
    asRC(obj).spec = asRC(old).spec;
  },
  validate: (obj) => validateReplicationController(asRC(obj)),
  validateUpdate: (obj) => validateReplicationController(asRC(obj)),
  validateStatusUpdate: (obj) => validateReplicationControllerStatus(asRC(obj).status),
  selectableFields: (obj) => ({ 'status.replicas': String(asRC(obj).status?.replicas ?? 0) }),
  fieldLabels: ['metadata.name', 'metadata.namespace', 'status.replicas'],
  usesGeneration: true,
  hasStatus: true,
  defaultGarbageCollectionPolicy: 'OrphanDependents',
}, dropDisabledSpecTemplateFields);
