// Original file: proto/core/v1/core_common.proto


/**
 * Taint marks a node so that pods without a matching toleration are kept off it.
 */
export interface Taint {
  'key'?: (string);
  'value'?: (string);
  /**
   * NoSchedule, PreferNoSchedule or NoExecute.
   */
  'effect'?: (string);
  /**
   * When a NoExecute taint was added (RFC 3339).
   */
  'timeAdded'?: (string);
  '_key'?: "key";
  '_value'?: "value";
  '_effect'?: "effect";
  '_timeAdded'?: "timeAdded";
}

/**
 * Taint marks a node so that pods without a matching toleration are kept off it.
 */
export interface Taint__Output {
  'key'?: (string);
  'value'?: (string);
  /**
   * NoSchedule, PreferNoSchedule or NoExecute.
   */
  'effect'?: (string);
  /**
   * When a NoExecute taint was added (RFC 3339).
   */
  'timeAdded'?: (string);
}
