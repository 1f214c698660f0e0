// Original file: proto/batch/v1/job.proto

import type { SuccessPolicyRule as _skiff_batch_v1_SuccessPolicyRule, SuccessPolicyRule__Output as _skiff_batch_v1_SuccessPolicyRule__Output } from '../../../skiff/batch/v1/SuccessPolicyRule.js';

/**
 * SuccessPolicy lists alternative rules; the first met marks the Job SuccessCriteriaMet and stops its remaining pods.
 */
export interface SuccessPolicy {
  'rules'?: (_skiff_batch_v1_SuccessPolicyRule)[];
}

/**
 * SuccessPolicy lists alternative rules; the first met marks the Job SuccessCriteriaMet and stops its remaining pods.
 */
export interface SuccessPolicy__Output {
  'rules'?: (_skiff_batch_v1_SuccessPolicyRule__Output)[];
}
