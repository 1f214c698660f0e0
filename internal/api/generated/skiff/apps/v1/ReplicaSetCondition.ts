// Original file: proto/apps/v1/replicaset.proto


/**
 * ReplicaSetCondition is one aspect of a ReplicaSet's state (ReplicaFailure: a pod could not be created or deleted).
 */
export interface ReplicaSetCondition {
  'type'?: (string);
  /**
   * "True", "False" or "Unknown".
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
 * ReplicaSetCondition is one aspect of a ReplicaSet's state (ReplicaFailure: a pod could not be created or deleted).
 */
export interface ReplicaSetCondition__Output {
  'type'?: (string);
  /**
   * "True", "False" or "Unknown".
   */
  'status'?: (string);
  'lastTransitionTime'?: (string);
  'reason'?: (string);
  'message'?: (string);
}
