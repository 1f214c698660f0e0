// Original file: proto/core/v1/service.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { ServiceSpec as _skiff_core_v1_ServiceSpec, ServiceSpec__Output as _skiff_core_v1_ServiceSpec__Output } from '../../../skiff/core/v1/ServiceSpec.js';
import type { ServiceStatus as _skiff_core_v1_ServiceStatus, ServiceStatus__Output as _skiff_core_v1_ServiceStatus__Output } from '../../../skiff/core/v1/ServiceStatus.js';

/**
 * Service exposes the pods its selector matches under one address, balancing across them.
 */
export interface Service {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  'spec'?: (_skiff_core_v1_ServiceSpec | null);
  'status'?: (_skiff_core_v1_ServiceStatus | null);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_spec'?: "spec";
  '_status'?: "status";
}

/**
 * Service exposes the pods its selector matches under one address, balancing across them.
 */
export interface Service__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  'spec'?: (_skiff_core_v1_ServiceSpec__Output);
  'status'?: (_skiff_core_v1_ServiceStatus__Output);
}
