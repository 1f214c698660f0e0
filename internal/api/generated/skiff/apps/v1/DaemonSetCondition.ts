// Original file: proto/apps/v1/daemonset.proto


/**
 * DaemonSetCondition is one aspect of a DaemonSet's state.
 */
export interface DaemonSetCondition {
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
 * DaemonSetCondition is one aspect of a DaemonSet's state.
 */
export interface DaemonSetCondition__Output {
  'type'?: (string);
  /**
   * "True", "False" or "Unknown".
   */
  'status'?: (string);
  'lastTransitionTime'?: (string);
  'reason'?: (string);
  'message'?: (string);
}
