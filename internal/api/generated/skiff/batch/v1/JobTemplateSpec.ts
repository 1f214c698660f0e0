// Original file: proto/batch/v1/cronjob.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { JobSpec as _skiff_batch_v1_JobSpec, JobSpec__Output as _skiff_batch_v1_JobSpec__Output } from '../../../skiff/batch/v1/JobSpec.js';

/**
 * JobTemplateSpec is the metadata and spec of the Jobs a CronJob creates.
 */
export interface JobTemplateSpec {
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  'spec'?: (_skiff_batch_v1_JobSpec | null);
  '_metadata'?: "metadata";
  '_spec'?: "spec";
}

/**
 * JobTemplateSpec is the metadata and spec of the Jobs a CronJob creates.
 */
export interface JobTemplateSpec__Output {
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  'spec'?: (_skiff_batch_v1_JobSpec__Output);
}
