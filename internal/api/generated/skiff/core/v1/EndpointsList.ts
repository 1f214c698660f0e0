// Original file: proto/core/v1/endpoints.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { Endpoints as _skiff_core_v1_Endpoints, Endpoints__Output as _skiff_core_v1_Endpoints__Output } from '../../../skiff/core/v1/Endpoints.js';

/**
 * EndpointsList is a list of endpoints.
 */
export interface EndpointsList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_core_v1_Endpoints)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * EndpointsList is a list of endpoints.
 */
export interface EndpointsList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_core_v1_Endpoints__Output)[];
}
