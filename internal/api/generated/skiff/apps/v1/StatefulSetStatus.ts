// Original file: proto/apps/v1/statefulset.proto

import type { StatefulSetCondition as _skiff_apps_v1_StatefulSetCondition, StatefulSetCondition__Output as _skiff_apps_v1_StatefulSetCondition__Output } from '../../../skiff/apps/v1/StatefulSetCondition.js';
import type { Long } from '@grpc/proto-loader';

/**
 * StatefulSetStatus is what the statefulset controller last observed.
 */
export interface StatefulSetStatus {
  /**
   * The metadata.generation this status describes.
   */
  'observedGeneration'?: (number | string | Long);
  /**
   * Pods created by the controller.
   */
  'replicas'?: (number);
  /**
   * Pods whose Ready condition is True.
   */
  'readyReplicas'?: (number);
  /**
   * Pods running the revision named by currentRevision.
   */
  'currentReplicas'?: (number);
  /**
   * Pods running the revision named by updateRevision.
   */
  'updatedReplicas'?: (number);
  /**
   * The ControllerRevision of the ordinals below currentReplicas.
   */
  'currentRevision'?: (string);
  /**
   * The ControllerRevision of the ordinals being, or already, updated.
   */
  'updateRevision'?: (string);
  /**
   * Bumped when a new ControllerRevision's name collides with an existing one.
   */
  'collisionCount'?: (number);
  'conditions'?: (_skiff_apps_v1_StatefulSetCondition)[];
  /**
   * Pods that have been ready for at least minReadySeconds.
   */
  'availableReplicas'?: (number);
  '_observedGeneration'?: "observedGeneration";
  '_replicas'?: "replicas";
  '_readyReplicas'?: "readyReplicas";
  '_currentReplicas'?: "currentReplicas";
  '_updatedReplicas'?: "updatedReplicas";
  '_currentRevision'?: "currentRevision";
  '_updateRevision'?: "updateRevision";
  '_collisionCount'?: "collisionCount";
  '_availableReplicas'?: "availableReplicas";
}

/**
 * StatefulSetStatus is what the statefulset controller last observed.
 */
export interface StatefulSetStatus__Output {
  /**
   * The metadata.generation this status describes.
   */
  'observedGeneration'?: (number);
  /**
   * Pods created by the controller.
   */
  'replicas'?: (number);
  /**
   * Pods whose Ready condition is True.
   */
  'readyReplicas'?: (number);
  /**
   * Pods running the revision named by currentRevision.
   */
  'currentReplicas'?: (number);
  /**
   * Pods running the revision named by updateRevision.
   */
  'updatedReplicas'?: (number);
  /**
   * The ControllerRevision of the ordinals below currentReplicas.
   */
  'currentRevision'?: (string);
  /**
   * The ControllerRevision of the ordinals being, or already, updated.
   */
  'updateRevision'?: (string);
  /**
   * Bumped when a new ControllerRevision's name collides with an existing one.
   */
  'collisionCount'?: (number);
  'conditions'?: (_skiff_apps_v1_StatefulSetCondition__Output)[];
  /**
   * Pods that have been ready for at least minReadySeconds.
   */
  'availableReplicas'?: (number);
}
