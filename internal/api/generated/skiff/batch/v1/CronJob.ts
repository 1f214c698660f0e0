// Original file: proto/batch/v1/cronjob.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { CronJobSpec as _skiff_batch_v1_CronJobSpec, CronJobSpec__Output as _skiff_batch_v1_CronJobSpec__Output } from '../../../skiff/batch/v1/CronJobSpec.js';
import type { CronJobStatus as _skiff_batch_v1_CronJobStatus, CronJobStatus__Output as _skiff_batch_v1_CronJobStatus__Output } from '../../../skiff/batch/v1/CronJobStatus.js';

/**
 * CronJob creates a Job from its template at every tick of its schedule.
 */
export interface CronJob {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  'spec'?: (_skiff_batch_v1_CronJobSpec | null);
  'status'?: (_skiff_batch_v1_CronJobStatus | null);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_spec'?: "spec";
  '_status'?: "status";
}

/**
 * CronJob creates a Job from its template at every tick of its schedule.
 */
export interface CronJob__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  'spec'?: (_skiff_batch_v1_CronJobSpec__Output);
  'status'?: (_skiff_batch_v1_CronJobStatus__Output);
}
