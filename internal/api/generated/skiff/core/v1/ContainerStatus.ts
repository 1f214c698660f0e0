// Original file: proto/core/v1/pod.proto

import type { ContainerState as _skiff_core_v1_ContainerState, ContainerState__Output as _skiff_core_v1_ContainerState__Output } from '../../../skiff/core/v1/ContainerState.js';
import type { ResourceRequirements as _skiff_core_v1_ResourceRequirements, ResourceRequirements__Output as _skiff_core_v1_ResourceRequirements__Output } from '../../../skiff/core/v1/ResourceRequirements.js';

/**
 * ContainerStatus is what the kubelet reports about one container.
 */
export interface ContainerStatus {
  'name'?: (string);
  'state'?: (_skiff_core_v1_ContainerState | null);
  /**
   * How the previous run of the container ended, if it was restarted.
   */
  'lastState'?: (_skiff_core_v1_ContainerState | null);
  /**
   * Whether the readiness probe (or its absence) says the container can take traffic.
   */
  'ready'?: (boolean);
  /**
   * How often the container has been restarted.
   */
  'restartCount'?: (number);
  /**
   * The image the container is running, as the runtime names it.
   */
  'image'?: (string);
  /**
   * The image's digest.
   */
  'imageID'?: (string);
  /**
   * The runtime's ID, as <type>://<id>.
   */
  'containerID'?: (string);
  /**
   * Whether the container has started and passed its startup probe; not whether it is ready.
   */
  'started'?: (boolean);
  /**
   * The resources the node has set aside for the container.
   */
  'allocatedResources'?: ({[key: string]: string});
  /**
   * The resources the container actually runs with.
   */
  'resources'?: (_skiff_core_v1_ResourceRequirements | null);
  '_name'?: "name";
  '_state'?: "state";
  '_lastState'?: "lastState";
  '_ready'?: "ready";
  '_restartCount'?: "restartCount";
  '_image'?: "image";
  '_imageID'?: "imageID";
  '_containerID'?: "containerID";
  '_started'?: "started";
  '_resources'?: "resources";
}

/**
 * ContainerStatus is what the kubelet reports about one container.
 */
export interface ContainerStatus__Output {
  'name'?: (string);
  'state'?: (_skiff_core_v1_ContainerState__Output);
  /**
   * How the previous run of the container ended, if it was restarted.
   */
  'lastState'?: (_skiff_core_v1_ContainerState__Output);
  /**
   * Whether the readiness probe (or its absence) says the container can take traffic.
   */
  'ready'?: (boolean);
  /**
   * How often the container has been restarted.
   */
  'restartCount'?: (number);
  /**
   * The image the container is running, as the runtime names it.
   */
  'image'?: (string);
  /**
   * The image's digest.
   */
  'imageID'?: (string);
  /**
   * The runtime's ID, as <type>://<id>.
   */
  'containerID'?: (string);
  /**
   * Whether the container has started and passed its startup probe; not whether it is ready.
   */
  'started'?: (boolean);
  /**
   * The resources the node has set aside for the container.
   */
  'allocatedResources'?: ({[key: string]: string});
  /**
   * The resources the container actually runs with.
   */
  'resources'?: (_skiff_core_v1_ResourceRequirements__Output);
}
