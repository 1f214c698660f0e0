// Original file: proto/core/v1/pod.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { PodSpec as _skiff_core_v1_PodSpec, PodSpec__Output as _skiff_core_v1_PodSpec__Output } from '../../../skiff/core/v1/PodSpec.js';
import type { PodStatus as _skiff_core_v1_PodStatus, PodStatus__Output as _skiff_core_v1_PodStatus__Output } from '../../../skiff/core/v1/PodStatus.js';

/**
 * Pod is the smallest unit Skiff schedules and runs: containers sharing a network and volumes.
 */
export interface Pod {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  'spec'?: (_skiff_core_v1_PodSpec | null);
  'status'?: (_skiff_core_v1_PodStatus | null);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_spec'?: "spec";
  '_status'?: "status";
}

/**
 * Pod is the smallest unit Skiff schedules and runs: containers sharing a network and volumes.
 */
export interface Pod__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  'spec'?: (_skiff_core_v1_PodSpec__Output);
  'status'?: (_skiff_core_v1_PodStatus__Output);
}
