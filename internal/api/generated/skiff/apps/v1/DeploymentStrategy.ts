// Original file: proto/apps/v1/deployment.proto

import type { RollingUpdateDeployment as _skiff_apps_v1_RollingUpdateDeployment, RollingUpdateDeployment__Output as _skiff_apps_v1_RollingUpdateDeployment__Output } from '../../../skiff/apps/v1/RollingUpdateDeployment.js';

/**
 * DeploymentStrategy chooses between Recreate and RollingUpdate.
 */
export interface DeploymentStrategy {
  /**
   * "Recreate" (stop every old pod first) or "RollingUpdate" (the default).
   */
  'type'?: (string);
  /**
   * Limits of a rolling update; only with type RollingUpdate.
   */
  'rollingUpdate'?: (_skiff_apps_v1_RollingUpdateDeployment | null);
  '_type'?: "type";
  '_rollingUpdate'?: "rollingUpdate";
}

/**
 * DeploymentStrategy chooses between Recreate and RollingUpdate.
 */
export interface DeploymentStrategy__Output {
  /**
   * "Recreate" (stop every old pod first) or "RollingUpdate" (the default).
   */
  'type'?: (string);
  /**
   * Limits of a rolling update; only with type RollingUpdate.
   */
  'rollingUpdate'?: (_skiff_apps_v1_RollingUpdateDeployment__Output);
}
