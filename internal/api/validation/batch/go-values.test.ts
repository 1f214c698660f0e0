import { describe, expect, it } from 'vitest';
import type { Job__Output } from '../../generated/skiff/batch/v1/Job.js';
import { type FieldError, GO_ADDRESS_PATTERN } from '../index.js';
import { validateJob, validateJobUpdate } from './index.js';
import { jobFixture as job } from './job-test-fixture.js';

// What a client sees when Job validation reports a whole policy or list: Go's %#v of Kubernetes'
// internal batch types, with set pointers as addresses (0x… here; they differ from run to run).
const messages = (errs: readonly FieldError[]): string[] => errs.map((e) => String(e).replace(GO_ADDRESS_PATTERN, '0x…'));

const exitCodesRule = (values: number[]) => ({ action: 'FailJob', onExitCodes: { operator: 'NotIn', values } });

describe('Job values Kubernetes reports whole', () => {
  it.each<[string, (j: Job__Output) => void, string[]]>([
    ['exit codes out of order', (j) => (j.spec!.podFailurePolicy = { rules: [exitCodesRule([5, 1, 3])] }), [
      'spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: []int32{5, 1, 3}: must be ordered',
    ]],
    ['no exit codes', (j) => (j.spec!.podFailurePolicy = { rules: [exitCodesRule([])] }), [
      'spec.podFailurePolicy.rules[0].onExitCodes.values: Invalid value: []int32(nil): at least one value is required',
    ]],
    ['a success policy on a NonIndexed Job', (j) => (j.spec!.successPolicy = { rules: [{ succeededCount: 1 }] }), [
      'spec.successPolicy: Invalid value: batch.SuccessPolicy{Rules:[]batch.SuccessPolicyRule{batch.SuccessPolicyRule{SucceededIndexes:(*string)(nil), SucceededCount:(*int32)(0x…)}}}: requires indexed completion mode',
    ]],
  ])('%s', (_name, mutate, expected) => {
    expect(messages(validateJob(job(mutate)))).toEqual(expected);
  });

  it.each<[string, (j: Job__Output) => void, (j: Job__Output) => void, string[]]>([
    [
      'a changed pod failure policy',
      (j) => (j.spec!.podFailurePolicy = { rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] }] }),
      (j) => (j.spec!.podFailurePolicy = { rules: [exitCodesRule([42])] }),
      [
        'spec.podFailurePolicy: Invalid value: batch.PodFailurePolicy{Rules:[]batch.PodFailurePolicyRule{batch.PodFailurePolicyRule{Action:"FailJob", OnExitCodes:(*batch.PodFailurePolicyOnExitCodesRequirement)(0x…), OnPodConditions:[]batch.PodFailurePolicyOnPodConditionsPattern(nil)}}}: field is immutable',
      ],
    ],
    [
      'a removed pod failure policy',
      (j) => (j.spec!.podFailurePolicy = { rules: [{ action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] }] }),
      () => {},
      ['spec.podFailurePolicy: Invalid value: null: field is immutable'],
    ],
  ])('%s', (_name, before, after, expected) => {
    const restartNever = (j: Job__Output) => (j.spec!.template!.spec!.restartPolicy = 'Never');
    const old = job((j) => (before(j), restartNever(j)));
    expect(messages(validateJobUpdate(job((j) => (after(j), restartNever(j))), old))).toEqual(expected);
  });

  it('prints a changed template without Skiff\'s int-or-string form', () => {
    const probe = (port: number) => (j: Job__Output) => (j.spec!.template!.spec!.containers![0].readinessProbe = { tcpSocket: { port: { intVal: port } } });
    const err = messages(validateJobUpdate(job(probe(8081)), job(probe(8080)))).find((m) => m.startsWith('spec.template: '));
    expect(err).toContain('"tcpSocket":map[string]interface {}{"port":8081}');
    expect(err).not.toMatch(/intVal|strVal/);
  });
});
