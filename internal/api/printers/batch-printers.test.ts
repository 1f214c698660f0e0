import { describe, expect, it } from 'vitest';
import type { CronJob__Output } from '../generated/skiff/batch/v1/CronJob.js';
import type { Job__Output } from '../generated/skiff/batch/v1/Job.js';
import { cronJobPrinter, jobPrinter } from './batch-printers.js';

const NOW = Date.parse('2025-01-01T12:00:00Z');
const ago = (seconds: number): string => new Date(NOW - seconds * 1000).toISOString();

function job(spec: Job__Output['spec'], status: Job__Output['status'], deleting = false): Job__Output {
  return {
    metadata: { name: 'pi', creationTimestamp: ago(600), ...(deleting ? { deletionTimestamp: ago(1) } : {}) },
    spec: {
      selector: { matchLabels: { 'batch.kubernetes.io/controller-uid': 'abc' } },
      template: { spec: { containers: [{ name: 'pi', image: 'perl:5.34' }] } },
      ...spec,
    },
    status,
  };
}
const cond = (type: string, status = 'True') => ({ type, status });

describe('Job row: NAME STATUS COMPLETIONS DURATION AGE | CONTAINERS IMAGES SELECTOR', () => {
  it.each<[string, Job__Output, string, string, string]>([
    ['a completed job', job({ completions: 1 }, { succeeded: 1, startTime: ago(300), completionTime: ago(240), conditions: [cond('SuccessCriteriaMet'), cond('Complete')] }), 'Complete', '1/1', '60s'],
    ['a running work queue job', job({ parallelism: 3 }, { active: 3, startTime: ago(150) }), 'Running', '0/1 of 3', '2m30s'],
    ['a job with no completions and parallelism 1', job({ parallelism: 1 }, { startTime: ago(5) }), 'Running', '0/1', '5s'],
    ['a job not started yet', job({ completions: 5, parallelism: 2 }, {}), 'Running', '0/5', ''],
    ['a failed job', job({ completions: 3 }, { succeeded: 1, failed: 4, startTime: ago(3600), conditions: [cond('FailureTarget'), cond('Failed')] }), 'Failed', '1/3', '60m'],
    ['a job about to fail', job({ completions: 3 }, { startTime: ago(10), conditions: [cond('FailureTarget')] }), 'FailureTarget', '0/3', '10s'],
    ['a suspended job', job({ completions: 1, suspend: true }, { conditions: [cond('Suspended')] }), 'Suspended', '0/1', ''],
    ['a job whose condition is not true', job({ completions: 1 }, { startTime: ago(10), conditions: [cond('Complete', 'False')] }), 'Running', '0/1', '10s'],
    ['a job being deleted', job({ completions: 1 }, { startTime: ago(10), conditions: [cond('Suspended')] }, true), 'Terminating', '0/1', '10s'],
    ['a completed job being deleted', job({ completions: 1 }, { succeeded: 1, conditions: [cond('Complete')] }, true), 'Complete', '1/1', ''],
  ])('%s', (_name, j, status, completions, duration) => {
    expect(jobPrinter.cells(j, NOW)).toEqual([
      'pi', status, completions, duration, '10m', 'pi', 'perl:5.34', 'batch.kubernetes.io/controller-uid=abc',
    ]);
  });
});

describe('CronJob row: NAME SCHEDULE TIMEZONE SUSPEND ACTIVE LAST SCHEDULE AGE | CONTAINERS IMAGES SELECTOR', () => {
  const cronJob = (spec: Partial<NonNullable<CronJob__Output['spec']>>, status?: CronJob__Output['status']): CronJob__Output => ({
    metadata: { name: 'hello', creationTimestamp: ago(2 * 86_400) },
    spec: {
      schedule: '*/5 * * * *',
      jobTemplate: { spec: { template: { spec: { containers: [{ name: 'hello', image: 'busybox:1.36' }] } } } },
      ...spec,
    },
    status,
  });

  it.each<[string, CronJob__Output, (string | number | boolean)[]]>([
    [
      'a cron job that has run',
      cronJob({ suspend: false }, { active: [{ kind: 'Job', name: 'hello-28950720' }], lastScheduleTime: ago(180) }),
      ['hello', '*/5 * * * *', '<none>', 'False', 1, '3m', '2d', 'hello', 'busybox:1.36', '<none>'],
    ],
    [
      'a suspended cron job in a time zone that never ran',
      cronJob({ suspend: true, timeZone: 'Europe/Paris' }),
      ['hello', '*/5 * * * *', 'Europe/Paris', 'True', 0, '<none>', '2d', 'hello', 'busybox:1.36', '<none>'],
    ],
    [
      'a cron job whose suspend was never defaulted',
      cronJob({}),
      ['hello', '*/5 * * * *', '<none>', '<unset>', 0, '<none>', '2d', 'hello', 'busybox:1.36', '<none>'],
    ],
  ])('%s', (_name, cj, cells) => {
    expect(cronJobPrinter.cells(cj, NOW)).toEqual(cells);
  });
});
