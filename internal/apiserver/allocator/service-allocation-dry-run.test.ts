import { describe, expect, it } from 'vitest';
import type { Service__Output } from '../../api/generated/skiff/core/v1/Service.js';
import type { ServiceSpec__Output } from '../../api/generated/skiff/core/v1/ServiceSpec.js';
import type { AllocationOptions } from '../registry/strategy.js';
import { DRY_RUN, REAL, beforeUpdate, clone, refusal, setup, svc } from './allocator-test-helpers.js';

// A dry run takes nothing from the allocators, as Kubernetes' dry-run allocators: it shows what was
// asked for, or placeholders for what a real write picks at random, and refuses what Kubernetes'
// dry run refuses with the error a real write gets.

/** Allocators with 10.0.0.7 and node port 30007 held by another Service. */
function withOther() {
  const env = setup();
  env.ipAllocator.allocate('10.0.0.7');
  env.portAllocator.allocate(30007);
  return env;
}

/** How much each allocator holds. */
const held = (env: ReturnType<typeof setup>) => [env.ipAllocator.used(), env.portAllocator.used()];

describe('serviceAllocationHooks on a dry-run create', () => {
  it('shows what it asked for, taking nothing even before its releaser runs', async () => {
    const env = withOther();
    const s = svc({ type: 'NodePort', clusterIP: '10.0.0.8', ports: [{ port: 80, protocol: 'TCP', nodePort: 30080 }] });
    const release = await env.hooks.beforeCreate!(s, DRY_RUN);
    expect(s.spec).toMatchObject({ clusterIP: '10.0.0.8', clusterIPs: ['10.0.0.8'], ports: [{ nodePort: 30080 }] });
    expect(held(env)).toEqual([1, 1]);
    // A concurrent real create of the same address and port is not kept from them.
    const real = svc({ type: 'NodePort', clusterIP: '10.0.0.8', ports: [{ port: 80, protocol: 'TCP', nodePort: 30080 }] });
    await env.hooks.beforeCreate!(real, REAL);
    await release();
    expect([env.ipAllocator.has('10.0.0.8'), env.portAllocator.has(30080)]).toEqual([true, true]);
  });

  it("shows Kubernetes' placeholders where a real create picks at random", async () => {
    const env = withOther();
    const s = svc({ type: 'LoadBalancer', externalTrafficPolicy: 'Local', ports: [{ name: 'a', port: 80 }, { name: 'b', port: 81 }] });
    await env.hooks.beforeCreate!(s, DRY_RUN);
    expect(s.spec).toMatchObject({ clusterIP: '10.0.0.0', clusterIPs: ['10.0.0.0'], healthCheckNodePort: 32771 });
    expect(s.spec?.ports?.map((p) => p.nodePort)).toEqual([32769, 32770]);
    expect(held(env)).toEqual([1, 1]);
  });

  it('accepts an address another Service holds, as Kubernetes does not look on a dry run', async () => {
    const env = withOther();
    const s = svc({ clusterIP: '10.0.0.7' });
    await env.hooks.beforeCreate!(s, DRY_RUN);
    expect(s.spec?.clusterIPs).toEqual(['10.0.0.7']);
    expect(held(env)).toEqual([1, 1]);
  });

  it.each<[string, ServiceSpec__Output]>([
    ['a node port another Service holds', { type: 'NodePort', ports: [{ port: 80, nodePort: 30007 }] }],
    ['one node port for two service ports', { type: 'NodePort', ports: [{ name: 'a', port: 80, nodePort: 30050 }, { name: 'b', port: 81, nodePort: 30050 }] }],
    ['an address outside the CIDR', { clusterIP: '10.0.1.1' }],
    ['a health-check port another Service holds', { type: 'LoadBalancer', externalTrafficPolicy: 'Local', healthCheckNodePort: 30007 }],
  ])('refuses %s as a real create does', async (_name, spec) => {
    const attempt = async (options: AllocationOptions) => (await refusal(withOther().hooks.beforeCreate!(svc(spec), options))).status;
    const dry = await attempt(DRY_RUN);
    expect(dry.code).toBeGreaterThanOrEqual(422);
    expect(dry).toEqual(await attempt(REAL));
  });
});

describe('serviceAllocationHooks on a dry-run update', () => {
  /** `web`, created for real as `spec`, next to another Service holding 10.0.0.7 and 30007. */
  async function created(spec: ServiceSpec__Output) {
    const env = withOther();
    const old = svc(spec);
    await env.hooks.beforeCreate!(old, REAL);
    return { env, old, before: held(env) };
  }

  const toNodePort = (old: Service__Output, nodePort?: number): Service__Output => {
    const next = clone(old);
    next.spec = { ...next.spec, type: 'NodePort', ports: [{ port: 80, protocol: 'TCP', nodePort }] };
    return next;
  };

  it.each<[string, number | undefined, number]>([
    ['a free node port it names', 30050, 30050],
    ['a placeholder for a random node port', undefined, 32769],
  ])('that adds a node port shows %s, taking nothing', async (_name, nodePort, shown) => {
    const { env, old, before } = await created({});
    const next = toNodePort(old, nodePort);
    const release = await beforeUpdate(env.hooks, next, old, DRY_RUN);
    expect(next.spec?.ports?.[0].nodePort).toBe(shown);
    expect(held(env)).toEqual(before);
    await release();
    expect(held(env)).toEqual(before);
  });

  it('that adds a node port another Service holds is refused as a real update is', async () => {
    const { env, old } = await created({});
    const dry = await refusal(beforeUpdate(env.hooks, toNodePort(old, 30007), old, DRY_RUN));
    const real = await refusal(beforeUpdate(env.hooks, toNodePort(old, 30007), old, REAL));
    expect(dry.status).toEqual(real.status);
    expect(dry.message).toBe('Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 30007: provided port is already allocated');
  });

  it('of an ExternalName Service to ClusterIP shows the placeholder address, taking nothing', async () => {
    const { env, old, before } = await created({ type: 'ExternalName', externalName: 'example.com', ports: [] });
    const next = svc({ type: 'ClusterIP' });
    await beforeUpdate(env.hooks, next, old, DRY_RUN);
    expect(next.spec).toMatchObject({ clusterIP: '10.0.0.0', clusterIPs: ['10.0.0.0'] });
    expect(held(env)).toEqual(before);
  });

  it('of a LoadBalancer to Local shows a placeholder health-check port, taking nothing', async () => {
    const { env, old, before } = await created({ type: 'LoadBalancer' });
    const next = clone(old);
    next.spec!.externalTrafficPolicy = 'Local';
    await beforeUpdate(env.hooks, next, old, DRY_RUN);
    expect(next.spec?.healthCheckNodePort).toBe(32769);
    expect(held(env)).toEqual(before);
  });
});
