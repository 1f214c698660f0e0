// Original file: proto/core/v1/service.proto

import type { PortStatus as _skiff_core_v1_PortStatus, PortStatus__Output as _skiff_core_v1_PortStatus__Output } from '../../../skiff/core/v1/PortStatus.js';

/**
 * LoadBalancerIngress is one entry point of a load balancer: an IP or a host name.
 */
export interface LoadBalancerIngress {
  'ip'?: (string);
  'hostname'?: (string);
  /**
   * "VIP" (traffic arrives addressed to the IP) or "Proxy" (addressed to the node).
   */
  'ipMode'?: (string);
  'ports'?: (_skiff_core_v1_PortStatus)[];
  '_ip'?: "ip";
  '_hostname'?: "hostname";
  '_ipMode'?: "ipMode";
}

/**
 * LoadBalancerIngress is one entry point of a load balancer: an IP or a host name.
 */
export interface LoadBalancerIngress__Output {
  'ip'?: (string);
  'hostname'?: (string);
  /**
   * "VIP" (traffic arrives addressed to the IP) or "Proxy" (addressed to the node).
   */
  'ipMode'?: (string);
  'ports'?: (_skiff_core_v1_PortStatus__Output)[];
}
