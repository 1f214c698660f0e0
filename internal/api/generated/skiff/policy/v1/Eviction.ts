// Original file: proto/policy/v1/eviction.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { DeleteOptions as _skiff_meta_v1_DeleteOptions, DeleteOptions__Output as _skiff_meta_v1_DeleteOptions__Output } from '../../../skiff/meta/v1/DeleteOptions.js';

/**
 * Eviction asks for a pod's deletion subject to every PodDisruptionBudget that selects it; the
 * request fails with 429 when a budget does not allow it.
 */
export interface Eviction {
  'apiVersion'?: (string);
  'kind'?: (string);
  /**
   * Names the pod to evict (name and namespace).
   */
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  /**
   * Options for the delete that follows (grace period, preconditions, dry run).
   */
  'deleteOptions'?: (_skiff_meta_v1_DeleteOptions | null);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_deleteOptions'?: "deleteOptions";
}

/**
 * Eviction asks for a pod's deletion subject to every PodDisruptionBudget that selects it; the
 * request fails with 429 when a budget does not allow it.
 */
export interface Eviction__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  /**
   * Names the pod to evict (name and namespace).
   */
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  /**
   * Options for the delete that follows (grace period, preconditions, dry run).
   */
  'deleteOptions'?: (_skiff_meta_v1_DeleteOptions__Output);
}
