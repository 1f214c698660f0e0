// Original file: proto/apps/v1/daemonset.proto

import type { RollingUpdateDaemonSet as _skiff_apps_v1_RollingUpdateDaemonSet, RollingUpdateDaemonSet__Output as _skiff_apps_v1_RollingUpdateDaemonSet__Output } from '../../../skiff/apps/v1/RollingUpdateDaemonSet.js';

/**
 * DaemonSetUpdateStrategy chooses between RollingUpdate and OnDelete.
 */
export interface DaemonSetUpdateStrategy {
  /**
   * "RollingUpdate" (the default: replace node by node) or "OnDelete" (replace a pod only when it is deleted).
   */
  'type'?: (string);
  /**
   * Limits of a rolling update; only with type RollingUpdate.
   */
  'rollingUpdate'?: (_skiff_apps_v1_RollingUpdateDaemonSet | null);
  '_type'?: "type";
  '_rollingUpdate'?: "rollingUpdate";
}

/**
 * DaemonSetUpdateStrategy chooses between RollingUpdate and OnDelete.
 */
export interface DaemonSetUpdateStrategy__Output {
  /**
   * "RollingUpdate" (the default: replace node by node) or "OnDelete" (replace a pod only when it is deleted).
   */
  'type'?: (string);
  /**
   * Limits of a rolling update; only with type RollingUpdate.
   */
  'rollingUpdate'?: (_skiff_apps_v1_RollingUpdateDaemonSet__Output);
}
