/**
 * Selector generation for Jobs (Kubernetes' job strategy generateSelector): unless the Job sets
 * `manualSelector: true`, its template gets the job-name and controller-uid labels (both the
 * prefixed and the legacy ones, keeping any the user set, which validation then judges) and its
 * selector matches the prefixed controller-uid, so no two Jobs ever select each other's pods.
 */
import type { Job__Output } from '../../../../api/generated/skiff/batch/v1/Job.js';
import {
  CONTROLLER_UID_LABEL,
  JOB_NAME_LABEL,
  LEGACY_CONTROLLER_UID_LABEL,
  LEGACY_JOB_NAME_LABEL,
} from '../../../../api/validation/batch/index.js';

/** Adds the generated labels and selector to a Job about to be created (it must have its uid). */
export function generateJobSelector(job: Job__Output): void {
  const spec = (job.spec ??= {});
  if (spec.manualSelector === true) return;
  const name = job.metadata?.name ?? '';
  const uid = job.metadata?.uid ?? '';
  const template = (spec.template ??= {});
  const labels = { ...(template.metadata?.labels ?? {}) };
  for (const key of [LEGACY_JOB_NAME_LABEL, JOB_NAME_LABEL]) labels[key] ??= name;
  for (const key of [LEGACY_CONTROLLER_UID_LABEL, CONTROLLER_UID_LABEL]) labels[key] ??= uid;
  template.metadata = { ...template.metadata, labels };
  const selector = (spec.selector ??= {});
  selector.matchLabels = { ...selector.matchLabels };
  selector.matchLabels[CONTROLLER_UID_LABEL] ??= uid;
}
