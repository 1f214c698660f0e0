// Original file: proto/batch/v1/cronjob.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { CronJob as _skiff_batch_v1_CronJob, CronJob__Output as _skiff_batch_v1_CronJob__Output } from '../../../skiff/batch/v1/CronJob.js';

/**
 * CronJobList is a list of CronJobs.
 */
export interface CronJobList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_batch_v1_CronJob)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * CronJobList is a list of CronJobs.
 */
export interface CronJobList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_batch_v1_CronJob__Output)[];
}
