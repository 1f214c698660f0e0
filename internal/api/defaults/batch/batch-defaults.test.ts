import { describe, expect, it } from 'vitest';
import type { CronJob__Output } from '../../generated/skiff/batch/v1/CronJob.js';
import type { Job__Output } from '../../generated/skiff/batch/v1/Job.js';
import type { JobSpec__Output } from '../../generated/skiff/batch/v1/JobSpec.js';
import { defaultCronJob, defaultJob } from './index.js';

describe('defaultJob', () => {
  it.each<[string, JobSpec__Output, Partial<JobSpec__Output>]>([
    ['neither completions nor parallelism', {}, { completions: 1, parallelism: 1 }],
    ['only completions', { completions: 5 }, { completions: 5, parallelism: 1 }],
    ['only parallelism (a work queue)', { parallelism: 3 }, { parallelism: 3 }],
    ['no backoffLimit', {}, { backoffLimit: 6 }],
    ['a per-index backoff', { backoffLimitPerIndex: 1, completionMode: 'Indexed', completions: 3 }, { backoffLimit: 2147483647 }],
    ['nothing else', {}, { completionMode: 'NonIndexed', suspend: false, podReplacementPolicy: 'TerminatingOrFailed', manualSelector: false }],
    ['a pod failure policy', { podFailurePolicy: { rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] }] } }, {
      podReplacementPolicy: 'Failed',
      podFailurePolicy: { rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] }] },
    }],
  ])('%s', (_name, spec, expected) => {
    const job: Job__Output = { spec };
    defaultJob(job);
    expect(job.spec).toMatchObject(expected);
    if (!('completions' in expected)) expect(job.spec?.completions).toBe(spec.completions);
    expect(job.spec?.manualSelector).toBe(false);
  });

  it('copies the template labels onto a Job without labels', () => {
    const job: Job__Output = { spec: { template: { metadata: { labels: { app: 'pi' } } } } };
    defaultJob(job);
    expect(job.metadata?.labels).toEqual({ app: 'pi' });
    const labelled: Job__Output = { metadata: { labels: { team: 'a' } }, spec: { template: { metadata: { labels: { app: 'pi' } } } } };
    defaultJob(labelled);
    expect(labelled.metadata?.labels).toEqual({ team: 'a' });
  });
});

describe('defaultCronJob', () => {
  it('fills in policy, suspension and history limits, and only pod defaults in the job template', () => {
    const cj: CronJob__Output = { spec: { schedule: '@hourly', jobTemplate: { spec: { template: { spec: {} } } } } };
    defaultCronJob(cj);
    expect(cj.spec).toMatchObject({ concurrencyPolicy: 'Allow', suspend: false, successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 1 });
    expect(cj.spec?.jobTemplate?.spec?.template?.spec?.restartPolicy).toBe('Always');
    expect(cj.spec?.jobTemplate?.spec?.backoffLimit).toBeUndefined();
    expect(cj.spec?.jobTemplate?.spec?.manualSelector).toBeUndefined();
  });

  it('makes the job template pod failure policy patterns match status True', () => {
    const rules = [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] }];
    const cj: CronJob__Output = { spec: { schedule: '@hourly', jobTemplate: { spec: { podFailurePolicy: { rules } } } } };
    defaultCronJob(cj);
    expect(cj.spec?.jobTemplate?.spec?.podFailurePolicy?.rules?.[0].onPodConditions).toEqual([{ type: 'DisruptionTarget', status: 'True' }]);
  });
});
