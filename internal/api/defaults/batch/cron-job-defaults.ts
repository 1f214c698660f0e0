/**
 * CronJob defaulting (SetDefaults_CronJob): concurrency Allow, not suspended, three successful
 * and one failed Job kept, the pod defaults in the job template's pod template, and its pod
 * failure policy's condition patterns matching status True. The rest of the job template's
 * JobSpec (completions, manualSelector and the like) is not defaulted, as in Kubernetes, whose
 * SetDefaults_Job applies to Jobs only: each Job gets those defaults when the controller creates it.
 */
import type { CronJob__Output } from '../../generated/skiff/batch/v1/CronJob.js';
import { defaultPodTemplateSpec } from '../core/index.js';
import { defaultPodFailurePolicy } from './job-defaults.js';

/** Defaults a CronJob in place. */
export function defaultCronJob(cj: CronJob__Output): void {
  const spec = (cj.spec ??= {});
  if (!spec.concurrencyPolicy) spec.concurrencyPolicy = 'Allow';
  spec.suspend ??= false;
  spec.successfulJobsHistoryLimit ??= 3;
  spec.failedJobsHistoryLimit ??= 1;
  const jobSpec = ((spec.jobTemplate ??= {}).spec ??= {});
  if (jobSpec.podFailurePolicy) defaultPodFailurePolicy(jobSpec.podFailurePolicy);
  defaultPodTemplateSpec((jobSpec.template ??= {}));
}
