import { describe, expect, it } from 'vitest';
import type { Service__Output } from '../../api/generated/skiff/core/v1/Service.js';
import type { ServiceSpec__Output } from '../../api/generated/skiff/core/v1/ServiceSpec.js';
import {
  heldClusterIPs,
  heldNodePorts,
  needsClusterIP,
  needsHealthCheckNodePort,
  needsNodePort,
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

