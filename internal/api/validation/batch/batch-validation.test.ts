import { describe, expect, it } from 'vitest';
import type { Job__Output } from '../../generated/skiff/batch/v1/Job.js';
import type { CronJob__Output } from '../../generated/skiff/batch/v1/CronJob.js';
import { defaultCronJob } from '../../defaults/batch/index.js';
import type { FieldError } from '../index.js';
import {
  parseCronSchedule,
  validateCronJob,
  validateCronJobUpdate,
  validateJob,
  validateJobStatusUpdate,
  validateJobUpdate,
  validateTimeZone,
} from './index.js';
import { FieldPath } from '../index.js';
import { JOB_UID as UID, jobFixture as job } from './job-test-fixture.js';

const messages = (errs: FieldError[]): string[] => errs.map((e) => e.toString());

describe('validateJob', () => {
  it('accepts a defaulted Job with its generated selector', () => {
    expect(messages(validateJob(job()))).toEqual([]);
  });

  it.each<[string, (j: Job__Output) => void, string[]]>([
    ['negative parallelism', (j) => (j.spec!.parallelism = -1), ['spec.parallelism: Invalid value: -1: must be greater than or equal to 0']],
    ['negative backoffLimit', (j) => (j.spec!.backoffLimit = -1), ['spec.backoffLimit: Invalid value: -1: must be greater than or equal to 0']],
    ['negative ttlSecondsAfterFinished', (j) => (j.spec!.ttlSecondsAfterFinished = -1), [
      'spec.ttlSecondsAfterFinished: Invalid value: -1: must be greater than or equal to 0',
    ]],
    ['no restartPolicy (defaulted to Always)', (j) => delete j.spec!.template!.spec!.restartPolicy, [
      'spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
    ]],
    ['an unknown completionMode', (j) => (j.spec!.completionMode = 'Sometimes'), [
      'spec.completionMode: Unsupported value: "Sometimes": supported values: "NonIndexed", "Indexed"',
    ]],
    ['Indexed without completions', (j) => Object.assign(j.spec!, { completionMode: 'Indexed', parallelism: 2 }), [
      'spec.completions: Required value: when completion mode is Indexed',
    ]],
    ['backoffLimitPerIndex on a NonIndexed Job', (j) => (j.spec!.backoffLimitPerIndex = 1), [
      'spec.backoffLimitPerIndex: Invalid value: 1: requires indexed completion mode',
    ]],
    ['a selector that is not the generated one', (j) => (j.spec!.selector = { matchLabels: { 'controller-uid': 'other' } }), [
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"controller-uid":"other"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: `selector` not auto-generated',
      `spec.template.metadata.labels: Invalid value: map[string]string{"batch.kubernetes.io/controller-uid":"${UID}", "batch.kubernetes.io/job-name":"pi", "controller-uid":"${UID}", "job-name":"pi"}: \`selector\` does not match template \`labels\``,
    ]],
    ['a template without the generated labels', (j) => (j.spec!.template!.metadata!.labels = { 'batch.kubernetes.io/controller-uid': UID }), [
      "spec.template.metadata.labels[controller-uid]: Required value: must be '9f2c6e1b-4d8a-4c7e-a35f-1b0d9e7c2a48'",
      "spec.template.metadata.labels[job-name]: Required value: must be 'pi'",
      "spec.template.metadata.labels[batch.kubernetes.io/job-name]: Required value: must be 'pi'",
    ]],
    ['a pod failure rule with no requirement', (j) => (j.spec!.podFailurePolicy = { rules: [{ action: 'FailJob' }] }), [
      'spec.podFailurePolicy.rules[0]: Invalid value: specifying one of OnExitCodes and OnPodConditions is required',
    ]],
    ['a pod failure policy with restartPolicy OnFailure', (j) => {
      j.spec!.template!.spec!.restartPolicy = 'OnFailure';
      j.spec!.podFailurePolicy = { rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget' }] }] };
    }, ['spec.template.spec.restartPolicy: Invalid value: "OnFailure": only "Never" is supported when podFailurePolicy is specified']],
    ['an unknown pod failure action', (j) => (j.spec!.podFailurePolicy = { rules: [{ action: 'Retry', onExitCodes: { operator: 'In', values: [1] } }] }), [
      'spec.podFailurePolicy.rules[0].action: Unsupported value: "Retry": supported values: "Count", "FailIndex", "FailJob", "Ignore"',
    ]],
    ['unordered exit codes', (j) => (j.spec!.podFailurePolicy = { rules: [{ action: 'FailJob', onExitCodes: { operator: 'In', values: [3, 2] } }] }), [
      'spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: []int32{3, 2}: must be ordered',
    ]],
    ['an Indexed Job whose last pod name is no DNS label', (j) => {
      j.metadata!.name = 'a'.repeat(62);
      Object.assign(j.spec!, { completionMode: 'Indexed', completions: 10 });
      for (const k of ['job-name', 'batch.kubernetes.io/job-name']) j.spec!.template!.metadata!.labels![k] = j.metadata!.name!;
    }, [
      `metadata.name: Invalid value: "${'a'.repeat(62)}": will not able to create pod with invalid DNS label: ${'a'.repeat(62)}-9`,
    ]],
  ])('rejects %s', (_name, mutate, expected) => {
    expect(messages(validateJob(job(mutate)))).toEqual(expected);
  });

  it('accepts a manual selector that matches the template', () => {
    const manual = job((j) => {
      j.spec!.manualSelector = true;
      j.spec!.selector = { matchLabels: { app: 'pi' } };
      j.spec!.template!.metadata!.labels = { app: 'pi' };
    });
    expect(messages(validateJob(manual))).toEqual([]);
  });
});

describe('validateJobUpdate', () => {
  it('keeps the template immutable', () => {
    const old = job();
    const changed = job((j) => (j.spec!.template!.spec!.containers![0].image = 'perl:5.40'));
    const errs = messages(validateJobUpdate(changed, old));
    expect(errs).toHaveLength(1);
    // Kubernetes prints its internal core.PodTemplateSpec, which Skiff does not model: Skiff prints the
    // template's JSON as the untyped Go value it decodes to.
    expect(errs[0]).toMatch(/^spec\.template: Invalid value: map\[string\]interface \{\}\{"metadata":.*"image":"perl:5\.40".*\}: field is immutable$/);
  });

  it('lets a suspended Job that never started change where its pods run', () => {
    const old = job((j) => (j.spec!.suspend = true));
    const moved = job((j) => {
      j.spec!.suspend = true;
      j.spec!.template!.spec!.nodeSelector = { zone: 'a' };
    });
    expect(messages(validateJobUpdate(moved, old))).toEqual([]);
  });

  it('keeps completions immutable on a NonIndexed Job', () => {
    expect(messages(validateJobUpdate(job((j) => (j.spec!.completions = 3)), job()))).toEqual([
      'spec.completions: Invalid value: 3: field is immutable',
    ]);
  });

  it('refuses to drop a terminal condition through the status', () => {
    const old = job();
    old.status = { conditions: [{ type: 'Complete', status: 'True' }], succeeded: 1 };
    const j = job();
    j.status = { succeeded: 1 };
    expect(messages(validateJobStatusUpdate(j, old))).toEqual([
      'status.conditions: Invalid value: cannot disable the terminal Complete=True condition',
    ]);
  });
});

describe('parseCronSchedule', () => {
  it.each(['*/5 * * * *', '0 3 * * 1-5', '15,45 9-17 1 jan,JUL mon', '@hourly', '@every 1h30m', '0 0 ? * SUN', 'CRON_TZ=UTC 0 * * * *'])(
    'accepts %s',
    (s) => expect(parseCronSchedule(s)).toBeUndefined(),
  );

  it.each([
    ['', 'empty spec string'],
    ['* * * *', 'expected exactly 5 fields, found 4: [* * * *]'],
    ['60 * * * *', 'end of range (60) above maximum (59): 60'],
    ['* * 0 * *', 'beginning of range (0) below minimum (1): 0'],
    ['5-1 * * * *', 'beginning of range (5) beyond end of range (1): 5-1'],
    ['*/0 * * * *', 'step of range should be a positive number: */0'],
    ['x * * * *', 'failed to parse int from x: strconv.Atoi: parsing "x": invalid syntax'],
    ['@weekdays', 'unrecognized descriptor: @weekdays'],
  ])('rejects %j with %j', (s, message) => expect(parseCronSchedule(s)).toBe(message));
});

describe('validateCronJob', () => {
  const cj = (mutate: (c: CronJob__Output) => void = () => {}): CronJob__Output => {
    const c: CronJob__Output = {
      metadata: { name: 'nightly' },
      spec: {
        schedule: '0 3 * * *',
        jobTemplate: { spec: { template: { spec: { containers: [{ name: 'run', image: 'busybox' }], restartPolicy: 'OnFailure' } } } },
      },
    };
    mutate(c);
    defaultCronJob(c);
    return c;
  };

  it('accepts a defaulted CronJob', () => {
    expect(messages(validateCronJob(cj()))).toEqual([]);
    expect(messages(validateCronJob(cj((c) => (c.spec!.timeZone = 'Europe/Paris'))))).toEqual([]);
  });

  it.each<[string, (c: CronJob__Output) => void, string[]]>([
    ['no schedule', (c) => delete c.spec!.schedule, ['spec.schedule: Required value']],
    ['a bad schedule', (c) => (c.spec!.schedule = '0 25 * * *'), [
      'spec.schedule: Invalid value: "0 25 * * *": end of range (25) above maximum (23): 25',
    ]],
    ['a time zone in the schedule', (c) => (c.spec!.schedule = 'TZ=UTC 0 3 * * *'), [
      'spec.schedule: Invalid value: "TZ=UTC 0 3 * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead',
    ]],
    ['an unknown time zone', (c) => (c.spec!.timeZone = 'Mars/Olympus'), ['spec.timeZone: Invalid value: "Mars/Olympus": unknown time zone Mars/Olympus']],
    ['an unknown concurrencyPolicy', (c) => (c.spec!.concurrencyPolicy = 'Queue'), [
      'spec.concurrencyPolicy: Unsupported value: "Queue": supported values: "Allow", "Forbid", "Replace"',
    ]],
    ['a selector in the job template', (c) => (c.spec!.jobTemplate!.spec!.selector = { matchLabels: { a: 'b' } }), [
      'spec.jobTemplate.spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"a":"b"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: `selector` will be auto-generated',
    ]],
    ['a job template that restarts Always', (c) => (c.spec!.jobTemplate!.spec!.template!.spec!.restartPolicy = 'Always'), [
      'spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"',
    ]],
    ['a name too long for its Jobs', (c) => (c.metadata!.name = 'n'.repeat(53)), [
      `metadata.name: Invalid value: "${'n'.repeat(53)}": must be no more than 52 characters`,
    ]],
  ])('rejects %s', (_name, mutate, expected) => {
    expect(messages(validateCronJob(cj(mutate)))).toEqual(expected);
  });

  it('lets an old over-long name be updated', () => {
    const long = cj((c) => (c.metadata!.name = 'n'.repeat(60)));
    expect(messages(validateCronJobUpdate(long, long))).toEqual([]);
  });
});

describe('validateTimeZone', () => {
  it.each([
    ['', 'timeZone must be nil or non-empty string'],
    ['Local', 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'],
    ['europe/paris', 'unknown time zone europe/paris'],
    ['../etc', 'unknown time zone ../etc'],
  ])('rejects %j', (tz, detail) => {
    expect(messages(validateTimeZone(tz, FieldPath.root('spec', 'timeZone')))).toEqual([
      `spec.timeZone: Invalid value: ${JSON.stringify(tz)}: ${detail}`,
    ]);
  });
});
