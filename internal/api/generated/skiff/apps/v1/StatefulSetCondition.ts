// Original file: proto/apps/v1/statefulset.proto


/**
 * StatefulSetCondition is one aspect of a StatefulSet's state.
 */
export interface StatefulSetCondition {
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
 * StatefulSetCondition is one aspect of a StatefulSet's state.
 */
export interface StatefulSetCondition__Output {
  'type'?: (string);
  /**
   * "True", "False" or "Unknown".
   */
  'status'?: (string);
  'lastTransitionTime'?: (string);
  'reason'?: (string);
  'message'?: (string);
}
