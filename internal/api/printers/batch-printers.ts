/**
 * The Job and CronJob printers. Job: NAME STATUS COMPLETIONS DURATION AGE | CONTAINERS IMAGES
 * SELECTOR, STATUS from the job's conditions as Kubernetes v1.32 prints it. CronJob: NAME SCHEDULE
 * TIMEZONE SUSPEND ACTIVE LAST SCHEDULE AGE | CONTAINERS IMAGES SELECTOR.
 */
import type { CronJob__Output } from '../generated/skiff/batch/v1/CronJob.js';
import type { JobCondition__Output } from '../generated/skiff/batch/v1/JobCondition.js';
import type { Job__Output } from '../generated/skiff/batch/v1/Job.js';
import { NONE, boolPtrText, formatLabelSelector, layoutContainerCells } from './cell-format.js';
import { humanDuration, timestampMillis, translateTimestampSince } from './human-duration.js';
import {
  type KindPrinter,
  ageColumn,
  column,
  containersColumn,
  definePrinter,
  imagesColumn,
  nameColumn,
  selectorColumn,
} from './kind-printer.js';

// The first condition of a type decides, as in Kubernetes' hasJobCondition.
function hasJobCondition(conditions: readonly JobCondition__Output[] | undefined, type: string): boolean {
  return (conditions ?? []).find((c) => c.type === type)?.status === 'True';
}

/** The STATUS cell of a job: Complete, Failed, Terminating, Suspended, FailureTarget or Running. */
export function jobStatusText(job: Job__Output): string {
  const conditions = job.status?.conditions;
  if (hasJobCondition(conditions, 'Complete')) return 'Complete';
  if (hasJobCondition(conditions, 'Failed')) return 'Failed';
  if (timestampMillis(job.metadata?.deletionTimestamp) !== undefined) return 'Terminating';
  if (hasJobCondition(conditions, 'Suspended')) return 'Suspended';
  if (hasJobCondition(conditions, 'FailureTarget')) return 'FailureTarget';
  return 'Running';
}

/** The COMPLETIONS cell: `succeeded/completions`, or `n/1 of p` for a work queue job run in parallel. */
export function jobCompletionsText(job: Job__Output): string {
  const succeeded = job.status?.succeeded ?? 0;
  const completions = job.spec?.completions;
  if (completions !== undefined && completions !== null) return `${succeeded}/${completions}`;
  const parallelism = job.spec?.parallelism ?? 0;
  return parallelism > 1 ? `${succeeded}/1 of ${parallelism}` : `${succeeded}/1`;
}

/** The DURATION cell: from start to completion, or to `now` while running; empty before it starts. */
export function jobDurationText(job: Job__Output, now: number): string {
  const start = timestampMillis(job.status?.startTime);
  if (start === undefined) return '';
  const end = timestampMillis(job.status?.completionTime);
  return humanDuration((end ?? now) - start);
}

/** The Job printer. */
export const jobPrinter: KindPrinter<Job__Output> = definePrinter({
  kind: 'Job',
  columns: [
    nameColumn(),
    column('Status', 'string', 'Status of the job.'),
    column('Completions', 'string', 'Succeeded pods out of the completions wanted.'),
    column('Duration', 'string', 'Time required to complete the job.'),
    ageColumn(),
    containersColumn(),
    imagesColumn(),
    selectorColumn(),
  ],
  cells(job, now) {
    const [names, images] = layoutContainerCells(job.spec?.template?.spec?.containers);
    return [
      job.metadata?.name ?? '',
      jobStatusText(job),
      jobCompletionsText(job),
      jobDurationText(job, now),
      translateTimestampSince(job.metadata?.creationTimestamp, now),
      names,
      images,
      formatLabelSelector(job.spec?.selector),
    ];
  },
});

/** The CronJob printer. */
export const cronJobPrinter: KindPrinter<CronJob__Output> = definePrinter({
  kind: 'CronJob',
  columns: [
    nameColumn(),
    column('Schedule', 'string', 'The schedule in Cron format.'),
    column('Timezone', 'string', 'The time zone the schedule is read in.'),
    column('Suspend', 'boolean', 'Whether new runs are held back.'),
    column('Active', 'integer', 'How many of its jobs are running.'),
    column('Last Schedule', 'string', 'When a job was last scheduled.'),
    ageColumn(),
    containersColumn(),
    imagesColumn(),
    selectorColumn(),
  ],
  cells(cj, now) {
    const jobSpec = cj.spec?.jobTemplate?.spec;
    const [names, images] = layoutContainerCells(jobSpec?.template?.spec?.containers);
    const last = cj.status?.lastScheduleTime;
    return [
      cj.metadata?.name ?? '',
      cj.spec?.schedule ?? '',
      cj.spec?.timeZone ?? NONE,
      boolPtrText(cj.spec?.suspend),
      (cj.status?.active ?? []).length,
      last ? translateTimestampSince(last, now) : NONE,
      translateTimestampSince(cj.metadata?.creationTimestamp, now),
      names,
      images,
      formatLabelSelector(jobSpec?.selector),
    ];
  },
});
