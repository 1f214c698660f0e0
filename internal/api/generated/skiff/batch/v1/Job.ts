// Original file: proto/batch/v1/job.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { JobSpec as _skiff_batch_v1_JobSpec, JobSpec__Output as _skiff_batch_v1_JobSpec__Output } from '../../../skiff/batch/v1/JobSpec.js';
import type { JobStatus as _skiff_batch_v1_JobStatus, JobStatus__Output as _skiff_batch_v1_JobStatus__Output } from '../../../skiff/batch/v1/JobStatus.js';

/**
 * Job runs pods until a number of them succeed, retrying failures up to a limit.
 */
export interface Job {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  'spec'?: (_skiff_batch_v1_JobSpec | null);
  'status'?: (_skiff_batch_v1_JobStatus | null);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_spec'?: "spec";
  '_status'?: "status";
}

/**
 * Job runs pods until a number of them succeed, retrying failures up to a limit.
 */
export interface Job__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  'spec'?: (_skiff_batch_v1_JobSpec__Output);
  'status'?: (_skiff_batch_v1_JobStatus__Output);
}
