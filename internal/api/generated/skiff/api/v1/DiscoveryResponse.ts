// Original file: proto/api/v1/api.proto

import type { APIResource as _skiff_api_v1_APIResource, APIResource__Output as _skiff_api_v1_APIResource__Output } from '../../../skiff/api/v1/APIResource.js';
import type { VersionInfo as _skiff_api_v1_VersionInfo, VersionInfo__Output as _skiff_api_v1_VersionInfo__Output } from '../../../skiff/api/v1/VersionInfo.js';

export interface DiscoveryResponse {
  'resources'?: (_skiff_api_v1_APIResource)[];
  'version'?: (_skiff_api_v1_VersionInfo | null);
  '_version'?: "version";
}

export interface DiscoveryResponse__Output {
  'resources'?: (_skiff_api_v1_APIResource__Output)[];
  'version'?: (_skiff_api_v1_VersionInfo__Output);
}
