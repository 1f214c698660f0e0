// Original file: proto/core/v1/service.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { Service as _skiff_core_v1_Service, Service__Output as _skiff_core_v1_Service__Output } from '../../../skiff/core/v1/Service.js';

/**
 * ServiceList is a list of services.
 */
export interface ServiceList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_core_v1_Service)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * ServiceList is a list of services.
 */
export interface ServiceList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_core_v1_Service__Output)[];
}
