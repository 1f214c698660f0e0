// Original file: proto/batch/v1/job.proto

import type { PodFailurePolicyOnExitCodesRequirement as _skiff_batch_v1_PodFailurePolicyOnExitCodesRequirement, PodFailurePolicyOnExitCodesRequirement__Output as _skiff_batch_v1_PodFailurePolicyOnExitCodesRequirement__Output } from '../../../skiff/batch/v1/PodFailurePolicyOnExitCodesRequirement.js';
import type { PodFailurePolicyOnPodConditionsPattern as _skiff_batch_v1_PodFailurePolicyOnPodConditionsPattern, PodFailurePolicyOnPodConditionsPattern__Output as _skiff_batch_v1_PodFailurePolicyOnPodConditionsPattern__Output } from '../../../skiff/batch/v1/PodFailurePolicyOnPodConditionsPattern.js';

/**
 * PodFailurePolicyRule pairs an action with a requirement on exit codes or on pod conditions (exactly one).
 */
export interface PodFailurePolicyRule {
  /**
   * "FailJob", "FailIndex", "Ignore" (do not count toward backoffLimit) or "Count".
   */
  'action'?: (string);
  'onExitCodes'?: (_skiff_batch_v1_PodFailurePolicyOnExitCodesRequirement | null);
  /**
   * Matches when any pattern matches one of the pod's conditions.
   */
  'onPodConditions'?: (_skiff_batch_v1_PodFailurePolicyOnPodConditionsPattern)[];
  '_action'?: "action";
  '_onExitCodes'?: "onExitCodes";
}

/**
 * PodFailurePolicyRule pairs an action with a requirement on exit codes or on pod conditions (exactly one).
 */
export interface PodFailurePolicyRule__Output {
  /**
   * "FailJob", "FailIndex", "Ignore" (do not count toward backoffLimit) or "Count".
   */
  'action'?: (string);
  'onExitCodes'?: (_skiff_batch_v1_PodFailurePolicyOnExitCodesRequirement__Output);
  /**
   * Matches when any pattern matches one of the pod's conditions.
   */
  'onPodConditions'?: (_skiff_batch_v1_PodFailurePolicyOnPodConditionsPattern__Output)[];
}
