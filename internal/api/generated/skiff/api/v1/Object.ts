// Original file: proto/api/v1/api.proto

import type { Namespace as _skiff_core_v1_Namespace, Namespace__Output as _skiff_core_v1_Namespace__Output } from '../../../skiff/core/v1/Namespace.js';
import type { Node as _skiff_core_v1_Node, Node__Output as _skiff_core_v1_Node__Output } from '../../../skiff/core/v1/Node.js';
import type { Pod as _skiff_core_v1_Pod, Pod__Output as _skiff_core_v1_Pod__Output } from '../../../skiff/core/v1/Pod.js';
import type { Service as _skiff_core_v1_Service, Service__Output as _skiff_core_v1_Service__Output } from '../../../skiff/core/v1/Service.js';
import type { Endpoints as _skiff_core_v1_Endpoints, Endpoints__Output as _skiff_core_v1_Endpoints__Output } from '../../../skiff/core/v1/Endpoints.js';
import type { ConfigMap as _skiff_core_v1_ConfigMap, ConfigMap__Output as _skiff_core_v1_ConfigMap__Output } from '../../../skiff/core/v1/ConfigMap.js';
import type { Secret as _skiff_core_v1_Secret, Secret__Output as _skiff_core_v1_Secret__Output } from '../../../skiff/core/v1/Secret.js';
import type { ServiceAccount as _skiff_core_v1_ServiceAccount, ServiceAccount__Output as _skiff_core_v1_ServiceAccount__Output } from '../../../skiff/core/v1/ServiceAccount.js';
import type { Event as _skiff_core_v1_Event, Event__Output as _skiff_core_v1_Event__Output } from '../../../skiff/core/v1/Event.js';
import type { ReplicationController as _skiff_core_v1_ReplicationController, ReplicationController__Output as _skiff_core_v1_ReplicationController__Output } from '../../../skiff/core/v1/ReplicationController.js';
import type { PersistentVolume as _skiff_core_v1_PersistentVolume, PersistentVolume__Output as _skiff_core_v1_PersistentVolume__Output } from '../../../skiff/core/v1/PersistentVolume.js';
import type { PersistentVolumeClaim as _skiff_core_v1_PersistentVolumeClaim, PersistentVolumeClaim__Output as _skiff_core_v1_PersistentVolumeClaim__Output } from '../../../skiff/core/v1/PersistentVolumeClaim.js';
import type { PodTemplate as _skiff_core_v1_PodTemplate, PodTemplate__Output as _skiff_core_v1_PodTemplate__Output } from '../../../skiff/core/v1/PodTemplate.js';
import type { Binding as _skiff_core_v1_Binding, Binding__Output as _skiff_core_v1_Binding__Output } from '../../../skiff/core/v1/Binding.js';
import type { Deployment as _skiff_apps_v1_Deployment, Deployment__Output as _skiff_apps_v1_Deployment__Output } from '../../../skiff/apps/v1/Deployment.js';
import type { ReplicaSet as _skiff_apps_v1_ReplicaSet, ReplicaSet__Output as _skiff_apps_v1_ReplicaSet__Output } from '../../../skiff/apps/v1/ReplicaSet.js';
import type { StatefulSet as _skiff_apps_v1_StatefulSet, StatefulSet__Output as _skiff_apps_v1_StatefulSet__Output } from '../../../skiff/apps/v1/StatefulSet.js';
import type { DaemonSet as _skiff_apps_v1_DaemonSet, DaemonSet__Output as _skiff_apps_v1_DaemonSet__Output } from '../../../skiff/apps/v1/DaemonSet.js';
import type { ControllerRevision as _skiff_apps_v1_ControllerRevision, ControllerRevision__Output as _skiff_apps_v1_ControllerRevision__Output } from '../../../skiff/apps/v1/ControllerRevision.js';
import type { Job as _skiff_batch_v1_Job, Job__Output as _skiff_batch_v1_Job__Output } from '../../../skiff/batch/v1/Job.js';
import type { CronJob as _skiff_batch_v1_CronJob, CronJob__Output as _skiff_batch_v1_CronJob__Output } from '../../../skiff/batch/v1/CronJob.js';
import type { Lease as _skiff_coordination_v1_Lease, Lease__Output as _skiff_coordination_v1_Lease__Output } from '../../../skiff/coordination/v1/Lease.js';
import type { PriorityClass as _skiff_scheduling_v1_PriorityClass, PriorityClass__Output as _skiff_scheduling_v1_PriorityClass__Output } from '../../../skiff/scheduling/v1/PriorityClass.js';
import type { PodDisruptionBudget as _skiff_policy_v1_PodDisruptionBudget, PodDisruptionBudget__Output as _skiff_policy_v1_PodDisruptionBudget__Output } from '../../../skiff/policy/v1/PodDisruptionBudget.js';
import type { Eviction as _skiff_policy_v1_Eviction, Eviction__Output as _skiff_policy_v1_Eviction__Output } from '../../../skiff/policy/v1/Eviction.js';
import type { StorageClass as _skiff_storage_v1_StorageClass, StorageClass__Output as _skiff_storage_v1_StorageClass__Output } from '../../../skiff/storage/v1/StorageClass.js';
import type { Scale as _skiff_autoscaling_v1_Scale, Scale__Output as _skiff_autoscaling_v1_Scale__Output } from '../../../skiff/autoscaling/v1/Scale.js';
import type { Status as _skiff_meta_v1_Status, Status__Output as _skiff_meta_v1_Status__Output } from '../../../skiff/meta/v1/Status.js';
import type { PartialObjectMetadata as _skiff_meta_v1_PartialObjectMetadata, PartialObjectMetadata__Output as _skiff_meta_v1_PartialObjectMetadata__Output } from '../../../skiff/meta/v1/PartialObjectMetadata.js';

