// Original file: proto/core/v1/service.proto

import type { LoadBalancerStatus as _skiff_core_v1_LoadBalancerStatus, LoadBalancerStatus__Output as _skiff_core_v1_LoadBalancerStatus__Output } from '../../../skiff/core/v1/LoadBalancerStatus.js';
import type { Condition as _skiff_meta_v1_Condition, Condition__Output as _skiff_meta_v1_Condition__Output } from '../../../skiff/meta/v1/Condition.js';

/**
 * ServiceStatus holds the load balancer's addresses and the service's conditions.
 */
export interface ServiceStatus {
  'loadBalancer'?: (_skiff_core_v1_LoadBalancerStatus | null);
  'conditions'?: (_skiff_meta_v1_Condition)[];
  '_loadBalancer'?: "loadBalancer";
}

/**
 * ServiceStatus holds the load balancer's addresses and the service's conditions.
 */
export interface ServiceStatus__Output {
  'loadBalancer'?: (_skiff_core_v1_LoadBalancerStatus__Output);
  'conditions'?: (_skiff_meta_v1_Condition__Output)[];
}
