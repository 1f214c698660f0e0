import { describe, expect, it } from 'vitest';
import type { Service__Output } from '../../../../api/generated/skiff/core/v1/Service.js';
import type { ServiceSpec__Output } from '../../../../api/generated/skiff/core/v1/ServiceSpec.js';
import { dropTypeDependentFields } from './service-update.js';

const svc = (spec: ServiceSpec__Output): Service__Output => ({ metadata: { name: 'web', namespace: 'default' }, spec });

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
    expect(next.spec?.clusterIP).toBeUndefined();
    expect(next.spec?.clusterIPs).toBeUndefined();
    expect(next.spec?.ipFamilies).toBeUndefined();
    expect(next.spec?.ipFamilyPolicy).toBeUndefined();
    expect(next.spec?.healthCheckNodePort).toBeUndefined();
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

  it.each<[string, ServiceSpec__Output]>([
    ['a LoadBalancer that allocates none', { type: 'LoadBalancer', allocateLoadBalancerNodePorts: false, ports: [{ port: 80, nodePort: 30080 }] }],
    ['a NodePort Service losing one of its ports', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }, { port: 81, nodePort: 30081 }] }],
  ])('clears the node ports of %s that becomes ClusterIP with no new one', (_name, oldSpec) => {
    const before = svc(oldSpec);
    const next = svc({ type: 'ClusterIP', ports: [{ port: 80, nodePort: 30080 }] });
    dropTypeDependentFields(next, before);
    expect(next.spec?.ports).toEqual([{ port: 80 }]);
  });

  it('keeps both cluster IP fields when the client changed the singular one on the way to ExternalName', () => {
    const next = structuredClone(old);
    next.spec = { ...next.spec, type: 'ExternalName', externalName: 'example.com', clusterIP: '10.0.0.6' };
    dropTypeDependentFields(next, old);
    expect([next.spec?.clusterIP, next.spec?.clusterIPs]).toEqual(['10.0.0.6', ['10.0.0.5']]);
  });

  it("clears a former LoadBalancer's load balancer status", () => {
    const before = { ...structuredClone(old), status: { loadBalancer: { ingress: [{ ip: '192.0.2.1' }] } } };
    const next = structuredClone(before);
    next.spec = { ...next.spec, type: 'NodePort' };
    dropTypeDependentFields(next, before);
    expect(next.status).toEqual({ loadBalancer: {} });
  });
});