/**
 * Object is the typed envelope: exactly one field is set, the one of the object's kind.
 */
export interface Object {
  'namespace'?: (_skiff_core_v1_Namespace | null);
  'node'?: (_skiff_core_v1_Node | null);
  'pod'?: (_skiff_core_v1_Pod | null);
  'service'?: (_skiff_core_v1_Service | null);
  'endpoints'?: (_skiff_core_v1_Endpoints | null);
  'configMap'?: (_skiff_core_v1_ConfigMap | null);
  'secret'?: (_skiff_core_v1_Secret | null);
  'serviceAccount'?: (_skiff_core_v1_ServiceAccount | null);
  'event'?: (_skiff_core_v1_Event | null);
  'replicationController'?: (_skiff_core_v1_ReplicationController | null);
  'persistentVolume'?: (_skiff_core_v1_PersistentVolume | null);
  'persistentVolumeClaim'?: (_skiff_core_v1_PersistentVolumeClaim | null);
  'podTemplate'?: (_skiff_core_v1_PodTemplate | null);
  'binding'?: (_skiff_core_v1_Binding | null);
  'deployment'?: (_skiff_apps_v1_Deployment | null);
  'replicaSet'?: (_skiff_apps_v1_ReplicaSet | null);
  'statefulSet'?: (_skiff_apps_v1_StatefulSet | null);
  'daemonSet'?: (_skiff_apps_v1_DaemonSet | null);
  'controllerRevision'?: (_skiff_apps_v1_ControllerRevision | null);
  'job'?: (_skiff_batch_v1_Job | null);
  'cronJob'?: (_skiff_batch_v1_CronJob | null);
  'lease'?: (_skiff_coordination_v1_Lease | null);
  'priorityClass'?: (_skiff_scheduling_v1_PriorityClass | null);
  'podDisruptionBudget'?: (_skiff_policy_v1_PodDisruptionBudget | null);
  'eviction'?: (_skiff_policy_v1_Eviction | null);
  'storageClass'?: (_skiff_storage_v1_StorageClass | null);
  'scale'?: (_skiff_autoscaling_v1_Scale | null);
  /**
   * A Status, as the object of an ERROR watch event or of a delete that returns no object.
   */
  'status'?: (_skiff_meta_v1_Status | null);
  /**
   * Metadata only, for metadata lists and watches (the garbage collector reads these).
   */
  'partialObjectMetadata'?: (_skiff_meta_v1_PartialObjectMetadata | null);
  'kind'?: "namespace"|"node"|"pod"|"service"|"endpoints"|"configMap"|"secret"|"serviceAccount"|"event"|"replicationController"|"persistentVolume"|"persistentVolumeClaim"|"podTemplate"|"binding"|"deployment"|"replicaSet"|"statefulSet"|"daemonSet"|"controllerRevision"|"job"|"cronJob"|"lease"|"priorityClass"|"podDisruptionBudget"|"eviction"|"storageClass"|"scale"|"status"|"partialObjectMetadata";
}

/**
 * Object is the typed envelope: exactly one field is set, the one of the object's kind.
 */
export interface Object__Output {
  'namespace'?: (_skiff_core_v1_Namespace__Output);
  'node'?: (_skiff_core_v1_Node__Output);
  'pod'?: (_skiff_core_v1_Pod__Output);
  'service'?: (_skiff_core_v1_Service__Output);
  'endpoints'?: (_skiff_core_v1_Endpoints__Output);
  'configMap'?: (_skiff_core_v1_ConfigMap__Output);
  'secret'?: (_skiff_core_v1_Secret__Output);
  'serviceAccount'?: (_skiff_core_v1_ServiceAccount__Output);
  'event'?: (_skiff_core_v1_Event__Output);
  'replicationController'?: (_skiff_core_v1_ReplicationController__Output);
  'persistentVolume'?: (_skiff_core_v1_PersistentVolume__Output);
  'persistentVolumeClaim'?: (_skiff_core_v1_PersistentVolumeClaim__Output);
  'podTemplate'?: (_skiff_core_v1_PodTemplate__Output);
  'binding'?: (_skiff_core_v1_Binding__Output);
  'deployment'?: (_skiff_apps_v1_Deployment__Output);
  'replicaSet'?: (_skiff_apps_v1_ReplicaSet__Output);
  'statefulSet'?: (_skiff_apps_v1_StatefulSet__Output);
  'daemonSet'?: (_skiff_apps_v1_DaemonSet__Output);
  'controllerRevision'?: (_skiff_apps_v1_ControllerRevision__Output);
  'job'?: (_skiff_batch_v1_Job__Output);
  'cronJob'?: (_skiff_batch_v1_CronJob__Output);
  'lease'?: (_skiff_coordination_v1_Lease__Output);
  'priorityClass'?: (_skiff_scheduling_v1_PriorityClass__Output);
  'podDisruptionBudget'?: (_skiff_policy_v1_PodDisruptionBudget__Output);
  'eviction'?: (_skiff_policy_v1_Eviction__Output);
  'storageClass'?: (_skiff_storage_v1_StorageClass__Output);
  'scale'?: (_skiff_autoscaling_v1_Scale__Output);
  /**
   * A Status, as the object of an ERROR watch event or of a delete that returns no object.
   */
  'status'?: (_skiff_meta_v1_Status__Output);
  /**
   * Metadata only, for metadata lists and watches (the garbage collector reads these).
   */
  'partialObjectMetadata'?: (_skiff_meta_v1_PartialObjectMetadata__Output);
}
