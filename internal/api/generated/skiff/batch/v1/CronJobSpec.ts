// Original file: proto/batch/v1/cronjob.proto

import type { JobTemplateSpec as _skiff_batch_v1_JobTemplateSpec, JobTemplateSpec__Output as _skiff_batch_v1_JobTemplateSpec__Output } from '../../../skiff/batch/v1/JobTemplateSpec.js';
import type { Long } from '@grpc/proto-loader';

/**
 * CronJobSpec: the schedule, the Job template and how runs overlap and are kept.
 */
export interface CronJobSpec {
  /**
   * Five-field cron syntax ("* /5 * * * *") or a macro such as "@hourly".
   */
  'schedule'?: (string);
  /**
   * IANA time zone the schedule is read in ("Europe/Paris"); absent means the controller's local zone.
   */
  'timeZone'?: (string);
  /**
   * Seconds after a missed tick during which the run may still start; later it is skipped.
   */
  'startingDeadlineSeconds'?: (number | string | Long);
  /**
   * "Allow" (the default: runs may overlap), "Forbid" (skip a tick while a run is active) or
   * "Replace" (stop the active run and start the new one).
   */
  'concurrencyPolicy'?: (string);
  /**
   * While true no new runs start; running Jobs are not affected.
   */
  'suspend'?: (boolean);
  /**
   * The Job created at each tick.
   */
  'jobTemplate'?: (_skiff_batch_v1_JobTemplateSpec | null);
  /**
   * Finished successful Jobs to keep (default 3).
   */
  'successfulJobsHistoryLimit'?: (number);
  /**
   * Finished failed Jobs to keep (default 1).
   */
  'failedJobsHistoryLimit'?: (number);
  '_schedule'?: "schedule";
  '_timeZone'?: "timeZone";
  '_startingDeadlineSeconds'?: "startingDeadlineSeconds";
  '_concurrencyPolicy'?: "concurrencyPolicy";
  '_suspend'?: "suspend";
  '_jobTemplate'?: "jobTemplate";
  '_successfulJobsHistoryLimit'?: "successfulJobsHistoryLimit";
  '_failedJobsHistoryLimit'?: "failedJobsHistoryLimit";
}

/**
 * CronJobSpec: the schedule, the Job template and how runs overlap and are kept.
 */
export interface CronJobSpec__Output {
  /**
   * Five-field cron syntax ("* /5 * * * *") or a macro such as "@hourly".
   */
  'schedule'?: (string);
  /**
   * IANA time zone the schedule is read in ("Europe/Paris"); absent means the controller's local zone.
   */
  'timeZone'?: (string);
  /**
   * Seconds after a missed tick during which the run may still start; later it is skipped.
   */
  'startingDeadlineSeconds'?: (number);
  /**
   * "Allow" (the default: runs may overlap), "Forbid" (skip a tick while a run is active) or
   * "Replace" (stop the active run and start the new one).
   */
  'concurrencyPolicy'?: (string);
  /**
   * While true no new runs start; running Jobs are not affected.
   */
  'suspend'?: (boolean);
  /**
   * The Job created at each tick.
   */
  'jobTemplate'?: (_skiff_batch_v1_JobTemplateSpec__Output);
  /**
   * Finished successful Jobs to keep (default 3).
   */
  'successfulJobsHistoryLimit'?: (number);
  /**
   * Finished failed Jobs to keep (default 1).
   */
  'failedJobsHistoryLimit'?: (number);
}
