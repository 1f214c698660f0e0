// Original file: proto/batch/v1/job.proto

import type { PodFailurePolicy as _skiff_batch_v1_PodFailurePolicy, PodFailurePolicy__Output as _skiff_batch_v1_PodFailurePolicy__Output } from '../../../skiff/batch/v1/PodFailurePolicy.js';
import type { SuccessPolicy as _skiff_batch_v1_SuccessPolicy, SuccessPolicy__Output as _skiff_batch_v1_SuccessPolicy__Output } from '../../../skiff/batch/v1/SuccessPolicy.js';
import type { LabelSelector as _skiff_meta_v1_LabelSelector, LabelSelector__Output as _skiff_meta_v1_LabelSelector__Output } from '../../../skiff/meta/v1/LabelSelector.js';
import type { PodTemplateSpec as _skiff_core_v1_PodTemplateSpec, PodTemplateSpec__Output as _skiff_core_v1_PodTemplateSpec__Output } from '../../../skiff/core/v1/PodTemplateSpec.js';
import type { Long } from '@grpc/proto-loader';

/**
 * JobSpec: how many pods must succeed, how many may run at once, and when to give up.
 */
export interface JobSpec {
  /**
   * The most pods running at once (default 1); fewer run when less work is left.
   */
  'parallelism'?: (number);
  /**
   * Successful pods needed to finish; absent means the first success finishes the Job.
   */
  'completions'?: (number);
  /**
   * Seconds from startTime after which the Job fails and its pods are stopped; suspension resets the clock.
   */
  'activeDeadlineSeconds'?: (number | string | Long);
  /**
   * Rules that decide, per failed pod, whether to fail the Job, ignore the failure or count it.
   */
  'podFailurePolicy'?: (_skiff_batch_v1_PodFailurePolicy | null);
  /**
   * Rules that declare an Indexed Job succeeded before every index has succeeded.
   */
  'successPolicy'?: (_skiff_batch_v1_SuccessPolicy | null);
  /**
   * Failed pods tolerated before the Job fails (default 6).
   */
  'backoffLimit'?: (number);
  /**
   * Failed pods tolerated per index before that index is marked failed (Indexed Jobs only).
   */
  'backoffLimitPerIndex'?: (number);
  /**
   * Failed indexes tolerated before the whole Job fails; needs backoffLimitPerIndex.
   */
  'maxFailedIndexes'?: (number);
  /**
   * Selects the Job's pods; normally generated from the Job's uid.
   */
  'selector'?: (_skiff_meta_v1_LabelSelector | null);
  /**
   * When true the user supplies selector and template labels instead of the generated ones.
   */
  'manualSelector'?: (boolean);
  /**
   * The pod each attempt runs; its restartPolicy must be Never or OnFailure.
   */
  'template'?: (_skiff_core_v1_PodTemplateSpec | null);
  /**
   * Seconds after finishing (Complete or Failed) before the Job is deleted; absent means never.
   */
  'ttlSecondsAfterFinished'?: (number);
  /**
   * "NonIndexed" (the default: any completions succeed) or "Indexed" (each index 0..completions-1
   * must succeed once; pods get their index in an annotation and their hostname).
   */
  'completionMode'?: (string);
  /**
   * While true no pods are created, and running ones are stopped.
   */
  'suspend'?: (boolean);
  /**
   * When a replacement pod is created: "TerminatingOrFailed" (as soon as the old one starts
   * terminating) or "Failed" (only once it has fully stopped).
   */
  'podReplacementPolicy'?: (string);
  /**
   * The controller responsible for this Job; absent or "kubernetes.io/job-controller" means the built-in one.
   */
  'managedBy'?: (string);
  '_parallelism'?: "parallelism";
  '_completions'?: "completions";
  '_activeDeadlineSeconds'?: "activeDeadlineSeconds";
  '_podFailurePolicy'?: "podFailurePolicy";
  '_successPolicy'?: "successPolicy";
  '_backoffLimit'?: "backoffLimit";
  '_backoffLimitPerIndex'?: "backoffLimitPerIndex";
  '_maxFailedIndexes'?: "maxFailedIndexes";
  '_selector'?: "selector";
  '_manualSelector'?: "manualSelector";
  '_template'?: "template";
  '_ttlSecondsAfterFinished'?: "ttlSecondsAfterFinished";
  '_completionMode'?: "completionMode";
  '_suspend'?: "suspend";
  '_podReplacementPolicy'?: "podReplacementPolicy";
  '_managedBy'?: "managedBy";
}

/**
 * JobSpec: how many pods must succeed, how many may run at once, and when to give up.
 */
export interface JobSpec__Output {
  /**
   * The most pods running at once (default 1); fewer run when less work is left.
   */
  'parallelism'?: (number);
  /**
   * Successful pods needed to finish; absent means the first success finishes the Job.
   */
  'completions'?: (number);
  /**
   * Seconds from startTime after which the Job fails and its pods are stopped; suspension resets the clock.
   */
  'activeDeadlineSeconds'?: (number);
  /**
   * Rules that decide, per failed pod, whether to fail the Job, ignore the failure or count it.
   */
  'podFailurePolicy'?: (_skiff_batch_v1_PodFailurePolicy__Output);
  /**
   * Rules that declare an Indexed Job succeeded before every index has succeeded.
   */
  'successPolicy'?: (_skiff_batch_v1_SuccessPolicy__Output);
  /**
   * Failed pods tolerated before the Job fails (default 6).
   */
  'backoffLimit'?: (number);
  /**
   * Failed pods tolerated per index before that index is marked failed (Indexed Jobs only).
   */
  'backoffLimitPerIndex'?: (number);
  /**
   * Failed indexes tolerated before the whole Job fails; needs backoffLimitPerIndex.
   */
  'maxFailedIndexes'?: (number);
  /**
   * Selects the Job's pods; normally generated from the Job's uid.
   */
  'selector'?: (_skiff_meta_v1_LabelSelector__Output);
  /**
   * When true the user supplies selector and template labels instead of the generated ones.
   */
  'manualSelector'?: (boolean);
  /**
   * The pod each attempt runs; its restartPolicy must be Never or OnFailure.
   */
  'template'?: (_skiff_core_v1_PodTemplateSpec__Output);
  /**
   * Seconds after finishing (Complete or Failed) before the Job is deleted; absent means never.
   */
  'ttlSecondsAfterFinished'?: (number);
  /**
   * "NonIndexed" (the default: any completions succeed) or "Indexed" (each index 0..completions-1
   * must succeed once; pods get their index in an annotation and their hostname).
   */
  'completionMode'?: (string);
  /**
   * While true no pods are created, and running ones are stopped.
   */
  'suspend'?: (boolean);
  /**
   * When a replacement pod is created: "TerminatingOrFailed" (as soon as the old one starts
   * terminating) or "Failed" (only once it has fully stopped).
   */
  'podReplacementPolicy'?: (string);
  /**
   * The controller responsible for this Job; absent or "kubernetes.io/job-controller" means the built-in one.
   */
  'managedBy'?: (string);
}
