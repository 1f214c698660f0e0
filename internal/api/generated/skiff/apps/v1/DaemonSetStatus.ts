// Original file: proto/apps/v1/daemonset.proto

import type { DaemonSetCondition as _skiff_apps_v1_DaemonSetCondition, DaemonSetCondition__Output as _skiff_apps_v1_DaemonSetCondition__Output } from '../../../skiff/apps/v1/DaemonSetCondition.js';
import type { Long } from '@grpc/proto-loader';

/**
 * DaemonSetStatus counts nodes, not pods: what the daemonset controller last observed.
 */
export interface DaemonSetStatus {
  /**
   * Nodes that should run the pod and run at least one.
   */
  'currentNumberScheduled'?: (number);
  /**
   * Nodes that run the pod but should not.
   */
  'numberMisscheduled'?: (number);
  /**
   * Nodes that should run the pod.
   */
  'desiredNumberScheduled'?: (number);
  /**
   * Nodes that should run the pod and have at least one Ready.
   */
  'numberReady'?: (number);
  /**
   * The metadata.generation this status describes.
   */
  'observedGeneration'?: (number | string | Long);
  /**
   * Nodes running a pod from the current template.
   */
  'updatedNumberScheduled'?: (number);
  /**
   * Nodes that should run the pod and have one available (ready for minReadySeconds).
   */
  'numberAvailable'?: (number);
  /**
   * Nodes that should run the pod and have none available.
   */
  'numberUnavailable'?: (number);
  /**
   * Bumped when a new ControllerRevision's name collides with an existing one.
   */
  'collisionCount'?: (number);
  'conditions'?: (_skiff_apps_v1_DaemonSetCondition)[];
  '_currentNumberScheduled'?: "currentNumberScheduled";
  '_numberMisscheduled'?: "numberMisscheduled";
  '_desiredNumberScheduled'?: "desiredNumberScheduled";
  '_numberReady'?: "numberReady";
  '_observedGeneration'?: "observedGeneration";
  '_updatedNumberScheduled'?: "updatedNumberScheduled";
  '_numberAvailable'?: "numberAvailable";
  '_numberUnavailable'?: "numberUnavailable";
  '_collisionCount'?: "collisionCount";
}

/**
 * DaemonSetStatus counts nodes, not pods: what the daemonset controller last observed.
 */
export interface DaemonSetStatus__Output {
  /**
   * Nodes that should run the pod and run at least one.
   */
  'currentNumberScheduled'?: (number);
  /**
   * Nodes that run the pod but should not.
   */
  'numberMisscheduled'?: (number);
  /**
   * Nodes that should run the pod.
   */
  'desiredNumberScheduled'?: (number);
  /**
   * Nodes that should run the pod and have at least one Ready.
   */
  'numberReady'?: (number);
  /**
   * The metadata.generation this status describes.
   */
  'observedGeneration'?: (number);
  /**
   * Nodes running a pod from the current template.
   */
  'updatedNumberScheduled'?: (number);
  /**
   * Nodes that should run the pod and have one available (ready for minReadySeconds).
   */
  'numberAvailable'?: (number);
  /**
   * Nodes that should run the pod and have none available.
   */
  'numberUnavailable'?: (number);
  /**
   * Bumped when a new ControllerRevision's name collides with an existing one.
   */
  'collisionCount'?: (number);
  'conditions'?: (_skiff_apps_v1_DaemonSetCondition__Output)[];
}
