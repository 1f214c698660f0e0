// Original file: proto/apps/v1/statefulset.proto

import type { IntOrString as _skiff_meta_v1_IntOrString, IntOrString__Output as _skiff_meta_v1_IntOrString__Output } from '../../../skiff/meta/v1/IntOrString.js';

/**
 * RollingUpdateStatefulSetStrategy limits which ordinals a rolling update touches and how many at once.
 */
export interface RollingUpdateStatefulSetStrategy {
  /**
   * Only ordinals at or above this one are updated; lower ones keep the old revision (a canary knob).
   */
  'partition'?: (number);
  /**
   * Pods that may be unavailable at once during the update: a count or a percentage, rounded up (default 1).
   */
  'maxUnavailable'?: (_skiff_meta_v1_IntOrString | null);
  '_partition'?: "partition";
  '_maxUnavailable'?: "maxUnavailable";
}

/**
 * RollingUpdateStatefulSetStrategy limits which ordinals a rolling update touches and how many at once.
 */
export interface RollingUpdateStatefulSetStrategy__Output {
  /**
   * Only ordinals at or above this one are updated; lower ones keep the old revision (a canary knob).
   */
  'partition'?: (number);
  /**
   * Pods that may be unavailable at once during the update: a count or a percentage, rounded up (default 1).
   */
  'maxUnavailable'?: (_skiff_meta_v1_IntOrString__Output);
}
