/**
 * CronJob defaulting (SetDefaults_CronJob): concurrency Allow, not suspended, three successful
 * and one failed Job kept, and the pod defaults in the job template's pod template. The job
 * template's own JobSpec is not defaulted, as in Kubernetes: the Job gets its defaults when created.
 */
import type { CronJob__Output } from '../../generated/skiff/batch/v1/CronJob.js';
import { defaultPodTemplateSpec } from '../core/index.js';

/** Defaults a CronJob in place. */
export function defaultCronJob(cj: CronJob__Output): void {
  const spec = (cj.spec ??= {});
  if (!spec.concurrencyPolicy) spec.concurrencyPolicy = 'Allow';
  spec.suspend ??= false;
  spec.successfulJobsHistoryLimit ??= 3;
  spec.failedJobsHistoryLimit ??= 1;
  const jobSpec = ((spec.jobTemplate ??= {}).spec ??= {});
  defaultPodTemplateSpec((jobSpec.template ??= {}));
}
