// Original file: proto/batch/v1/job.proto


/**
 * PodFailurePolicyOnExitCodesRequirement matches on the exit codes of terminated containers (0 is never checked).
 */
export interface PodFailurePolicyOnExitCodesRequirement {
  /**
   * Only this container (or init container) is checked; absent means all of them.
   */
  'containerName'?: (string);
  /**
   * "In" or "NotIn": whether some exit code must be in, or outside, values.
   */
  'operator'?: (string);
  /**
   * Sorted exit codes without duplicates.
   */
  'values'?: (number)[];
  '_containerName'?: "containerName";
  '_operator'?: "operator";
}

/**
 * PodFailurePolicyOnExitCodesRequirement matches on the exit codes of terminated containers (0 is never checked).
 */
export interface PodFailurePolicyOnExitCodesRequirement__Output {
  /**
   * Only this container (or init container) is checked; absent means all of them.
   */
  'containerName'?: (string);
  /**
   * "In" or "NotIn": whether some exit code must be in, or outside, values.
   */
  'operator'?: (string);
  /**
   * Sorted exit codes without duplicates.
   */
  'values'?: (number)[];
}
