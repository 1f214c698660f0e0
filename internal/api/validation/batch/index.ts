/**
 * validation/batch: Kubernetes' batch/v1 validation (pkg/apis/batch/validation) for Jobs and
 * CronJobs: `validate<Kind>(obj)`, `validate<Kind>Update(obj, old)` and, for Jobs,
 * `validateJobStatusUpdate(obj, old)`. Each returns field errors worded as Kubernetes words them
 * and never throws. ObjectMeta is validated generically by the registry. CronJob schedules are
 * checked by a small parser of robfig/cron's standard grammar (Skiff has no cron dependency).
 */
export {
  validateJob,
  validateJobUpdate,
  validateJobStatusUpdate,
  validateJobSpec,
  validateJobSpecFields,
  validateJobStatus,
} from './job.js';
export { validateCronJob, validateCronJobUpdate, validateCronJobSpec, validateJobTemplateSpec } from './cron-job.js';
export { parseCronSchedule } from './cron-schedule.js';
export { isValidTimeZone, validateTimeZone } from './time-zone.js';
export { countIndexes } from './index-intervals.js';
export { JOB_NAME_LABEL, CONTROLLER_UID_LABEL, LEGACY_JOB_NAME_LABEL, LEGACY_CONTROLLER_UID_LABEL } from './job-labels.js';
