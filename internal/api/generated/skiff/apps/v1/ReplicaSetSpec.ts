// Original file: proto/apps/v1/replicaset.proto

import type { LabelSelector as _skiff_meta_v1_LabelSelector, LabelSelector__Output as _skiff_meta_v1_LabelSelector__Output } from '../../../skiff/meta/v1/LabelSelector.js';
import type { PodTemplateSpec as _skiff_core_v1_PodTemplateSpec, PodTemplateSpec__Output as _skiff_core_v1_PodTemplateSpec__Output } from '../../../skiff/core/v1/PodTemplateSpec.js';

/**
 * ReplicaSetSpec: the pod count, the selector and the template.
 */
export interface ReplicaSetSpec {
  /**
   * Desired pod count; absent means 1, and 0 is a valid explicit value.
   */
  'replicas'?: (number);
  /**
   * Seconds a new pod must stay ready, with no container crashing, before it counts as available.
   */
  'minReadySeconds'?: (number);
  /**
   * Selects the pods this ReplicaSet counts and owns; must match the template's labels.
   */
  'selector'?: (_skiff_meta_v1_LabelSelector | null);
  /**
   * The pod created whenever too few match the selector.
   */
  'template'?: (_skiff_core_v1_PodTemplateSpec | null);
  '_replicas'?: "replicas";
  '_minReadySeconds'?: "minReadySeconds";
  '_selector'?: "selector";
  '_template'?: "template";
}

/**
 * ReplicaSetSpec: the pod count, the selector and the template.
 */
export interface ReplicaSetSpec__Output {
  /**
   * Desired pod count; absent means 1, and 0 is a valid explicit value.
   */
  'replicas'?: (number);
  /**
   * Seconds a new pod must stay ready, with no container crashing, before it counts as available.
   */
  'minReadySeconds'?: (number);
  /**
   * Selects the pods this ReplicaSet counts and owns; must match the template's labels.
   */
  'selector'?: (_skiff_meta_v1_LabelSelector__Output);
  /**
   * The pod created whenever too few match the selector.
   */
  'template'?: (_skiff_core_v1_PodTemplateSpec__Output);
}
