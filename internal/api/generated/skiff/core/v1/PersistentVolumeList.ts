// Original file: proto/core/v1/persistentvolume.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { PersistentVolume as _skiff_core_v1_PersistentVolume, PersistentVolume__Output as _skiff_core_v1_PersistentVolume__Output } from '../../../skiff/core/v1/PersistentVolume.js';

/**
 * PersistentVolumeList is a list of persistent volumes.
 */
export interface PersistentVolumeList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_core_v1_PersistentVolume)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * PersistentVolumeList is a list of persistent volumes.
 */
export interface PersistentVolumeList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_core_v1_PersistentVolume__Output)[];
}
