// Original file: proto/api/v1/api.proto

import type { ResourceRef as _skiff_api_v1_ResourceRef, ResourceRef__Output as _skiff_api_v1_ResourceRef__Output } from '../../../skiff/api/v1/ResourceRef.js';

export interface GetScaleRequest {
  'ref'?: (_skiff_api_v1_ResourceRef | null);
  '_ref'?: "ref";
}

export interface GetScaleRequest__Output {
  'ref'?: (_skiff_api_v1_ResourceRef__Output);
}
