import { describe, expect, it } from 'vitest';
import type { PriorityClass__Output } from '../../generated/skiff/scheduling/v1/PriorityClass.js';
import { validatePriorityClass, validatePriorityClassUpdate } from './index.js';

const pc = (name: string, value: number, extra: Partial<PriorityClass__Output> = {}): PriorityClass__Output => ({
  metadata: { name },
  value,
  preemptionPolicy: 'PreemptLowerPriority',
  ...extra,
});

describe('validatePriorityClass', () => {
  it.each<[string, PriorityClass__Output, string[]]>([
    ['a user class', pc('high', 1_000_000_000), []],
    ['the built-in node-critical class', pc('system-node-critical', 2_000_001_000), []],
    ['a user value above one billion', pc('huge', 1_000_000_001), [
      'value: Forbidden: maximum allowed value of a user defined priority is 1000000000',
    ]],
    ['a reserved name', pc('system-foo', 10), [
      "metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: system-foo is not a known system priority class",
    ]],
    ['a built-in name with the wrong value', pc('system-cluster-critical', 5), [
      "metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: value of system-cluster-critical PriorityClass must be 2000000000",
    ]],
    ['an unknown preemption policy', pc('p', 1, { preemptionPolicy: 'Sometimes' }), [
      'preemptionPolicy: Unsupported value: "Sometimes": supported values: "PreemptLowerPriority", "Never"',
    ]],
  ])('%s', (_name, obj, expected) => {
    expect(validatePriorityClass(obj).map(String)).toEqual(expected);
  });

  it('keeps value and preemptionPolicy immutable', () => {
    expect(validatePriorityClassUpdate(pc('p', 2, { preemptionPolicy: 'Never' }), pc('p', 1)).map(String)).toEqual([
      'value: Forbidden: may not be changed in an update.',
      'preemptionPolicy: Invalid value: "Never": field is immutable',
    ]);
  });
});
