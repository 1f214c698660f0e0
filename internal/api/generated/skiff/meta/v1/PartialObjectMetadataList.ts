// Original file: proto/meta/v1/meta.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { PartialObjectMetadata as _skiff_meta_v1_PartialObjectMetadata, PartialObjectMetadata__Output as _skiff_meta_v1_PartialObjectMetadata__Output } from '../../../skiff/meta/v1/PartialObjectMetadata.js';

/**
 * PartialObjectMetadataList is a metadata-only list, as the garbage collector reads them.
 */
export interface PartialObjectMetadataList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_meta_v1_PartialObjectMetadata)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * PartialObjectMetadataList is a metadata-only list, as the garbage collector reads them.
 */
export interface PartialObjectMetadataList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_meta_v1_PartialObjectMetadata__Output)[];
}
