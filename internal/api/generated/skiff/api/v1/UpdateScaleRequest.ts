// Original file: proto/api/v1/api.proto

import type { ResourceRef as _skiff_api_v1_ResourceRef, ResourceRef__Output as _skiff_api_v1_ResourceRef__Output } from '../../../skiff/api/v1/ResourceRef.js';
import type { Scale as _skiff_autoscaling_v1_Scale, Scale__Output as _skiff_autoscaling_v1_Scale__Output } from '../../../skiff/autoscaling/v1/Scale.js';
import type { WriteOptions as _skiff_api_v1_WriteOptions, WriteOptions__Output as _skiff_api_v1_WriteOptions__Output } from '../../../skiff/api/v1/WriteOptions.js';

export interface UpdateScaleRequest {
  'ref'?: (_skiff_api_v1_ResourceRef | null);
  'scale'?: (_skiff_autoscaling_v1_Scale | null);
  'options'?: (_skiff_api_v1_WriteOptions | null);
  '_ref'?: "ref";
  '_scale'?: "scale";
  '_options'?: "options";
}

export interface UpdateScaleRequest__Output {
  'ref'?: (_skiff_api_v1_ResourceRef__Output);
  'scale'?: (_skiff_autoscaling_v1_Scale__Output);
  'options'?: (_skiff_api_v1_WriteOptions__Output);
}
