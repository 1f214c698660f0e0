/** kubectl's descriptions of Jobs and CronJobs: parallelism, completions, timings, pod counts and the templates. */
import { humanDuration, timestampMillis } from '../../api/printers/index.js';
import type { ObjectOf } from '../../client/index.js';
import { boolPtrText, rfc1123z, selectorString, writeAnnotations, writeControlledBy, writeLabels } from './describe-helpers.js';
import type { PrefixWriter } from './prefix-writer.js';
import { writePodTemplate } from './workload-describers.js';

type Job = ObjectOf<'jobs'>;
type JobSpec = NonNullable<Job['spec']>;

function isSet<T>(v: T | null | undefined): v is T {
  return v !== undefined && v !== null;
}

/** kubectl's capIndexesListOrNone: the completed indexes, cut after the first comma past `softLimit` characters. */
function capIndexes(indexes: string | undefined, softLimit: number): string {
  if (!indexes) return '<none>';
  const comma = indexes.indexOf(',', softLimit);
  if (softLimit >= indexes.length || comma === -1) return indexes;
  return `${indexes.slice(0, comma + 1)}...`;
}

/** A Job's description, without the Events. */
export function describeJob(w: PrefixWriter, job: Job): void {
  const m = job.metadata ?? {};
  const spec = job.spec;
  const st = job.status;
  w.field(0, 'Name', m.name ?? '');
  w.field(0, 'Namespace', m.namespace ?? '');
  w.field(0, 'Selector', selectorString(spec?.selector));
  writeLabels(w, 0, 'Labels', m.labels);
  writeAnnotations(w, 0, m.annotations);
  writeControlledBy(w, job);
  if (isSet(spec?.parallelism)) w.field(0, 'Parallelism', spec.parallelism);
  w.field(0, 'Completions', isSet(spec?.completions) ? spec.completions : '<unset>');
  if (spec?.completionMode) w.field(0, 'Completion Mode', spec.completionMode);
  if (isSet(spec?.suspend)) w.field(0, 'Suspend', spec.suspend ? 'true' : 'false');
  if (isSet(spec?.backoffLimit)) w.field(0, 'Backoff Limit', spec.backoffLimit);
  if (isSet(spec?.ttlSecondsAfterFinished)) w.field(0, 'TTL Seconds After Finished', spec.ttlSecondsAfterFinished);
  if (st?.startTime) w.field(0, 'Start Time', rfc1123z(st.startTime));
  if (st?.completionTime) w.field(0, 'Completed At', rfc1123z(st.completionTime));
  const start = timestampMillis(st?.startTime);
  const end = timestampMillis(st?.completionTime);
  if (start !== undefined && end !== undefined) w.field(0, 'Duration', humanDuration(end - start));
  if (isSet(spec?.activeDeadlineSeconds)) w.field(0, 'Active Deadline Seconds', `${spec.activeDeadlineSeconds}s`);
  const ready = isSet(st?.ready) ? ` (${st.ready} Ready)` : '';
  w.field(0, 'Pods Statuses', `${st?.active ?? 0} Active${ready} / ${st?.succeeded ?? 0} Succeeded / ${st?.failed ?? 0} Failed`);
  if (spec?.completionMode === 'Indexed') w.field(0, 'Completed Indexes', capIndexes(st?.completedIndexes, 50));
  writePodTemplate(w, spec?.template);
}

function writeJobTemplate(w: PrefixWriter, spec: JobSpec | undefined): void {
  w.field(0, 'Selector', spec?.selector ? selectorString(spec.selector) : '<unset>');
  w.field(0, 'Parallelism', isSet(spec?.parallelism) ? spec.parallelism : '<unset>');
  w.field(0, 'Completions', isSet(spec?.completions) ? spec.completions : '<unset>');
  if (isSet(spec?.activeDeadlineSeconds)) w.field(0, 'Active Deadline Seconds', `${spec.activeDeadlineSeconds}s`);
  writePodTemplate(w, spec?.template);
}

/** A CronJob's description, without the Events. */
export function describeCronJob(w: PrefixWriter, cj: ObjectOf<'cronjobs'>): void {
  const m = cj.metadata ?? {};
  const spec = cj.spec;
  w.field(0, 'Name', m.name ?? '');
  w.field(0, 'Namespace', m.namespace ?? '');
  writeLabels(w, 0, 'Labels', m.labels);
  writeAnnotations(w, 0, m.annotations);
  w.field(0, 'Schedule', spec?.schedule ?? '');
  w.field(0, 'Concurrency Policy', spec?.concurrencyPolicy ?? '');
  w.field(0, 'Suspend', boolPtrText(spec?.suspend));
  w.field(0, 'Successful Job History Limit', isSet(spec?.successfulJobsHistoryLimit) ? spec.successfulJobsHistoryLimit : '<unset>');
  w.field(0, 'Failed Job History Limit', isSet(spec?.failedJobsHistoryLimit) ? spec.failedJobsHistoryLimit : '<unset>');
  w.field(0, 'Starting Deadline Seconds', isSet(spec?.startingDeadlineSeconds) ? `${spec.startingDeadlineSeconds}s` : '<unset>');
  writeJobTemplate(w, spec?.jobTemplate?.spec);
  w.field(0, 'Last Schedule Time', cj.status?.lastScheduleTime ? rfc1123z(cj.status.lastScheduleTime) : '<unset>');
  const active = cj.status?.active ?? [];
  w.field(0, 'Active Jobs', active.length === 0 ? '<none>' : active.map((j) => j.name ?? '').join(', '));
}
