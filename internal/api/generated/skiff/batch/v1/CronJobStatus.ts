// Original file: proto/batch/v1/cronjob.proto

import type { ObjectReference as _skiff_core_v1_ObjectReference, ObjectReference__Output as _skiff_core_v1_ObjectReference__Output } from '../../../skiff/core/v1/ObjectReference.js';

/**
 * CronJobStatus is what the cronjob controller last observed.
 */
export interface CronJobStatus {
  /**
   * The Jobs of this CronJob still running.
   */
  'active'?: (_skiff_core_v1_ObjectReference)[];
  /**
   * When a Job was last created for a tick.
   */
  'lastScheduleTime'?: (string);
  /**
   * When a Job of this CronJob last completed successfully.
   */
  'lastSuccessfulTime'?: (string);
  '_lastScheduleTime'?: "lastScheduleTime";
  '_lastSuccessfulTime'?: "lastSuccessfulTime";
}

/**
 * CronJobStatus is what the cronjob controller last observed.
 */
export interface CronJobStatus__Output {
  /**
   * The Jobs of this CronJob still running.
   */
  'active'?: (_skiff_core_v1_ObjectReference__Output)[];
  /**
   * When a Job was last created for a tick.
   */
  'lastScheduleTime'?: (string);
  /**
   * When a Job of this CronJob last completed successfully.
   */
  'lastSuccessfulTime'?: (string);
}
