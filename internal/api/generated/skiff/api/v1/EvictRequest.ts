// Original file: proto/api/v1/api.proto

import type { ResourceRef as _skiff_api_v1_ResourceRef, ResourceRef__Output as _skiff_api_v1_ResourceRef__Output } from '../../../skiff/api/v1/ResourceRef.js';
import type { Eviction as _skiff_policy_v1_Eviction, Eviction__Output as _skiff_policy_v1_Eviction__Output } from '../../../skiff/policy/v1/Eviction.js';

export interface EvictRequest {
  'ref'?: (_skiff_api_v1_ResourceRef | null);
  'eviction'?: (_skiff_policy_v1_Eviction | null);
  '_ref'?: "ref";
  '_eviction'?: "eviction";
}

export interface EvictRequest__Output {
  'ref'?: (_skiff_api_v1_ResourceRef__Output);
  'eviction'?: (_skiff_policy_v1_Eviction__Output);
}
