// Original file: proto/core/v1/pod.proto


/**
 * PodCondition is one aspect of a pod's state: PodScheduled, Initialized, ContainersReady, Ready, ...
 */
export interface PodCondition {
  'type'?: (string);
  /**
   * True, False or Unknown.
   */
  'status'?: (string);
  /**
   * When the condition was last checked.
   */
  'lastProbeTime'?: (string);
  /**
   * When status last changed.
   */
  'lastTransitionTime'?: (string);
  'reason'?: (string);
  'message'?: (string);
  '_type'?: "type";
  '_status'?: "status";
  '_lastProbeTime'?: "lastProbeTime";
  '_lastTransitionTime'?: "lastTransitionTime";
  '_reason'?: "reason";
  '_message'?: "message";
}

/**
 * PodCondition is one aspect of a pod's state: PodScheduled, Initialized, ContainersReady, Ready, ...
 */
export interface PodCondition__Output {
  'type'?: (string);
  /**
   * True, False or Unknown.
   */
  'status'?: (string);
  /**
   * When the condition was last checked.
   */
  'lastProbeTime'?: (string);
  /**
   * When status last changed.
   */
  'lastTransitionTime'?: (string);
  'reason'?: (string);
  'message'?: (string);
}
