// Original file: proto/core/v1/core_common.proto

import type { ResourceClaim as _skiff_core_v1_ResourceClaim, ResourceClaim__Output as _skiff_core_v1_ResourceClaim__Output } from '../../../skiff/core/v1/ResourceClaim.js';

/**
 * ResourceRequirements are a container's compute limits and requests (quantities by resource name).
 */
export interface ResourceRequirements {
  /**
   * The most the container may use; quantities such as "500m" or "256Mi".
   */
  'limits'?: ({[key: string]: string});
  /**
   * What the scheduler reserves for the container; defaults to the limits when absent.
   */
  'requests'?: ({[key: string]: string});
  /**
   * Dynamic resource claims of the pod this container uses, by name.
   */
  'claims'?: (_skiff_core_v1_ResourceClaim)[];
}

/**
 * ResourceRequirements are a container's compute limits and requests (quantities by resource name).
 */
export interface ResourceRequirements__Output {
  /**
   * The most the container may use; quantities such as "500m" or "256Mi".
   */
  'limits'?: ({[key: string]: string});
  /**
   * What the scheduler reserves for the container; defaults to the limits when absent.
   */
  'requests'?: ({[key: string]: string});
  /**
   * Dynamic resource claims of the pod this container uses, by name.
   */
  'claims'?: (_skiff_core_v1_ResourceClaim__Output)[];
}
