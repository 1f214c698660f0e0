// Original file: proto/batch/v1/job.proto

import type { JobCondition as _skiff_batch_v1_JobCondition, JobCondition__Output as _skiff_batch_v1_JobCondition__Output } from '../../../skiff/batch/v1/JobCondition.js';
import type { UncountedTerminatedPods as _skiff_batch_v1_UncountedTerminatedPods, UncountedTerminatedPods__Output as _skiff_batch_v1_UncountedTerminatedPods__Output } from '../../../skiff/batch/v1/UncountedTerminatedPods.js';

/**
 * JobStatus is what the job controller last observed.
 */
export interface JobStatus {
  /**
   * Suspended, Complete, Failed, FailureTarget, SuccessCriteriaMet; Complete and Failed are final.
   */
  'conditions'?: (_skiff_batch_v1_JobCondition)[];
  /**
   * When the controller started the Job (reset on each resume from suspension).
   */
  'startTime'?: (string);
  /**
   * When the Job succeeded; never set for a failed Job.
   */
  'completionTime'?: (string);
  /**
   * Pending and running pods that are not terminating.
   */
  'active'?: (number);
  /**
   * Pods that reached phase Succeeded.
   */
  'succeeded'?: (number);
  /**
   * Pods that reached phase Failed.
   */
  'failed'?: (number);
  /**
   * Pods being deleted that have not yet stopped.
   */
  'terminating'?: (number);
  /**
   * Succeeded indexes of an Indexed Job, as numbers and ranges ("1,3-5,7").
   */
  'completedIndexes'?: (string);
  /**
   * Indexes that exhausted backoffLimitPerIndex, in the same form as completedIndexes.
   */
  'failedIndexes'?: (string);
  /**
   * Finished pods whose result is not yet in the counters above.
   */
  'uncountedTerminatedPods'?: (_skiff_batch_v1_UncountedTerminatedPods | null);
  /**
   * Pods whose Ready condition is True.
   */
  'ready'?: (number);
  '_startTime'?: "startTime";
  '_completionTime'?: "completionTime";
  '_active'?: "active";
  '_succeeded'?: "succeeded";
  '_failed'?: "failed";
  '_terminating'?: "terminating";
  '_completedIndexes'?: "completedIndexes";
  '_failedIndexes'?: "failedIndexes";
  '_uncountedTerminatedPods'?: "uncountedTerminatedPods";
  '_ready'?: "ready";
}

/**
 * JobStatus is what the job controller last observed.
 */
export interface JobStatus__Output {
  /**
   * Suspended, Complete, Failed, FailureTarget, SuccessCriteriaMet; Complete and Failed are final.
   */
  'conditions'?: (_skiff_batch_v1_JobCondition__Output)[];
  /**
   * When the controller started the Job (reset on each resume from suspension).
   */
  'startTime'?: (string);
  /**
   * When the Job succeeded; never set for a failed Job.
   */
  'completionTime'?: (string);
  /**
   * Pending and running pods that are not terminating.
   */
  'active'?: (number);
  /**
   * Pods that reached phase Succeeded.
   */
  'succeeded'?: (number);
  /**
   * Pods that reached phase Failed.
   */
  'failed'?: (number);
  /**
   * Pods being deleted that have not yet stopped.
   */
  'terminating'?: (number);
  /**
   * Succeeded indexes of an Indexed Job, as numbers and ranges ("1,3-5,7").
   */
  'completedIndexes'?: (string);
  /**
   * Indexes that exhausted backoffLimitPerIndex, in the same form as completedIndexes.
   */
  'failedIndexes'?: (string);
  /**
   * Finished pods whose result is not yet in the counters above.
   */
  'uncountedTerminatedPods'?: (_skiff_batch_v1_UncountedTerminatedPods__Output);
  /**
   * Pods whose Ready condition is True.
   */
  'ready'?: (number);
}
