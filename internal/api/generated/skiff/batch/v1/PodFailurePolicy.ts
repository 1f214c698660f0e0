// Original file: proto/batch/v1/job.proto

import type { PodFailurePolicyRule as _skiff_batch_v1_PodFailurePolicyRule, PodFailurePolicyRule__Output as _skiff_batch_v1_PodFailurePolicyRule__Output } from '../../../skiff/batch/v1/PodFailurePolicyRule.js';

/**
 * PodFailurePolicy lists rules checked in order against each failed pod; the first that matches decides.
 */
export interface PodFailurePolicy {
  'rules'?: (_skiff_batch_v1_PodFailurePolicyRule)[];
}

/**
 * PodFailurePolicy lists rules checked in order against each failed pod; the first that matches decides.
 */
export interface PodFailurePolicy__Output {
  'rules'?: (_skiff_batch_v1_PodFailurePolicyRule__Output)[];
}
