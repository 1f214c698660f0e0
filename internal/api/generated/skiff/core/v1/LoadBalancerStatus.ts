// Original file: proto/core/v1/service.proto

import type { LoadBalancerIngress as _skiff_core_v1_LoadBalancerIngress, LoadBalancerIngress__Output as _skiff_core_v1_LoadBalancerIngress__Output } from '../../../skiff/core/v1/LoadBalancerIngress.js';

/**
 * LoadBalancerStatus lists the load balancer's entry points.
 */
export interface LoadBalancerStatus {
  'ingress'?: (_skiff_core_v1_LoadBalancerIngress)[];
}

/**
 * LoadBalancerStatus lists the load balancer's entry points.
 */
export interface LoadBalancerStatus__Output {
  'ingress'?: (_skiff_core_v1_LoadBalancerIngress__Output)[];
}
