// Original file: proto/core/v1/replicationcontroller.proto


/**
 * ReplicationControllerCondition is one aspect of the controller's state (ReplicaFailure).
 */
export interface ReplicationControllerCondition {
  'type'?: (string);
  /**
   * True, False or Unknown.
   */
  'status'?: (string);
  'lastTransitionTime'?: (string);
  'reason'?: (string);
  'message'?: (string);
  '_type'?: "type";
  '_status'?: "status";
  '_lastTransitionTime'?: "lastTransitionTime";
  '_reason'?: "reason";
  '_message'?: "message";
}

/**
 * ReplicationControllerCondition is one aspect of the controller's state (ReplicaFailure).
 */
export interface ReplicationControllerCondition__Output {
  'type'?: (string);
  /**
   * True, False or Unknown.
   */
  'status'?: (string);
  'lastTransitionTime'?: (string);
  'reason'?: (string);
  'message'?: (string);
}
