/**
 * strategies/batch: the registry Strategy of Jobs and CronJobs, keyed by resource name. Both have
 * a status subresource and a generation. A Job gets its generated selector on create (from its
 * uid, so the generic store must assign that before prepareForCreate, as Kubernetes does), and the
 * generated template labels as its own when it has none; it answers the `status.successful` field
 * selector. Both drop the pod template fields of gates Kubernetes 1.32 leaves off. A delete that
 * names no propagation policy orphans a Job's pods (batch/v1 keeps OrphanDependents for
 * compatibility), with a warning saying so, and leaves a CronJob's Jobs to the garbage collector; a
 * CronJob's update checks its metadata only as an update.
 */
import type { CronJob__Output } from '../../../../api/generated/skiff/batch/v1/CronJob.js';
import type { Job__Output } from '../../../../api/generated/skiff/batch/v1/Job.js';
import { defaultCronJob, defaultJob, defaultJobLabels } from '../../../../api/defaults/batch/index.js';
import { goQuote } from '../../../../api/validation/index.js';
import {
  validateCronJob,
  validateCronJobUpdate,
  validateJob,
  validateJobStatusUpdate,
  validateJobUpdate,
} from '../../../../api/validation/batch/index.js';
import type { KubeObject } from '../../../../api/index.js';
import type { MutableObject, Strategy } from '../../strategy.js';
import type { DeleteOptions } from '../../request-options.js';
import { dropDisabledSpecTemplateFields, dropDisabledTemplateFields, withDisabledFieldsDropped } from '../disabled-fields.js';
import { STATUS_SUBRESOURCE, clearStatus } from '../apps/index.js';
import { generateJobSelector } from './job-selector.js';

export { generateJobSelector } from './job-selector.js';

/** What a Job delete that names no propagation policy is warned (Kubernetes' deleteOptionWarnings of Job storage). */
export const JOB_DEFAULT_PROPAGATION_WARNING =
  'child pods are preserved by default when jobs are deleted; set propagationPolicy=Background to remove them or set propagationPolicy=Orphan to suppress this warning';

/**
 * The warning of Job storage's Delete and DeleteCollection: a delete that names neither a
 * propagationPolicy nor orphanDependents gets batch/v1's default, OrphanDependents, which leaves
 * the pods behind.
 */
function jobDeleteWarnings(options: DeleteOptions): readonly string[] {
  return options.propagationPolicy === undefined && options.orphanDependents === undefined ? [JOB_DEFAULT_PROPAGATION_WARNING] : [];
}

/** The strategy of `jobs`. */
export const jobStrategy: Strategy = withDisabledFieldsDropped({
  ...STATUS_SUBRESOURCE,
  defaults: (obj) => defaultJob(obj as Job__Output),
  prepareForCreate(obj: MutableObject): void {
    clearStatus(obj);
    generateJobSelector(obj as Job__Output);
    // Kubernetes defaults again when it decodes the stored Job, so a Job created without labels
    // reads back with the labels just generated on its template; Skiff stores them instead.
    defaultJobLabels(obj as Job__Output);
  },
  validate: (obj) => validateJob(obj as Job__Output),
  validateUpdate: (obj, old) => validateJobUpdate(obj as Job__Output, old as Job__Output),
  validateStatusUpdate: (obj, old) => validateJobStatusUpdate(obj as Job__Output, old as Job__Output),
  fieldLabels: ['metadata.name', 'metadata.namespace', 'status.successful'],
  // batch/v1's Job conversion words its refusal its own way (pkg/apis/batch/v1/conversion.go).
  fieldLabelError: (label) => `field label ${goQuote(label)} not supported for batchv1.Job`,
  selectableFields: (obj) => ({ 'status.successful': String((obj as Job__Output).status?.succeeded ?? 0) }),
  defaultGarbageCollectionPolicy: 'OrphanDependents',
  deleteWarnings: jobDeleteWarnings,
}, dropDisabledSpecTemplateFields);

/** The strategy of `cronjobs`: the job template's pod template loses its gated fields. */
export const cronJobStrategy: Strategy = withDisabledFieldsDropped({
  ...STATUS_SUBRESOURCE,
  defaults: (obj) => defaultCronJob(obj as CronJob__Output),
  validate: (obj) => validateCronJob(obj as CronJob__Output),
  validateUpdate: (obj, old) => validateCronJobUpdate(obj as CronJob__Output, old as CronJob__Output),
  metaUpdateOnly: true,
  defaultGarbageCollectionPolicy: 'DeleteDependents',
}, (obj, old) => {
  const template = (cj: KubeObject) => (cj as CronJob__Output).spec?.jobTemplate?.spec?.template;
  dropDisabledTemplateFields(template(obj), old === undefined ? undefined : (template(old) ?? {}));
});

/** Every batch/v1 strategy, by resource. */
export const batchStrategies: Record<string, Strategy> = {
  jobs: jobStrategy,
  cronjobs: cronJobStrategy,
};
