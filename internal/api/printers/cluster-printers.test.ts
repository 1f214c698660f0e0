import { describe, expect, it } from 'vitest';
import type { PodDisruptionBudget__Output } from '../generated/skiff/policy/v1/PodDisruptionBudget.js';
import { leasePrinter, podDisruptionBudgetPrinter, priorityClassPrinter } from './cluster-printers.js';

const NOW = Date.parse('2025-01-01T12:00:00Z');
const meta = (name: string) => ({ name, creationTimestamp: new Date(NOW - 400 * 86_400_000).toISOString() });

describe('Lease row: NAME HOLDER AGE', () => {
  it('prints the holder, or nothing when free', () => {
    expect(leasePrinter.cells({ metadata: meta('skiff-scheduler'), spec: { holderIdentity: 'host-1_4f2a' } }, NOW)).toEqual([
      'skiff-scheduler', 'host-1_4f2a', '400d',
    ]);
    expect(leasePrinter.cells({ metadata: meta('free'), spec: {} }, NOW)).toEqual(['free', '', '400d']);
  });
});

describe('PriorityClass row: NAME VALUE GLOBAL-DEFAULT AGE PREEMPTIONPOLICY', () => {
  it.each<[string, number, boolean | undefined, string | undefined, (string | number | boolean)[]]>([
    ['system-cluster-critical', 2000000000, false, 'PreemptLowerPriority', ['system-cluster-critical', 2000000000, false, '400d', 'PreemptLowerPriority']],
    ['batch-default', 100, true, 'Never', ['batch-default', 100, true, '400d', 'Never']],
    ['undefaulted', 0, undefined, undefined, ['undefaulted', 0, false, '400d', '']],
  ])('%s', (name, value, globalDefault, preemptionPolicy, cells) => {
    expect(priorityClassPrinter.cells({ metadata: meta(name), value, globalDefault, preemptionPolicy }, NOW)).toEqual(cells);
  });
});

describe('PodDisruptionBudget row: NAME MIN AVAILABLE MAX UNAVAILABLE ALLOWED DISRUPTIONS AGE', () => {
  it.each<[string, PodDisruptionBudget__Output['spec'], number | undefined, (string | number | boolean)[]]>([
    ['a minimum as a count', { minAvailable: { intVal: 2 } }, 1, ['web', '2', 'N/A', 1, '400d']],
    ['a maximum as a percentage', { maxUnavailable: { strVal: '25%' } }, 0, ['web', 'N/A', '25%', 0, '400d']],
    ['a minimum of zero, no status yet', { minAvailable: { intVal: 0 } }, undefined, ['web', '0', 'N/A', 0, '400d']],
  ])('%s', (_name, spec, allowed, cells) => {
    const pdb: PodDisruptionBudget__Output = { metadata: meta('web'), spec, status: allowed === undefined ? undefined : { disruptionsAllowed: allowed } };
    expect(podDisruptionBudgetPrinter.cells(pdb, NOW)).toEqual(cells);
  });
});
