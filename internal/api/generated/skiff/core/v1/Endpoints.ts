// Original file: proto/core/v1/endpoints.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { EndpointSubset as _skiff_core_v1_EndpointSubset, EndpointSubset__Output as _skiff_core_v1_EndpointSubset__Output } from '../../../skiff/core/v1/EndpointSubset.js';

/**
 * Endpoints has the same name as its service and lists the pods behind it, grouped by port set.
 */
export interface Endpoints {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  /**
   * Every address of a subset serves every port of that subset.
   */
  'subsets'?: (_skiff_core_v1_EndpointSubset)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * Endpoints has the same name as its service and lists the pods behind it, grouped by port set.
 */
export interface Endpoints__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  /**
   * Every address of a subset serves every port of that subset.
   */
  'subsets'?: (_skiff_core_v1_EndpointSubset__Output)[];
}
