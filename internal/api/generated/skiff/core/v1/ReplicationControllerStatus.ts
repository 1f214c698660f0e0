// Original file: proto/core/v1/replicationcontroller.proto

import type { ReplicationControllerCondition as _skiff_core_v1_ReplicationControllerCondition, ReplicationControllerCondition__Output as _skiff_core_v1_ReplicationControllerCondition__Output } from '../../../skiff/core/v1/ReplicationControllerCondition.js';
import type { Long } from '@grpc/proto-loader';

/**
 * ReplicationControllerStatus is what the controller last observed.
 */
export interface ReplicationControllerStatus {
  /**
   * Pods currently counted.
   */
  'replicas'?: (number);
  /**
   * Pods whose labels match the template's labels.
   */
  'fullyLabeledReplicas'?: (number);
  'readyReplicas'?: (number);
  /**
   * Pods ready for at least minReadySeconds.
   */
  'availableReplicas'?: (number);
  /**
   * The metadata.generation this status was computed from.
   */
  'observedGeneration'?: (number | string | Long);
  'conditions'?: (_skiff_core_v1_ReplicationControllerCondition)[];
  '_replicas'?: "replicas";
  '_fullyLabeledReplicas'?: "fullyLabeledReplicas";
  '_readyReplicas'?: "readyReplicas";
  '_availableReplicas'?: "availableReplicas";
  '_observedGeneration'?: "observedGeneration";
}

/**
 * ReplicationControllerStatus is what the controller last observed.
 */
export interface ReplicationControllerStatus__Output {
  /**
   * Pods currently counted.
   */
  'replicas'?: (number);
  /**
   * Pods whose labels match the template's labels.
   */
  'fullyLabeledReplicas'?: (number);
  'readyReplicas'?: (number);
  /**
   * Pods ready for at least minReadySeconds.
   */
  'availableReplicas'?: (number);
  /**
   * The metadata.generation this status was computed from.
   */
  'observedGeneration'?: (number);
  'conditions'?: (_skiff_core_v1_ReplicationControllerCondition__Output)[];
}
