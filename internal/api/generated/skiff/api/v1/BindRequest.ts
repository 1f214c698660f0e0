// Original file: proto/api/v1/api.proto

import type { ResourceRef as _skiff_api_v1_ResourceRef, ResourceRef__Output as _skiff_api_v1_ResourceRef__Output } from '../../../skiff/api/v1/ResourceRef.js';
import type { Binding as _skiff_core_v1_Binding, Binding__Output as _skiff_core_v1_Binding__Output } from '../../../skiff/core/v1/Binding.js';
import type { WriteOptions as _skiff_api_v1_WriteOptions, WriteOptions__Output as _skiff_api_v1_WriteOptions__Output } from '../../../skiff/api/v1/WriteOptions.js';

export interface BindRequest {
  'ref'?: (_skiff_api_v1_ResourceRef | null);
  'binding'?: (_skiff_core_v1_Binding | null);
  'options'?: (_skiff_api_v1_WriteOptions | null);
  '_ref'?: "ref";
  '_binding'?: "binding";
  '_options'?: "options";
}

export interface BindRequest__Output {
  'ref'?: (_skiff_api_v1_ResourceRef__Output);
  'binding'?: (_skiff_core_v1_Binding__Output);
  'options'?: (_skiff_api_v1_WriteOptions__Output);
}
