// Original file: proto/coordination/v1/lease.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { LeaseSpec as _skiff_coordination_v1_LeaseSpec, LeaseSpec__Output as _skiff_coordination_v1_LeaseSpec__Output } from '../../../skiff/coordination/v1/LeaseSpec.js';

/**
 * Lease records who holds a lock and until when; holders renew it, and others may take it once it
 * has gone unrenewed for leaseDurationSeconds.
 */
export interface Lease {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  'spec'?: (_skiff_coordination_v1_LeaseSpec | null);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_spec'?: "spec";
}

/**
 * Lease records who holds a lock and until when; holders renew it, and others may take it once it
 * has gone unrenewed for leaseDurationSeconds.
 */
export interface Lease__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  'spec'?: (_skiff_coordination_v1_LeaseSpec__Output);
}
