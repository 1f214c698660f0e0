// Original file: proto/core/v1/replicationcontroller.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { ReplicationController as _skiff_core_v1_ReplicationController, ReplicationController__Output as _skiff_core_v1_ReplicationController__Output } from '../../../skiff/core/v1/ReplicationController.js';

/**
 * ReplicationControllerList is a list of replication controllers.
 */
export interface ReplicationControllerList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_core_v1_ReplicationController)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * ReplicationControllerList is a list of replication controllers.
 */
export interface ReplicationControllerList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_core_v1_ReplicationController__Output)[];
}
