/**
 * CronJob validation (pkg/apis/batch/validation): a parseable schedule without an inline time
 * zone, a known timeZone, the concurrency policy, history limits, and a jobTemplate that is a
 * valid Job spec whose selector will be generated. A new CronJob's name leaves room for the
 * 11-character suffix of the Jobs it creates.
 */
import type { CronJob__Output } from '../../generated/skiff/batch/v1/CronJob.js';
import type { CronJobSpec__Output } from '../../generated/skiff/batch/v1/CronJobSpec.js';
import type { JobTemplateSpec__Output } from '../../generated/skiff/batch/v1/JobTemplateSpec.js';
import { DNS1035_LABEL_MAX_LENGTH, FieldError, FieldPath, validateNonnegativeField } from '../index.js';
import { parseCronSchedule } from './cron-schedule.js';
import { validateJobSpecFields } from './job.js';
import { validateTimeZone } from './time-zone.js';

const SPEC = FieldPath.root('spec');
/** Jobs are named `<cronjob>-<minutes since epoch>`: 11 characters more, within a 63-character label. */
const MAX_CRON_JOB_NAME_LENGTH = DNS1035_LABEL_MAX_LENGTH - 11;

/** Validates a new CronJob (metadata is checked generically, except the shorter name limit). */
export function validateCronJob(cj: CronJob__Output): FieldError[] {
  const errs = validateCronJobSpec(cj.spec ?? {}, undefined, SPEC);
  const name = cj.metadata?.name ?? '';
  if (name.length > MAX_CRON_JOB_NAME_LENGTH) {
    errs.push(FieldError.invalid(FieldPath.root('metadata', 'name'), name, `must be no more than ${MAX_CRON_JOB_NAME_LENGTH} characters`));
  }
  return errs;
}

/** Validates an update: the new spec (an old over-long name stays allowed, so it can be deleted). */
export function validateCronJobUpdate(cj: CronJob__Output, old: CronJob__Output): FieldError[] {
  return validateCronJobSpec(cj.spec ?? {}, old.spec ?? {}, SPEC);
}

/** Validates a CronJobSpec; `oldSpec` is given on update (a TZ already in the schedule stays allowed). */
export function validateCronJobSpec(spec: CronJobSpec__Output, oldSpec: CronJobSpec__Output | undefined, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const schedule = spec.schedule ?? '';
  if (schedule.length === 0) errs.push(FieldError.required(path.child('schedule'), ''));
  else {
    const allowTZInSchedule = oldSpec !== undefined && (oldSpec.schedule ?? '').includes('TZ');
    errs.push(...validateScheduleFormat(schedule, allowTZInSchedule, spec.timeZone, path.child('schedule')));
  }
  if (spec.startingDeadlineSeconds !== undefined) {
    errs.push(...validateNonnegativeField(spec.startingDeadlineSeconds, path.child('startingDeadlineSeconds')));
  }
  if (oldSpec === undefined || oldSpec.timeZone !== spec.timeZone) errs.push(...validateTimeZone(spec.timeZone, path.child('timeZone')));
  errs.push(...validateConcurrencyPolicy(spec.concurrencyPolicy ?? '', path.child('concurrencyPolicy')));
  errs.push(...validateJobTemplateSpec(spec.jobTemplate ?? {}, path.child('jobTemplate')));
  for (const f of ['successfulJobsHistoryLimit', 'failedJobsHistoryLimit'] as const) {
    const v = spec[f];
    if (v !== undefined) errs.push(...validateNonnegativeField(v, path.child(f)));
  }
  return errs;
}

/** A JobTemplateSpec: a valid Job spec whose selector is left to be generated. */
export function validateJobTemplateSpec(template: JobTemplateSpec__Output, path: FieldPath): FieldError[] {
  const spec = template.spec ?? {};
  const errs = validateJobSpecFields(spec, path.child('spec'));
  if (spec.selector !== undefined) {
    errs.push(FieldError.invalid(path.child('spec', 'selector'), spec.selector, '`selector` will be auto-generated'));
  }
  if (spec.manualSelector === true) errs.push(FieldError.notSupported(path.child('spec', 'manualSelector'), true, ['nil', 'false']));
  return errs;
}

function validateScheduleFormat(schedule: string, allowTZInSchedule: boolean, timeZone: string | undefined, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const err = parseCronSchedule(schedule);
  if (err !== undefined) errs.push(FieldError.invalid(path, schedule, err));
  if (allowTZInSchedule && schedule.includes('TZ') && timeZone !== undefined) {
    errs.push(FieldError.invalid(path, schedule, 'cannot use both timeZone field and TZ or CRON_TZ in schedule'));
  } else if (!allowTZInSchedule && schedule.includes('TZ')) {
    errs.push(FieldError.invalid(path, schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead'));
  }
  return errs;
}

function validateConcurrencyPolicy(policy: string, path: FieldPath): FieldError[] {
  if (policy === 'Allow' || policy === 'Forbid' || policy === 'Replace') return [];
  if (policy === '') return [FieldError.required(path, '')];
  return [FieldError.notSupported(path, policy, ['Allow', 'Forbid', 'Replace'])];
}
