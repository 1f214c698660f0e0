/**
 * ResourceTypes: the object type of each resource name, so `clientset.resource('pods')` and
 * `factory.forResource('pods')` are typed without casts. Kinds missing here are `KubeObject`.
 */
import type { Namespace__Output } from '../api/generated/skiff/core/v1/Namespace.js';
import type { Node__Output } from '../api/generated/skiff/core/v1/Node.js';
import type { Pod__Output } from '../api/generated/skiff/core/v1/Pod.js';
import type { Service__Output } from '../api/generated/skiff/core/v1/Service.js';
import type { Endpoints__Output } from '../api/generated/skiff/core/v1/Endpoints.js';
import type { ConfigMap__Output } from '../api/generated/skiff/core/v1/ConfigMap.js';
import type { Secret__Output } from '../api/generated/skiff/core/v1/Secret.js';
import type { ServiceAccount__Output } from '../api/generated/skiff/core/v1/ServiceAccount.js';
import type { Event__Output } from '../api/generated/skiff/core/v1/Event.js';
import type { ReplicationController__Output } from '../api/generated/skiff/core/v1/ReplicationController.js';
import type { PersistentVolume__Output } from '../api/generated/skiff/core/v1/PersistentVolume.js';
import type { PersistentVolumeClaim__Output } from '../api/generated/skiff/core/v1/PersistentVolumeClaim.js';
import type { PodTemplate__Output } from '../api/generated/skiff/core/v1/PodTemplate.js';
import type { Deployment__Output } from '../api/generated/skiff/apps/v1/Deployment.js';
import type { ReplicaSet__Output } from '../api/generated/skiff/apps/v1/ReplicaSet.js';
import type { StatefulSet__Output } from '../api/generated/skiff/apps/v1/StatefulSet.js';
import type { DaemonSet__Output } from '../api/generated/skiff/apps/v1/DaemonSet.js';
import type { ControllerRevision__Output } from '../api/generated/skiff/apps/v1/ControllerRevision.js';
import type { Job__Output } from '../api/generated/skiff/batch/v1/Job.js';
import type { CronJob__Output } from '../api/generated/skiff/batch/v1/CronJob.js';
import type { Lease__Output } from '../api/generated/skiff/coordination/v1/Lease.js';
import type { PriorityClass__Output } from '../api/generated/skiff/scheduling/v1/PriorityClass.js';
import type { PodDisruptionBudget__Output } from '../api/generated/skiff/policy/v1/PodDisruptionBudget.js';
import type { StorageClass__Output } from '../api/generated/skiff/storage/v1/StorageClass.js';
import type { Scale__Output } from '../api/generated/skiff/autoscaling/v1/Scale.js';
import type { KubeObject } from '../api/index.js';
import type { PartialObjectMetadata__Output } from '../api/generated/skiff/meta/v1/PartialObjectMetadata.js';

export type {
  Namespace__Output as Namespace,
  Node__Output as Node,
  Pod__Output as Pod,
  Service__Output as Service,
  Endpoints__Output as Endpoints,
  ConfigMap__Output as ConfigMap,
  Secret__Output as Secret,
  Event__Output as Event,
  Deployment__Output as Deployment,
  ReplicaSet__Output as ReplicaSet,
  Lease__Output as Lease,
  Scale__Output as Scale,
  PartialObjectMetadata__Output as PartialObjectMetadata,
};

/** The object type of each resource (plural name). */
export interface ResourceTypes {
  namespaces: Namespace__Output;
  nodes: Node__Output;
  pods: Pod__Output;
  services: Service__Output;
  endpoints: Endpoints__Output;
  configmaps: ConfigMap__Output;
  secrets: Secret__Output;
  serviceaccounts: ServiceAccount__Output;
  events: Event__Output;
  replicationcontrollers: ReplicationController__Output;
  persistentvolumes: PersistentVolume__Output;
  persistentvolumeclaims: PersistentVolumeClaim__Output;
  podtemplates: PodTemplate__Output;
  deployments: Deployment__Output;
  replicasets: ReplicaSet__Output;
  statefulsets: StatefulSet__Output;
  daemonsets: DaemonSet__Output;
  controllerrevisions: ControllerRevision__Output;
  jobs: Job__Output;
  cronjobs: CronJob__Output;
  leases: Lease__Output;
  priorityclasses: PriorityClass__Output;
  poddisruptionbudgets: PodDisruptionBudget__Output;
  storageclasses: StorageClass__Output;
}

/** The object type of a resource name: its generated type when known, else KubeObject. */
export type ObjectOf<R extends string> = R extends keyof ResourceTypes ? ResourceTypes[R] : KubeObject;
