// Original file: proto/apps/v1/deployment.proto


/**
 * DeploymentCondition is one aspect of a Deployment's state: Available, Progressing or ReplicaFailure.
 */
export interface DeploymentCondition {
  'type'?: (string);
  /**
   * "True", "False" or "Unknown".
   */
  'status'?: (string);
  /**
   * When the controller last refreshed this condition, even without a status change.
   */
  'lastUpdateTime'?: (string);
  /**
   * When status last changed.
   */
  'lastTransitionTime'?: (string);
  'reason'?: (string);
  'message'?: (string);
  '_type'?: "type";
  '_status'?: "status";
  '_lastUpdateTime'?: "lastUpdateTime";
  '_lastTransitionTime'?: "lastTransitionTime";
  '_reason'?: "reason";
  '_message'?: "message";
}

/**
 * DeploymentCondition is one aspect of a Deployment's state: Available, Progressing or ReplicaFailure.
 */
export interface DeploymentCondition__Output {
  'type'?: (string);
  /**
   * "True", "False" or "Unknown".
   */
  'status'?: (string);
  /**
   * When the controller last refreshed this condition, even without a status change.
   */
  'lastUpdateTime'?: (string);
  /**
   * When status last changed.
   */
  'lastTransitionTime'?: (string);
  'reason'?: (string);
  'message'?: (string);
}
