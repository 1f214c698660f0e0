// Original file: proto/core/v1/persistentvolumeclaim.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { PersistentVolumeClaim as _skiff_core_v1_PersistentVolumeClaim, PersistentVolumeClaim__Output as _skiff_core_v1_PersistentVolumeClaim__Output } from '../../../skiff/core/v1/PersistentVolumeClaim.js';

/**
 * PersistentVolumeClaimList is a list of persistent volume claims.
 */
export interface PersistentVolumeClaimList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_core_v1_PersistentVolumeClaim)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * PersistentVolumeClaimList is a list of persistent volume claims.
 */
export interface PersistentVolumeClaimList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_core_v1_PersistentVolumeClaim__Output)[];
}
