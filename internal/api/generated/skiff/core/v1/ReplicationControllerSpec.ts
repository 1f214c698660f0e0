// Original file: proto/core/v1/replicationcontroller.proto

import type { PodTemplateSpec as _skiff_core_v1_PodTemplateSpec, PodTemplateSpec__Output as _skiff_core_v1_PodTemplateSpec__Output } from '../../../skiff/core/v1/PodTemplateSpec.js';

/**
 * ReplicationControllerSpec is how many pods to keep, which pods count and how to make new ones.
 */
export interface ReplicationControllerSpec {
  /**
   * The desired number of pods; 1 by default.
   */
  'replicas'?: (number);
  /**
   * Seconds a new pod must be ready, without a container crashing, to count as available.
   */
  'minReadySeconds'?: (number);
  /**
   * Labels of the pods this controller counts; the template's labels when empty.
   */
  'selector'?: ({[key: string]: string});
  /**
   * The pods to create; their labels must match the selector.
   */
  'template'?: (_skiff_core_v1_PodTemplateSpec | null);
  '_replicas'?: "replicas";
  '_minReadySeconds'?: "minReadySeconds";
  '_template'?: "template";
}

/**
 * ReplicationControllerSpec is how many pods to keep, which pods count and how to make new ones.
 */
export interface ReplicationControllerSpec__Output {
  /**
   * The desired number of pods; 1 by default.
   */
  'replicas'?: (number);
  /**
   * Seconds a new pod must be ready, without a container crashing, to count as available.
   */
  'minReadySeconds'?: (number);
  /**
   * Labels of the pods this controller counts; the template's labels when empty.
   */
  'selector'?: ({[key: string]: string});
  /**
   * The pods to create; their labels must match the selector.
   */
  'template'?: (_skiff_core_v1_PodTemplateSpec__Output);
}
