// Original file: proto/core/v1/service.proto

import type { ClientIPConfig as _skiff_core_v1_ClientIPConfig, ClientIPConfig__Output as _skiff_core_v1_ClientIPConfig__Output } from '../../../skiff/core/v1/ClientIPConfig.js';

/**
 * SessionAffinityConfig tunes session affinity.
 */
export interface SessionAffinityConfig {
  'clientIP'?: (_skiff_core_v1_ClientIPConfig | null);
  '_clientIP'?: "clientIP";
}

/**
 * SessionAffinityConfig tunes session affinity.
 */
export interface SessionAffinityConfig__Output {
  'clientIP'?: (_skiff_core_v1_ClientIPConfig__Output);
}
