// Original file: proto/core/v1/node.proto


/**
 * NodeCondition is one aspect of a node's health, refreshed by the kubelet's heartbeats.
 */
export interface NodeCondition {
  'type'?: (string);
  /**
   * True, False or Unknown.
   */
  'status'?: (string);
  /**
   * When the kubelet last reported this condition.
   */
  'lastHeartbeatTime'?: (string);
  /**
   * When status last changed.
   */
  'lastTransitionTime'?: (string);
  'reason'?: (string);
  'message'?: (string);
  '_type'?: "type";
  '_status'?: "status";
  '_lastHeartbeatTime'?: "lastHeartbeatTime";
  '_lastTransitionTime'?: "lastTransitionTime";
  '_reason'?: "reason";
  '_message'?: "message";
}

/**
 * NodeCondition is one aspect of a node's health, refreshed by the kubelet's heartbeats.
 */
export interface NodeCondition__Output {
  'type'?: (string);
  /**
   * True, False or Unknown.
   */
  'status'?: (string);
  /**
   * When the kubelet last reported this condition.
   */
  'lastHeartbeatTime'?: (string);
  /**
   * When status last changed.
   */
  'lastTransitionTime'?: (string);
  'reason'?: (string);
  'message'?: (string);
}
