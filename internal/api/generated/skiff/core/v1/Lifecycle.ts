// Original file: proto/core/v1/container.proto

import type { LifecycleHandler as _skiff_core_v1_LifecycleHandler, LifecycleHandler__Output as _skiff_core_v1_LifecycleHandler__Output } from '../../../skiff/core/v1/LifecycleHandler.js';

/**
 * Lifecycle holds the hooks run right after a container starts and right before it stops.
 */
export interface Lifecycle {
  /**
   * Runs right after the container is created; the container is restarted if it fails.
   */
  'postStart'?: (_skiff_core_v1_LifecycleHandler | null);
  /**
   * Runs before the container is sent its stop signal; counts against the grace period.
   */
  'preStop'?: (_skiff_core_v1_LifecycleHandler | null);
  '_postStart'?: "postStart";
  '_preStop'?: "preStop";
}

/**
 * Lifecycle holds the hooks run right after a container starts and right before it stops.
 */
export interface Lifecycle__Output {
  /**
   * Runs right after the container is created; the container is restarted if it fails.
   */
  'postStart'?: (_skiff_core_v1_LifecycleHandler__Output);
  /**
   * Runs before the container is sent its stop signal; counts against the grace period.
   */
  'preStop'?: (_skiff_core_v1_LifecycleHandler__Output);
}
