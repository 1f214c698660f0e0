/**
 * Helpers for the allocator specifications: the AllocationError or StatusError a call fails with,
 * allocators over 10.0.0.0/24 and ports 30000-30099 that pick the lowest free value, Service
 * builders, and the registry's order of an update (the hook, then the Service strategy's clean-up).
 */
import { StatusError } from '../../api/index.js';
import type { Service__Output } from '../../api/generated/skiff/core/v1/Service.js';
import type { ServiceSpec__Output } from '../../api/generated/skiff/core/v1/ServiceSpec.js';
import { dropTypeDependentFields } from '../registry/strategies/core/service-update.js';
import type { AllocationHooks, AllocationOptions } from '../registry/strategy.js';
import { AllocationError } from './allocation-error.js';
import { ClusterIPAllocator } from './cluster-ip-allocator.js';
import { PortAllocator } from './port-allocator.js';
import { serviceAllocationHooks } from './service-allocation-hooks.js';

/** The options of a real write. */
export const REAL: AllocationOptions = { dryRun: false };
/** The options of a dry run (dryRun=All). */
export const DRY_RUN: AllocationOptions = { dryRun: true };

/** Fresh allocators (10.0.0.0/24 and 30000-30099 unless told) and the hooks over them. */
export function setup(options: { cidr?: string; ports?: string } = {}) {
  const ipAllocator = new ClusterIPAllocator({ cidr: options.cidr ?? '10.0.0.0/24', random: () => 0 });
  const portAllocator = new PortAllocator({ range: options.ports ?? '30000-30099', random: () => 0 });
  return { ipAllocator, portAllocator, hooks: serviceAllocationHooks({ ipAllocator, portAllocator }) };
}

/** The Service `default/web` with one TCP port 80 and `spec` over it. */
export const svc = (spec: ServiceSpec__Output): Service__Output => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web', namespace: 'default' },
  spec: { selector: { app: 'web' }, ports: [{ port: 80, protocol: 'TCP' }], ...spec },
});

/** A deep copy. */
export const clone = (s: Service__Output): Service__Output => structuredClone(s);

/** What the registry does on an update: the hook first, then the Service strategy's clean-up. */
export async function beforeUpdate(
  hooks: AllocationHooks,
  next: Service__Output,
  old: Service__Output,
  options: AllocationOptions = REAL,
): Promise<() => Promise<void>> {
  const release = await hooks.beforeUpdate!(next, old, options);
  dropTypeDependentFields(next, old);
  return release;
}

/** The StatusError `p` rejects with (throws if it resolves or rejects with anything else). */
export async function refusal(p: Promise<unknown>): Promise<StatusError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof StatusError) return err;
    throw err;
  }
  throw new Error('expected a StatusError');
}

/** The AllocationError `fn` throws (throws if it returns or throws anything else). */
export function allocationRefusal(fn: () => unknown): AllocationError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AllocationError) return err;
    throw err;
  }
  throw new Error('expected an AllocationError');
}
