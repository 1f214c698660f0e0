// Original file: proto/batch/v1/job.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { Job as _skiff_batch_v1_Job, Job__Output as _skiff_batch_v1_Job__Output } from '../../../skiff/batch/v1/Job.js';

/**
 * JobList is a list of Jobs.
 */
export interface JobList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_batch_v1_Job)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * JobList is a list of Jobs.
 */
export interface JobList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_batch_v1_Job__Output)[];
}
