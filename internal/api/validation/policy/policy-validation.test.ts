import { describe, expect, it } from 'vitest';
import type { PodDisruptionBudgetSpec__Output } from '../../generated/skiff/policy/v1/PodDisruptionBudgetSpec.js';
import { GO_ADDRESS_PATTERN } from '../index.js';
import { validateEviction, validatePodDisruptionBudget, validatePodDisruptionBudgetStatusUpdate } from './index.js';

const selector = { matchLabels: { app: 'web' } };

describe('validatePodDisruptionBudget', () => {
  it.each<[string, PodDisruptionBudgetSpec__Output, string[]]>([
    ['minAvailable as a count', { minAvailable: { intVal: 2 }, selector }, []],
    ['maxUnavailable as a percentage', { maxUnavailable: { strVal: '10%' }, selector }, []],
    ['neither bound (allows every eviction)', { selector }, []],
    // Kubernetes prints the whole spec: its pointer fields as addresses, which change from run to run.
    ['both bounds', { minAvailable: { intVal: 1 }, maxUnavailable: { intVal: 1 }, selector }, [
      'spec: Invalid value: policy.PodDisruptionBudgetSpec{MinAvailable:(*intstr.IntOrString)(0x…), Selector:(*v1.LabelSelector)(0x…), MaxUnavailable:(*intstr.IntOrString)(0x…), UnhealthyPodEvictionPolicy:(*policy.UnhealthyPodEvictionPolicyType)(nil)}: minAvailable and maxUnavailable cannot be both set',
    ]],
    ['a negative count', { minAvailable: { intVal: -1 } }, ['spec.minAvailable: Invalid value: -1: must be greater than or equal to 0']],
    ['a percentage above 100', { maxUnavailable: { strVal: '150%' } }, ['spec.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"150%"}: must not be greater than 100%']],
    ['a percentage that is no percentage', { minAvailable: { strVal: 'half' } }, [
      "spec.minAvailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"half\"}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
    ]],
    ['a bad selector operator', { selector: { matchExpressions: [{ key: 'app', operator: 'Near' }] } }, [
      'spec.selector.matchExpressions[0].operator: Invalid value: "Near": not a valid selector operator',
    ]],
    ['an unknown eviction policy', { unhealthyPodEvictionPolicy: 'Never' }, [
      'spec.unhealthyPodEvictionPolicy: Unsupported value: "Never": supported values: "AlwaysAllow", "IfHealthyBudget"',
    ]],
  ])('%s', (_name, spec, expected) => {
    expect(validatePodDisruptionBudget({ metadata: { name: 'pdb' }, spec }).map((e) => String(e).replace(GO_ADDRESS_PATTERN, '0x…'))).toEqual(expected);
  });

  it('checks status counters and conditions', () => {
    const pdb = { status: { disruptionsAllowed: -1, conditions: [{ type: 'DisruptionAllowed', status: 'Maybe', lastTransitionTime: 't', reason: 'Sufficient' }] } };
    expect(validatePodDisruptionBudgetStatusUpdate(pdb, {}).map(String)).toEqual([
      'status.conditions[0].status: Unsupported value: "Maybe": supported values: "False", "True", "Unknown"',
      'status.disruptionsAllowed: Invalid value: -1: must be greater than or equal to 0',
    ]);
  });
});

describe('validateEviction', () => {
  it('checks the delete options', () => {
    expect(validateEviction({ metadata: { name: 'p' }, deleteOptions: { gracePeriodSeconds: 0 } }).map(String)).toEqual([]);
    expect(validateEviction({ deleteOptions: { propagationPolicy: 'Later', dryRun: ['Some'] } }).map(String)).toEqual([
      'propagationPolicy: Unsupported value: "Later": supported values: "Foreground", "Background", "Orphan", "nil"',
      'dryRun: Unsupported value: []string{"Some"}: supported values: "All"',
    ]);
  });
});
