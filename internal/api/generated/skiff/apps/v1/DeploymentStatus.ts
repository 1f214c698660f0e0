// Original file: proto/apps/v1/deployment.proto

import type { DeploymentCondition as _skiff_apps_v1_DeploymentCondition, DeploymentCondition__Output as _skiff_apps_v1_DeploymentCondition__Output } from '../../../skiff/apps/v1/DeploymentCondition.js';
import type { Long } from '@grpc/proto-loader';

/**
 * DeploymentStatus is what the deployment controller last observed.
 */
export interface DeploymentStatus {
  /**
   * The metadata.generation this status describes.
   */
  'observedGeneration'?: (number | string | Long);
  /**
   * Non-terminating pods matched by the selector, across all of this Deployment's ReplicaSets.
   */
  'replicas'?: (number);
  /**
   * Non-terminating pods running the current template.
   */
  'updatedReplicas'?: (number);
  /**
   * Non-terminating pods whose Ready condition is True.
   */
  'readyReplicas'?: (number);
  /**
   * Non-terminating pods that have been ready for at least minReadySeconds.
   */
  'availableReplicas'?: (number);
  /**
   * Pods still missing for full availability: running but not yet available, or not created yet.
   */
  'unavailableReplicas'?: (number);
  'conditions'?: (_skiff_apps_v1_DeploymentCondition)[];
  /**
   * Bumped when the hash of a new template collides with an existing ReplicaSet's name.
   */
  'collisionCount'?: (number);
  '_observedGeneration'?: "observedGeneration";
  '_replicas'?: "replicas";
  '_updatedReplicas'?: "updatedReplicas";
  '_readyReplicas'?: "readyReplicas";
  '_availableReplicas'?: "availableReplicas";
  '_unavailableReplicas'?: "unavailableReplicas";
  '_collisionCount'?: "collisionCount";
}

/**
 * DeploymentStatus is what the deployment controller last observed.
 */
export interface DeploymentStatus__Output {
  /**
   * The metadata.generation this status describes.
   */
  'observedGeneration'?: (number);
  /**
   * Non-terminating pods matched by the selector, across all of this Deployment's ReplicaSets.
   */
  'replicas'?: (number);
  /**
   * Non-terminating pods running the current template.
   */
  'updatedReplicas'?: (number);
  /**
   * Non-terminating pods whose Ready condition is True.
   */
  'readyReplicas'?: (number);
  /**
   * Non-terminating pods that have been ready for at least minReadySeconds.
   */
  'availableReplicas'?: (number);
  /**
   * Pods still missing for full availability: running but not yet available, or not created yet.
   */
  'unavailableReplicas'?: (number);
  'conditions'?: (_skiff_apps_v1_DeploymentCondition__Output)[];
  /**
   * Bumped when the hash of a new template collides with an existing ReplicaSet's name.
   */
  'collisionCount'?: (number);
}
