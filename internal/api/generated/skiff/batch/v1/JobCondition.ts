// Original file: proto/batch/v1/job.proto


/**
 * JobCondition is one aspect of a Job's state.
 */
export interface JobCondition {
  'type'?: (string);
  /**
   * "True", "False" or "Unknown".
   */
  'status'?: (string);
  /**
   * When the condition was last checked.
   */
  'lastProbeTime'?: (string);
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
 * JobCondition is one aspect of a Job's state.
 */
export interface JobCondition__Output {
  'type'?: (string);
  /**
   * "True", "False" or "Unknown".
   */
  'status'?: (string);
  /**
   * When the condition was last checked.
   */
  'lastProbeTime'?: (string);
  'lastTransitionTime'?: (string);
  'reason'?: (string);
  'message'?: (string);
}
