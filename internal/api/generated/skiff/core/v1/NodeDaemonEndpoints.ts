// Original file: proto/core/v1/node.proto

import type { DaemonEndpoint as _skiff_core_v1_DaemonEndpoint, DaemonEndpoint__Output as _skiff_core_v1_DaemonEndpoint__Output } from '../../../skiff/core/v1/DaemonEndpoint.js';

/**
 * NodeDaemonEndpoints lists the ports the node's daemons listen on.
 */
export interface NodeDaemonEndpoints {
  'kubeletEndpoint'?: (_skiff_core_v1_DaemonEndpoint | null);
  '_kubeletEndpoint'?: "kubeletEndpoint";
}

/**
 * NodeDaemonEndpoints lists the ports the node's daemons listen on.
 */
export interface NodeDaemonEndpoints__Output {
  'kubeletEndpoint'?: (_skiff_core_v1_DaemonEndpoint__Output);
}
