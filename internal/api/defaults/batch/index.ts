/**
 * defaults/batch: Kubernetes' batch/v1 defaulting (pkg/apis/batch/v1/defaults.go) for Jobs and
 * CronJobs, with the core pod defaults applied to their templates. Each function fills in, in
 * place, what a client left out, and is idempotent.
 */
export { DEFAULT_BACKOFF_LIMIT, defaultJob, defaultJobLabels, defaultJobSpec } from './job-defaults.js';
export { defaultCronJob } from './cron-job-defaults.js';
