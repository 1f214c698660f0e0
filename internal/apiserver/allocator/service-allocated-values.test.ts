import { describe, expect, it } from 'vitest';
import type { Service__Output } from '../../api/generated/skiff/core/v1/Service.js';
import type { ServiceSpec__Output } from '../../api/generated/skiff/core/v1/ServiceSpec.js';
import { normalizeClusterIPs, patchAllocatedValues } from './service-allocated-values.js';

const svc = (spec: ServiceSpec__Output): Service__Output => ({ metadata: { name: 'web', namespace: 'default' }, spec });

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

  it('carries the node ports of a LoadBalancer that no longer allocates them', () => {
    const lb = svc({ ...old.spec, type: 'LoadBalancer', allocateLoadBalancerNodePorts: true });
    const next = svc({ type: 'LoadBalancer', allocateLoadBalancerNodePorts: false, ports: [{ name: 'http', port: 80 }] });
    patchAllocatedValues(next, lb);
    expect(next.spec?.ports?.[0].nodePort).toBe(30080);
  });

  it('carries the health-check port of a LoadBalancer that stays Local', () => {
    const local = svc({ type: 'LoadBalancer', externalTrafficPolicy: 'Local', healthCheckNodePort: 30100 });
    const next = svc({ type: 'LoadBalancer', externalTrafficPolicy: 'Local' });
    patchAllocatedValues(next, local);
    expect(next.spec?.healthCheckNodePort).toBe(30100);
  });
});

describe('normalizeClusterIPs', () => {
  it('mirrors a lone clusterIP into clusterIPs on create', () => {
    const s = svc({ clusterIP: '10.0.0.5' });
    normalizeClusterIPs(s, undefined);
    expect(s.spec?.clusterIPs).toEqual(['10.0.0.5']);
  });

  it('keeps the plural field for an old client that sent only an unchanged clusterIP', () => {
    const s = svc({ clusterIP: '10.0.0.5' });
    normalizeClusterIPs(s, svc({ clusterIP: '10.0.0.5', clusterIPs: ['10.0.0.5'] }));
    expect(s.spec?.clusterIPs).toEqual(['10.0.0.5']);
  });

  it('follows a changed clusterIP when clusterIPs was left as it was', () => {
    const s = svc({ clusterIP: '10.0.0.6', clusterIPs: ['10.0.0.5'] });
    normalizeClusterIPs(s, svc({ clusterIP: '10.0.0.5', clusterIPs: ['10.0.0.5'] }));
    expect(s.spec?.clusterIPs).toEqual(['10.0.0.6']);
  });
});
