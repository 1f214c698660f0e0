import { describe, expect, it } from 'vitest';
import type { Service__Output } from '../../api/generated/skiff/core/v1/Service.js';
import type { ServiceSpec__Output } from '../../api/generated/skiff/core/v1/ServiceSpec.js';
import {
  dropTypeDependentFields,
  heldClusterIPs,
  heldNodePorts,
  needsClusterIP,
  needsHealthCheckNodePort,
  needsNodePort,
  patchAllocatedValues,
  shouldAllocateNodePorts,
} from './service-fields.js';

const svc = (spec: ServiceSpec__Output): Service__Output => ({ metadata: { name: 'web', namespace: 'default' }, spec });

describe('what a Service needs', () => {
  it.each<[string, ServiceSpec__Output, boolean, boolean, boolean, boolean]>([
    // spec, needsClusterIP, needsNodePort, shouldAllocateNodePorts, needsHealthCheckNodePort
    ['no type', {}, true, false, false, false],
    ['ClusterIP', { type: 'ClusterIP' }, true, false, false, false],
    ['NodePort', { type: 'NodePort' }, true, true, true, false],
    ['LoadBalancer', { type: 'LoadBalancer' }, true, true, true, false],
    ['LoadBalancer without node ports', { type: 'LoadBalancer', allocateLoadBalancerNodePorts: false }, true, true, false, false],
    ['local LoadBalancer', { type: 'LoadBalancer', externalTrafficPolicy: 'Local' }, true, true, true, true],
    ['local NodePort', { type: 'NodePort', externalTrafficPolicy: 'Local' }, true, true, true, false],
    ['ExternalName', { type: 'ExternalName' }, false, false, false, false],
  ])('%s', (_name, spec, ip, np, alloc, hc) => {
    const s = svc(spec);
    expect([needsClusterIP(s), needsNodePort(s), shouldAllocateNodePorts(s), needsHealthCheckNodePort(s)]).toEqual([ip, np, alloc, hc]);
  });

  it.each<[ServiceSpec__Output, string[]]>([
    [{ clusterIP: '10.0.0.1', clusterIPs: ['10.0.0.1'] }, ['10.0.0.1']],
    [{ clusterIP: '10.0.0.1' }, ['10.0.0.1']],
    [{ clusterIP: 'None', clusterIPs: ['None'] }, []],
    [{ clusterIP: '' }, []],
    [{}, []],
  ])('holds the addresses of %j', (spec, ips) => {
    expect(heldClusterIPs(svc(spec))).toEqual(ips);
  });

  it('holds each node port once, the health-check port included', () => {
    expect(heldNodePorts(svc({ ports: [{ port: 53, nodePort: 30053 }, { port: 53, nodePort: 30053 }, { port: 80 }], healthCheckNodePort: 30100 }))).toEqual([30053, 30100]);
  });
});

describe('patchAllocatedValues', () => {
  const old = svc({
    type: 'NodePort',
    clusterIP: '10.0.0.5',
    clusterIPs: ['10.0.0.5'],
    ports: [{ name: 'http', port: 80, nodePort: 30080 }, { name: 'https', port: 443, nodePort: 30443 }],
  });

  it('carries the address and node ports a resubmitted manifest leaves out', () => {
    const next = svc({ type: 'NodePort', ports: [{ name: 'http', port: 80 }, { name: 'https', port: 443 }] });
    patchAllocatedValues(next, old);
    expect(next.spec).toEqual(old.spec);
  });

  it('does not carry a node port the new spec already uses elsewhere', () => {
    const next = svc({ type: 'NodePort', ports: [{ name: 'http', port: 80 }, { name: 'https', port: 443, nodePort: 30080 }] });
    patchAllocatedValues(next, old);
    expect(next.spec?.ports?.map((p) => p.nodePort)).toEqual([undefined, 30080]);
  });

  it('carries nothing across a change to a type that does not use it', () => {
    const next = svc({ type: 'ClusterIP', ports: [{ name: 'http', port: 80 }] });
    patchAllocatedValues(next, old);
    expect(next.spec?.ports?.[0].nodePort).toBeUndefined();
    expect(next.spec?.clusterIP).toBe('10.0.0.5');
  });
});

describe('dropTypeDependentFields', () => {
  const old = svc({
    type: 'LoadBalancer',
    externalTrafficPolicy: 'Local',
    healthCheckNodePort: 30100,
    clusterIP: '10.0.0.5',
    clusterIPs: ['10.0.0.5'],
    ipFamilies: ['IPv4'],
    ipFamilyPolicy: 'SingleStack',
    ports: [{ port: 80, nodePort: 30080 }],
  });

  it('clears everything allocated when the Service becomes ExternalName unchanged otherwise', () => {
    const next = structuredClone(old);
    next.spec = { ...next.spec, type: 'ExternalName', externalName: 'example.com', externalTrafficPolicy: 'Cluster' };
    dropTypeDependentFields(next, old);
    expect(next.spec).not.toHaveProperty('clusterIP');
    expect(next.spec).not.toHaveProperty('clusterIPs');
    expect(next.spec).not.toHaveProperty('ipFamilies');
    expect(next.spec).not.toHaveProperty('ipFamilyPolicy');
    expect(next.spec).not.toHaveProperty('healthCheckNodePort');
    expect(next.spec?.ports).toEqual([{ port: 80 }]);
  });

  it('keeps values the client changed, for validation to judge', () => {
    const next = structuredClone(old);
    next.spec = { ...next.spec, type: 'ClusterIP', ports: [{ port: 80, nodePort: 30081 }] };
    dropTypeDependentFields(next, old);
    expect(next.spec?.ports?.[0].nodePort).toBe(30081);
    expect(next.spec?.clusterIP).toBe('10.0.0.5');
  });

  it('clears node ports when ports were removed but none added', () => {
    const next = svc({ type: 'ClusterIP', clusterIP: '10.0.0.5', clusterIPs: ['10.0.0.5'], ports: [{ port: 80, nodePort: 30080 }, { port: 81 }] });
    dropTypeDependentFields(next, old);
    expect(next.spec?.ports).toEqual([{ port: 80 }, { port: 81 }]);
  });
});
