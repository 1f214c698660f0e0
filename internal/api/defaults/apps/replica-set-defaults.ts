/** ReplicaSet defaulting (SetDefaults_ReplicaSet): one replica, and the pod defaults in the template. */
import type { ReplicaSet__Output } from '../../generated/skiff/apps/v1/ReplicaSet.js';
import { defaultPodTemplateSpec } from '../core/index.js';

/** Defaults a ReplicaSet in place. */
export function defaultReplicaSet(rs: ReplicaSet__Output): void {
  const spec = (rs.spec ??= {});
  spec.replicas ??= 1;
  defaultPodTemplateSpec((spec.template ??= {}));
}
