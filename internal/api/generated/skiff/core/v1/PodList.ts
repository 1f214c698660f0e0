// Original file: proto/core/v1/pod.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { Pod as _skiff_core_v1_Pod, Pod__Output as _skiff_core_v1_Pod__Output } from '../../../skiff/core/v1/Pod.js';

/**
 * PodList is a list of pods.
 */
export interface PodList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_core_v1_Pod)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * PodList is a list of pods.
 */
export interface PodList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_core_v1_Pod__Output)[];
}
