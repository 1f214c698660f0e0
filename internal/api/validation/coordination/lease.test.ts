import { describe, expect, it } from 'vitest';
import type { LeaseSpec__Output } from '../../generated/skiff/coordination/v1/LeaseSpec.js';
import { validateLease } from './index.js';

describe('validateLease', () => {
  it.each<[string, LeaseSpec__Output, string[]]>([
    ['a node heartbeat', { holderIdentity: 'node-1', leaseDurationSeconds: 40, renewTime: '2025-03-14T09:26:53.000000Z' }, []],
    ['an empty spec', {}, []],
    ['a zero duration', { leaseDurationSeconds: 0 }, ['spec.leaseDurationSeconds: Invalid value: 0: must be greater than 0']],
    ['negative transitions', { leaseTransitions: -1 }, ['spec.leaseTransitions: Invalid value: -1: must be greater than or equal to 0']],
    ['an unknown strategy', { strategy: 'Newest' }, [
      'spec.strategy.strategy: Unsupported value: "Newest": supported values: "OldestEmulationVersion"',
    ]],
    ['a preferred holder without strategy', { holderIdentity: 'a', preferredHolder: 'b' }, [
      'spec.preferredHolder: Forbidden: may only be specified if `strategy` is defined',
    ]],
  ])('%s', (_name, spec, expected) => {
    expect(validateLease({ metadata: { name: 'l' }, spec }).map(String)).toEqual(expected);
  });
});
