// Original file: proto/api/v1/api.proto

import type { ResourceRef as _skiff_api_v1_ResourceRef, ResourceRef__Output as _skiff_api_v1_ResourceRef__Output } from '../../../skiff/api/v1/ResourceRef.js';
import type { Object as _skiff_api_v1_Object, Object__Output as _skiff_api_v1_Object__Output } from '../../../skiff/api/v1/Object.js';
import type { WriteOptions as _skiff_api_v1_WriteOptions, WriteOptions__Output as _skiff_api_v1_WriteOptions__Output } from '../../../skiff/api/v1/WriteOptions.js';

export interface CreateRequest {
  'ref'?: (_skiff_api_v1_ResourceRef | null);
  'object'?: (_skiff_api_v1_Object | null);
  'options'?: (_skiff_api_v1_WriteOptions | null);
  '_ref'?: "ref";
  '_object'?: "object";
  '_options'?: "options";
}

export interface CreateRequest__Output {
  'ref'?: (_skiff_api_v1_ResourceRef__Output);
  'object'?: (_skiff_api_v1_Object__Output);
  'options'?: (_skiff_api_v1_WriteOptions__Output);
}
