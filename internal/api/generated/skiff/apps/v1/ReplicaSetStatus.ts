// Original file: proto/apps/v1/replicaset.proto

import type { ReplicaSetCondition as _skiff_apps_v1_ReplicaSetCondition, ReplicaSetCondition__Output as _skiff_apps_v1_ReplicaSetCondition__Output } from '../../../skiff/apps/v1/ReplicaSetCondition.js';
import type { Long } from '@grpc/proto-loader';

/**
 * ReplicaSetStatus is what the replica set controller last observed.
 */
export interface ReplicaSetStatus {
  /**
   * Non-terminating pods currently matched by the selector.
   */
  'replicas'?: (number);
  /**
   * Non-terminating pods that carry every label of the template, not only the selector's.
   */
  'fullyLabeledReplicas'?: (number);
  /**
   * Non-terminating pods whose Ready condition is True.
   */
  'readyReplicas'?: (number);
  /**
   * Non-terminating pods that have been ready for at least minReadySeconds.
   */
  'availableReplicas'?: (number);
  /**
   * The metadata.generation this status describes.
   */
  'observedGeneration'?: (number | string | Long);
  'conditions'?: (_skiff_apps_v1_ReplicaSetCondition)[];
  '_replicas'?: "replicas";
  '_fullyLabeledReplicas'?: "fullyLabeledReplicas";
  '_readyReplicas'?: "readyReplicas";
  '_availableReplicas'?: "availableReplicas";
  '_observedGeneration'?: "observedGeneration";
}

/**
 * ReplicaSetStatus is what the replica set controller last observed.
 */
export interface ReplicaSetStatus__Output {
  /**
   * Non-terminating pods currently matched by the selector.
   */
  'replicas'?: (number);
  /**
   * Non-terminating pods that carry every label of the template, not only the selector's.
   */
  'fullyLabeledReplicas'?: (number);
  /**
   * Non-terminating pods whose Ready condition is True.
   */
  'readyReplicas'?: (number);
  /**
   * Non-terminating pods that have been ready for at least minReadySeconds.
   */
  'availableReplicas'?: (number);
  /**
   * The metadata.generation this status describes.
   */
  'observedGeneration'?: (number);
  'conditions'?: (_skiff_apps_v1_ReplicaSetCondition__Output)[];
}
