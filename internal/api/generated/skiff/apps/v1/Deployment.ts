// Original file: proto/apps/v1/deployment.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { DeploymentSpec as _skiff_apps_v1_DeploymentSpec, DeploymentSpec__Output as _skiff_apps_v1_DeploymentSpec__Output } from '../../../skiff/apps/v1/DeploymentSpec.js';
import type { DeploymentStatus as _skiff_apps_v1_DeploymentStatus, DeploymentStatus__Output as _skiff_apps_v1_DeploymentStatus__Output } from '../../../skiff/apps/v1/DeploymentStatus.js';

/**
 * Deployment keeps a number of identical pods running and rolls them over to a new template by
 * scaling one ReplicaSet up and the previous ones down.
 */
export interface Deployment {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  'spec'?: (_skiff_apps_v1_DeploymentSpec | null);
  'status'?: (_skiff_apps_v1_DeploymentStatus | null);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_spec'?: "spec";
  '_status'?: "status";
}

/**
 * Deployment keeps a number of identical pods running and rolls them over to a new template by
 * scaling one ReplicaSet up and the previous ones down.
 */
export interface Deployment__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  'spec'?: (_skiff_apps_v1_DeploymentSpec__Output);
  'status'?: (_skiff_apps_v1_DeploymentStatus__Output);
}
