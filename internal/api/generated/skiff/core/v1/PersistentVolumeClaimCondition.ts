// Original file: proto/core/v1/persistentvolumeclaim.proto


/**
 * PersistentVolumeClaimCondition is one aspect of a claim's state, mostly about resizing.
 */
export interface PersistentVolumeClaimCondition {
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
 * PersistentVolumeClaimCondition is one aspect of a claim's state, mostly about resizing.
 */
export interface PersistentVolumeClaimCondition__Output {
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
