// Original file: proto/api/v1/api.proto

import type { ResourceRef as _skiff_api_v1_ResourceRef, ResourceRef__Output as _skiff_api_v1_ResourceRef__Output } from '../../../skiff/api/v1/ResourceRef.js';
import type { DeleteOptions as _skiff_meta_v1_DeleteOptions, DeleteOptions__Output as _skiff_meta_v1_DeleteOptions__Output } from '../../../skiff/meta/v1/DeleteOptions.js';

export interface DeleteCollectionRequest {
  'ref'?: (_skiff_api_v1_ResourceRef | null);
  'labelSelector'?: (string);
  'fieldSelector'?: (string);
  'options'?: (_skiff_meta_v1_DeleteOptions | null);
  '_ref'?: "ref";
  '_labelSelector'?: "labelSelector";
  '_fieldSelector'?: "fieldSelector";
  '_options'?: "options";
}

export interface DeleteCollectionRequest__Output {
  'ref'?: (_skiff_api_v1_ResourceRef__Output);
  'labelSelector'?: (string);
  'fieldSelector'?: (string);
  'options'?: (_skiff_meta_v1_DeleteOptions__Output);
}
