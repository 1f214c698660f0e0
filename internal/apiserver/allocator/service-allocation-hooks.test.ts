import { describe, expect, it } from 'vitest';
import type { ServiceSpec__Output } from '../../api/generated/skiff/core/v1/ServiceSpec.js';
import { REAL, beforeUpdate, clone, refusal, setup, svc } from './allocator-test-helpers.js';

describe('serviceAllocationHooks.beforeCreate', () => {
  it('gives a ClusterIP Service an address, its families, and a releaser', async () => {
    const { hooks, ipAllocator } = setup();
    const s = svc({});
    const release = await hooks.beforeCreate!(s, REAL);
    expect(s.spec).toMatchObject({ clusterIP: '10.0.0.2', clusterIPs: ['10.0.0.2'], ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack' });
    expect(s.spec?.ports?.[0].nodePort).toBeUndefined();
    expect(ipAllocator.has('10.0.0.2')).toBe(true);
    await release();
    expect(ipAllocator.has('10.0.0.2')).toBe(false);
  });

  it.each<[string, ServiceSpec__Output]>([
    ['clusterIP', { clusterIP: '10.0.0.10' }],
    ['both', { clusterIP: '10.0.0.10', clusterIPs: ['10.0.0.10'] }],
  ])('honours a requested address given as %s', async (_name, spec) => {
    const { hooks, ipAllocator } = setup();
    const s = svc(spec);
    await hooks.beforeCreate!(s, REAL);
    expect(s.spec).toMatchObject({ clusterIP: '10.0.0.10', clusterIPs: ['10.0.0.10'] });
    expect(ipAllocator.has('10.0.0.10')).toBe(true);
  });

  it.each<[string, ServiceSpec__Output]>([
    ['headless', { clusterIP: 'None', clusterIPs: ['None'] }],
    ['ExternalName', { type: 'ExternalName', externalName: 'example.com', ports: [] }],
  ])('allocates nothing for a %s Service', async (_name, spec) => {
    const { hooks, ipAllocator, portAllocator } = setup();
    const s = svc(spec);
    await hooks.beforeCreate!(s, REAL);
    expect(ipAllocator.used() + portAllocator.used()).toBe(0);
    expect(s.spec?.clusterIP).toBe(spec.clusterIP);
  });

  it.each<[string, ServiceSpec__Output, string]>([
    [
      'taken',
      { clusterIP: '10.0.0.7', clusterIPs: ['10.0.0.7'] },
      'Service "web" is invalid: spec.clusterIPs: Invalid value: []string{"10.0.0.7"}: failed to allocate IP 10.0.0.7: provided IP is already allocated',
    ],
    [
      'out of range',
      { clusterIP: '10.9.0.1', clusterIPs: ['10.9.0.1'] },
      'Service "web" is invalid: spec.clusterIPs: Invalid value: []string{"10.9.0.1"}: failed to allocate IP 10.9.0.1: the provided IP (10.9.0.1) is not in the valid range. The range of valid IPs is 10.0.0.0/24',
    ],
  ])('refuses a requested address that is %s with 422', async (_name, spec, message) => {
    const { hooks, ipAllocator } = setup();
    ipAllocator.allocate('10.0.0.7');
    const err = await refusal(hooks.beforeCreate!(svc(spec), REAL));
    expect(err.status).toMatchObject({
      code: 422,
      reason: 'Invalid',
      message,
      details: { name: 'web', kind: 'Service', causes: [{ reason: 'FieldValueInvalid', field: 'spec.clusterIPs' }] },
    });
  });

  it.each<[string, ServiceSpec__Output, string[]]>([
    [
      'dual-stack required',
      { ipFamilyPolicy: 'RequireDualStack', ipFamilies: ['IPv4'] },
      ['spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services'],
    ],
    ['IPv6', { ipFamilyPolicy: 'SingleStack', ipFamilies: ['IPv6'] }, ['spec.ipFamilies[0]: Invalid value: "IPv6": not configured on this cluster']],
    [
      'both families under SingleStack',
      { ipFamilyPolicy: 'SingleStack', ipFamilies: ['IPv4', 'IPv6'] },
      ['spec.ipFamilyPolicy: Invalid value: "SingleStack": must be \'RequireDualStack\' or \'PreferDualStack\' when multiple IP families are specified'],
    ],
  ])('refuses %s on a single-stack cluster with 422, taking nothing', async (_name, spec, causes) => {
    const { hooks, ipAllocator } = setup();
    const err = await refusal(hooks.beforeCreate!(svc(spec), REAL));
    expect(err.status.code).toBe(422);
    expect(err.status.details?.causes?.map((c) => `${c.field}: ${c.message}`)).toEqual(causes);
    expect(ipAllocator.used()).toBe(0);
  });

  it.each<[string, ServiceSpec__Output, number]>([
    ['a headless Service without a selector over both families', { clusterIP: 'None', clusterIPs: ['None'], selector: {}, ipFamilyPolicy: 'RequireDualStack', ipFamilies: ['IPv4', 'IPv6'] }, 0],
    ['PreferDualStack over IPv4', { ipFamilyPolicy: 'PreferDualStack', ipFamilies: ['IPv4'] }, 1],
  ])('accepts %s, taking what its release gives back', async (_name, spec, taken) => {
    const { hooks, ipAllocator } = setup();
    const release = await hooks.beforeCreate!(svc(spec), REAL);
    expect(ipAllocator.used()).toBe(taken);
    await release();
    expect(ipAllocator.used()).toBe(0);
  });

  it('answers an exhausted CIDR with 500, as Kubernetes does', async () => {
    const { hooks } = setup({ cidr: '10.0.0.0/30' });
    await hooks.beforeCreate!(svc({}), REAL);
    const err = await refusal(hooks.beforeCreate!(svc({}), REAL));
    expect(err.status).toMatchObject({ code: 500, reason: 'InternalError', message: 'Internal error occurred: failed to allocate a serviceIP: range is full' });
  });

  it('gives a NodePort Service node ports, honouring requested ones', async () => {
    const { hooks, portAllocator } = setup();
    const s = svc({ type: 'NodePort', ports: [{ name: 'a', port: 80 }, { name: 'b', port: 81, nodePort: 30050 }] });
    const release = await hooks.beforeCreate!(s, REAL);
    expect(s.spec?.ports?.map((p) => p.nodePort)).toEqual([30000, 30050]);
    expect(portAllocator.used()).toBe(2);
    await release();
    expect(portAllocator.used()).toBe(0);
  });

  it('shares one node port between the TCP and UDP sides of a port', async () => {
    const { hooks, portAllocator } = setup();
    const s = svc({ type: 'NodePort', ports: [{ name: 'dns', port: 53, protocol: 'UDP' }, { name: 'dns-tcp', port: 53, protocol: 'TCP', nodePort: 30053 }] });
    await hooks.beforeCreate!(s, REAL);
    expect(s.spec?.ports?.map((p) => p.nodePort)).toEqual([30053, 30053]);
    expect(portAllocator.used()).toBe(1);
  });

  it.each<[string, ServiceSpec__Output, (number | undefined)[], number | undefined]>([
    ['a LoadBalancer', { type: 'LoadBalancer' }, [30000], undefined],
    ['a LoadBalancer without node ports', { type: 'LoadBalancer', allocateLoadBalancerNodePorts: false }, [undefined], undefined],
    ['a LoadBalancer without node ports but one asked for', { type: 'LoadBalancer', allocateLoadBalancerNodePorts: false, ports: [{ port: 80, nodePort: 30070 }] }, [30070], undefined],
    ['a local LoadBalancer', { type: 'LoadBalancer', externalTrafficPolicy: 'Local' }, [30000], 30001],
    ['a local LoadBalancer asking for its health port', { type: 'LoadBalancer', externalTrafficPolicy: 'Local', healthCheckNodePort: 30099 }, [30000], 30099],
  ])('allocates for %s', async (_name, spec, nodePorts, health) => {
    const { hooks } = setup();
    const s = svc(spec);
    await hooks.beforeCreate!(s, REAL);
    expect(s.spec?.ports?.map((p) => p.nodePort)).toEqual(nodePorts);
    expect(s.spec?.healthCheckNodePort).toBe(health);
    expect(s.spec?.clusterIP).toBe('10.0.0.2');
  });

  it.each<[string, number, string]>([
    ['out of range', 80, 'Service "web" is invalid: spec.ports[1].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-30099'],
    ['taken', 30007, 'Service "web" is invalid: spec.ports[1].nodePort: Invalid value: 30007: provided port is already allocated'],
  ])('refuses a requested node port that is %s, giving back what it took', async (_name, nodePort, message) => {
    const { hooks, ipAllocator, portAllocator } = setup();
    portAllocator.allocate(30007);
    const err = await refusal(hooks.beforeCreate!(svc({ type: 'NodePort', ports: [{ name: 'a', port: 80 }, { name: 'b', port: 81, nodePort }] }), REAL));
    expect(err.status).toMatchObject({ code: 422, reason: 'Invalid', message, details: { causes: [{ field: 'spec.ports[1].nodePort' }] } });
    expect(ipAllocator.used()).toBe(0);
    expect(portAllocator.used()).toBe(1);
  });

  it('leaves a node port asked of a ClusterIP Service to validation, taking nothing', async () => {
    const { hooks, portAllocator } = setup();
    await hooks.beforeCreate!(svc({ ports: [{ port: 80, nodePort: 30050 }] }), REAL);
    expect(portAllocator.used()).toBe(0);
  });

  it('answers a health-check port that cannot be had with 500, giving back what it took', async () => {
    const { hooks, ipAllocator, portAllocator } = setup();
    portAllocator.allocate(30099);
    const err = await refusal(hooks.beforeCreate!(svc({ type: 'LoadBalancer', externalTrafficPolicy: 'Local', healthCheckNodePort: 30099 }), REAL));
    expect(err.status).toMatchObject({
      code: 500,
      reason: 'InternalError',
      message: 'Internal error occurred: failed to allocate requested HealthCheck NodePort 30099: provided port is already allocated',
    });
    expect([ipAllocator.used(), portAllocator.used()]).toEqual([0, 1]);
  });

  it('answers an exhausted port range with 500, giving back the address', async () => {
    const { hooks, ipAllocator } = setup({ ports: '30000-30000' });
    await hooks.beforeCreate!(svc({ type: 'NodePort' }), REAL);
    const err = await refusal(hooks.beforeCreate!(svc({ type: 'NodePort' }), REAL));
    expect(err.message).toBe('Internal error occurred: failed to allocate a nodePort: range is full');
    expect(ipAllocator.used()).toBe(1);
  });
});

describe('serviceAllocationHooks on update and delete', () => {
  async function created(spec: ServiceSpec__Output) {
    const env = setup();
    const old = svc(spec);
    await env.hooks.beforeCreate!(old, REAL);
    return { ...env, old };
  }

  it('keeps what a resubmitted manifest leaves out, allocating nothing', async () => {
    const { hooks, old, ipAllocator, portAllocator } = await created({ type: 'NodePort' });
    const next = svc({ type: 'NodePort' });
    const release = await beforeUpdate(hooks, next, old);
    await hooks.afterUpdate!(next, old);
    expect(next.spec).toMatchObject({ clusterIP: '10.0.0.2', clusterIPs: ['10.0.0.2'], ports: [{ port: 80, nodePort: 30000 }] });
    await release();
    expect([ipAllocator.used(), portAllocator.used()]).toEqual([1, 1]);
  });

  it('allocates node ports when a ClusterIP Service becomes NodePort, and gives them back if the write fails', async () => {
    const { hooks, old, portAllocator, ipAllocator } = await created({});
    const next = { ...clone(old), spec: { ...clone(old).spec, type: 'NodePort' } };
    const release = await beforeUpdate(hooks, next, old);
    expect(next.spec.ports?.[0].nodePort).toBe(30000);
    expect(portAllocator.has(30000)).toBe(true);
    await release();
    expect(portAllocator.has(30000)).toBe(false);
    expect(ipAllocator.has('10.0.0.2')).toBe(true);
  });

  it('gives the node ports back after a NodePort Service becomes ClusterIP', async () => {
    const { hooks, old, portAllocator } = await created({ type: 'NodePort' });
    const next = clone(old);
    next.spec!.type = 'ClusterIP';
    await beforeUpdate(hooks, next, old);
    expect(next.spec?.ports?.[0].nodePort).toBeUndefined();
    expect(portAllocator.has(30000)).toBe(true);
    await hooks.afterUpdate!(next, old);
    expect(portAllocator.has(30000)).toBe(false);
  });

  it('gives the address back after a Service becomes ExternalName', async () => {
    const { hooks, old, ipAllocator } = await created({});
    const next = clone(old);
    next.spec = { ...next.spec, type: 'ExternalName', externalName: 'example.com' };
    await beforeUpdate(hooks, next, old);
    expect(next.spec?.clusterIP).toBeUndefined();
    expect(next.spec?.clusterIPs).toBeUndefined();
    expect(ipAllocator.has('10.0.0.2')).toBe(true);
    await hooks.afterUpdate!(next, old);
    expect(ipAllocator.has('10.0.0.2')).toBe(false);
  });

  it('allocates an address when an ExternalName Service becomes ClusterIP', async () => {
    const { hooks, old, ipAllocator } = await created({ type: 'ExternalName', externalName: 'example.com' });
    const next = svc({ type: 'ClusterIP' });
    await beforeUpdate(hooks, next, old);
    await hooks.afterUpdate!(next, old);
    expect(next.spec?.clusterIP).toBe('10.0.0.2');
    expect(ipAllocator.has('10.0.0.2')).toBe(true);
  });

  it('allocates a new requested node port and gives the replaced one back', async () => {
    const { hooks, old, portAllocator } = await created({ type: 'NodePort' });
    const next = clone(old);
    next.spec!.ports![0].nodePort = 30042;
    await beforeUpdate(hooks, next, old);
    expect(portAllocator.has(30042)).toBe(true);
    await hooks.afterUpdate!(next, old);
    expect([portAllocator.has(30000), portAllocator.has(30042)]).toEqual([false, true]);
  });

  it('gives back everything an update took when it fails part-way', async () => {
    const { hooks, old, ipAllocator, portAllocator } = await created({ type: 'ExternalName', externalName: 'example.com', ports: [] });
    portAllocator.allocate(30042);
    const next = svc({ type: 'NodePort', ports: [{ name: 'a', port: 80 }, { name: 'b', port: 81, nodePort: 30042 }] });
    const err = await refusal(beforeUpdate(hooks, next, old));
    expect(err.message).toBe('Service "web" is invalid: spec.ports[1].nodePort: Invalid value: 30042: provided port is already allocated');
    expect([ipAllocator.used(), portAllocator.used()]).toEqual([0, 1]);
  });

  it('allocates a health-check port when a LoadBalancer turns Local, and gives it back when it turns Cluster', async () => {
    const { hooks, old, portAllocator } = await created({ type: 'LoadBalancer' });
    const local = clone(old);
    local.spec!.externalTrafficPolicy = 'Local';
    await beforeUpdate(hooks, local, old);
    await hooks.afterUpdate!(local, old);
    expect(local.spec?.healthCheckNodePort).toBe(30001);
    const cluster = clone(local);
    cluster.spec!.externalTrafficPolicy = 'Cluster';
    await beforeUpdate(hooks, cluster, local);
    await hooks.afterUpdate!(cluster, local);
    expect(cluster.spec?.healthCheckNodePort).toBeUndefined();
    expect([portAllocator.has(30000), portAllocator.has(30001)]).toEqual([true, false]);
  });

  it('takes no address when an update changes it, leaving the refusal to validation', async () => {
    const { hooks, old, ipAllocator } = await created({});
    const next = clone(old);
    next.spec = { ...next.spec, clusterIP: '10.0.0.9', clusterIPs: ['10.0.0.9'] };
    const release = await beforeUpdate(hooks, next, old);
    expect(ipAllocator.has('10.0.0.9')).toBe(false);
    await release();
    expect(ipAllocator.has('10.0.0.2')).toBe(true);
  });

  it('answers the same node port twice for one protocol with a plain 500, giving back what it took', async () => {
    const { hooks, old, portAllocator } = await created({ type: 'NodePort' });
    const next = clone(old);
    next.spec!.ports = [{ name: 'a', port: 80, protocol: 'TCP', nodePort: 30042 }, { name: 'b', port: 81, protocol: 'TCP', nodePort: 30042 }];
    const err = await refusal(beforeUpdate(hooks, next, old));
    expect(err.status).toMatchObject({ code: 500, message: 'duplicate nodePort: {TCP 30042}' });
    expect(err.status.reason).toBeUndefined();
    expect([portAllocator.has(30000), portAllocator.has(30042)]).toEqual([true, false]);
  });

  it("refuses a node port that takes over the Service's own health-check port", async () => {
    const { hooks, old } = await created({ type: 'LoadBalancer', externalTrafficPolicy: 'Local' });
    const next = clone(old);
    next.spec!.ports![0].nodePort = old.spec!.healthCheckNodePort;
    const err = await refusal(beforeUpdate(hooks, next, old));
    expect(err.message).toBe('Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 30001: provided port is already allocated');
  });

  it('gives everything back on delete', async () => {
    const { hooks, old, ipAllocator, portAllocator } = await created({ type: 'LoadBalancer', externalTrafficPolicy: 'Local' });
    expect([ipAllocator.used(), portAllocator.used()]).toEqual([1, 2]);
    await hooks.afterDelete!(old);
    expect([ipAllocator.used(), portAllocator.used()]).toEqual([0, 0]);
  });
});
