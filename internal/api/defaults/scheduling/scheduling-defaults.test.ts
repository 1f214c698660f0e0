import { describe, expect, it } from 'vitest';
import type { PriorityClass__Output } from '../../generated/skiff/scheduling/v1/PriorityClass.js';
import type { StorageClass__Output } from '../../generated/skiff/storage/v1/StorageClass.js';
import { defaultStorageClass } from '../storage/index.js';
import { defaultPriorityClass } from './index.js';

describe('cluster-scoped defaults', () => {
  it('defaults a PriorityClass to preempt lower priorities, keeping Never', () => {
    const pc: PriorityClass__Output = { value: 1 };
    defaultPriorityClass(pc);
    expect(pc.preemptionPolicy).toBe('PreemptLowerPriority');
    const never: PriorityClass__Output = { value: 1, preemptionPolicy: 'Never' };
    defaultPriorityClass(never);
    expect(never.preemptionPolicy).toBe('Never');
  });

  it('defaults a StorageClass to Delete and Immediate', () => {
    const sc: StorageClass__Output = { provisioner: 'x.io/y' };
    defaultStorageClass(sc);
    expect(sc).toMatchObject({ reclaimPolicy: 'Delete', volumeBindingMode: 'Immediate' });
  });
});
