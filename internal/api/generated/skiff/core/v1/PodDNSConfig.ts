// Original file: proto/core/v1/pod.proto

import type { PodDNSConfigOption as _skiff_core_v1_PodDNSConfigOption, PodDNSConfigOption__Output as _skiff_core_v1_PodDNSConfigOption__Output } from '../../../skiff/core/v1/PodDNSConfigOption.js';

/**
 * PodDNSConfig adds name servers, search domains and resolver options to the pod's resolv.conf.
 */
export interface PodDNSConfig {
  'nameservers'?: (string)[];
  'searches'?: (string)[];
  'options'?: (_skiff_core_v1_PodDNSConfigOption)[];
}

/**
 * PodDNSConfig adds name servers, search domains and resolver options to the pod's resolv.conf.
 */
export interface PodDNSConfig__Output {
  'nameservers'?: (string)[];
  'searches'?: (string)[];
  'options'?: (_skiff_core_v1_PodDNSConfigOption__Output)[];
}
