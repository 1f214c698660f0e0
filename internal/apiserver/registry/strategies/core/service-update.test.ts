import { describe, expect, it } from 'vitest';
import type { Service__Output } from '../../../../api/generated/skiff/core/v1/Service.js';
import type { ServiceSpec__Output } from '../../../../api/generated/skiff/core/v1/ServiceSpec.js';
import { dropTypeDependentFields, patchAllocatedValues } from './service-update.js';

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
});
