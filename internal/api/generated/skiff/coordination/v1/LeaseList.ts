// Original file: proto/coordination/v1/lease.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { Lease as _skiff_coordination_v1_Lease, Lease__Output as _skiff_coordination_v1_Lease__Output } from '../../../skiff/coordination/v1/Lease.js';

/**
 * LeaseList is a list of Leases.
 */
export interface LeaseList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_coordination_v1_Lease)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * LeaseList is a list of Leases.
 */
export interface LeaseList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_coordination_v1_Lease__Output)[];
}
