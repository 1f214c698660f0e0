// Original file: proto/apps/v1/replicaset.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { ReplicaSet as _skiff_apps_v1_ReplicaSet, ReplicaSet__Output as _skiff_apps_v1_ReplicaSet__Output } from '../../../skiff/apps/v1/ReplicaSet.js';

/**
 * ReplicaSetList is a list of ReplicaSets.
 */
export interface ReplicaSetList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_apps_v1_ReplicaSet)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * ReplicaSetList is a list of ReplicaSets.
 */
export interface ReplicaSetList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_apps_v1_ReplicaSet__Output)[];
}
