// Original file: proto/apps/v1/deployment.proto

import type { IntOrString as _skiff_meta_v1_IntOrString, IntOrString__Output as _skiff_meta_v1_IntOrString__Output } from '../../../skiff/meta/v1/IntOrString.js';

/**
 * RollingUpdateDeployment bounds how far a rolling update may dip below or rise above the desired count.
 */
export interface RollingUpdateDeployment {
  /**
   * Pods that may be unavailable during the update: a count or a percentage of replicas, rounded
   * down (default 25%). Cannot be 0 when maxSurge is 0.
   */
  'maxUnavailable'?: (_skiff_meta_v1_IntOrString | null);
  /**
   * Pods that may exist beyond the desired count: a count or a percentage of replicas, rounded up
   * (default 25%). Cannot be 0 when maxUnavailable is 0.
   */
  'maxSurge'?: (_skiff_meta_v1_IntOrString | null);
  '_maxUnavailable'?: "maxUnavailable";
  '_maxSurge'?: "maxSurge";
}

/**
 * RollingUpdateDeployment bounds how far a rolling update may dip below or rise above the desired count.
 */
export interface RollingUpdateDeployment__Output {
  /**
   * Pods that may be unavailable during the update: a count or a percentage of replicas, rounded
   * down (default 25%). Cannot be 0 when maxSurge is 0.
   */
  'maxUnavailable'?: (_skiff_meta_v1_IntOrString__Output);
  /**
   * Pods that may exist beyond the desired count: a count or a percentage of replicas, rounded up
   * (default 25%). Cannot be 0 when maxUnavailable is 0.
   */
  'maxSurge'?: (_skiff_meta_v1_IntOrString__Output);
}
