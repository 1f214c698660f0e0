// Original file: proto/api/v1/api.proto

import type { ResourceRef as _skiff_api_v1_ResourceRef, ResourceRef__Output as _skiff_api_v1_ResourceRef__Output } from '../../../skiff/api/v1/ResourceRef.js';
import type { DeleteOptions as _skiff_meta_v1_DeleteOptions, DeleteOptions__Output as _skiff_meta_v1_DeleteOptions__Output } from '../../../skiff/meta/v1/DeleteOptions.js';

export interface DeleteRequest {
  'ref'?: (_skiff_api_v1_ResourceRef | null);
  'options'?: (_skiff_meta_v1_DeleteOptions | null);
  '_ref'?: "ref";
  '_options'?: "options";
}

export interface DeleteRequest__Output {
  'ref'?: (_skiff_api_v1_ResourceRef__Output);
  'options'?: (_skiff_meta_v1_DeleteOptions__Output);
}
