// Original file: proto/core/v1/serviceaccount.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { ServiceAccount as _skiff_core_v1_ServiceAccount, ServiceAccount__Output as _skiff_core_v1_ServiceAccount__Output } from '../../../skiff/core/v1/ServiceAccount.js';

/**
 * ServiceAccountList is a list of service accounts.
 */
export interface ServiceAccountList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_core_v1_ServiceAccount)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * ServiceAccountList is a list of service accounts.
 */
export interface ServiceAccountList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_core_v1_ServiceAccount__Output)[];
}
