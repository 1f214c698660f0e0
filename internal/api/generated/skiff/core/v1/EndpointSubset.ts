// Original file: proto/core/v1/endpoints.proto

import type { EndpointAddress as _skiff_core_v1_EndpointAddress, EndpointAddress__Output as _skiff_core_v1_EndpointAddress__Output } from '../../../skiff/core/v1/EndpointAddress.js';
import type { EndpointPort as _skiff_core_v1_EndpointPort, EndpointPort__Output as _skiff_core_v1_EndpointPort__Output } from '../../../skiff/core/v1/EndpointPort.js';

/**
 * EndpointSubset is a set of addresses that all serve the same ports.
 */
export interface EndpointSubset {
  /**
   * Ready addresses, which receive traffic.
   */
  'addresses'?: (_skiff_core_v1_EndpointAddress)[];
  /**
   * Addresses that are not ready yet (or are terminating), kept apart from load balancing.
   */
  'notReadyAddresses'?: (_skiff_core_v1_EndpointAddress)[];
  'ports'?: (_skiff_core_v1_EndpointPort)[];
}

/**
 * EndpointSubset is a set of addresses that all serve the same ports.
 */
export interface EndpointSubset__Output {
  /**
   * Ready addresses, which receive traffic.
   */
  'addresses'?: (_skiff_core_v1_EndpointAddress__Output)[];
  /**
   * Addresses that are not ready yet (or are terminating), kept apart from load balancing.
   */
  'notReadyAddresses'?: (_skiff_core_v1_EndpointAddress__Output)[];
  'ports'?: (_skiff_core_v1_EndpointPort__Output)[];
}
