// Original file: proto/storage/v1/storageclass.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { StorageClass as _skiff_storage_v1_StorageClass, StorageClass__Output as _skiff_storage_v1_StorageClass__Output } from '../../../skiff/storage/v1/StorageClass.js';

/**
 * StorageClassList is a list of StorageClasses.
 */
export interface StorageClassList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_storage_v1_StorageClass)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * StorageClassList is a list of StorageClasses.
 */
export interface StorageClassList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_storage_v1_StorageClass__Output)[];
}
