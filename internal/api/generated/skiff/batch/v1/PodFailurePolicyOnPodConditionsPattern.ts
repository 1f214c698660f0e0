// Original file: proto/batch/v1/job.proto


/**
 * PodFailurePolicyOnPodConditionsPattern matches a pod condition by type and status.
 */
export interface PodFailurePolicyOnPodConditionsPattern {
  'type'?: (string);
  /**
   * The condition status to match (default "True").
   */
  'status'?: (string);
  '_type'?: "type";
  '_status'?: "status";
}

/**
 * PodFailurePolicyOnPodConditionsPattern matches a pod condition by type and status.
 */
export interface PodFailurePolicyOnPodConditionsPattern__Output {
  'type'?: (string);
  /**
   * The condition status to match (default "True").
   */
  'status'?: (string);
}
