import { describe, expect, it } from 'vitest';
import { defaultService } from '../../defaults/core/index.js';
import type { Service__Output } from '../../generated/skiff/core/v1/Service.js';
import type { ServiceSpec__Output } from '../../generated/skiff/core/v1/ServiceSpec.js';
import { validateService, validateServiceStatusUpdate, validateServiceUpdate } from './index.js';

function svc(spec: ServiceSpec__Output): Service__Output {
  const s: Service__Output = { metadata: { name: 's', namespace: 'default' }, spec };
  defaultService(s);
  return s;
}

describe('validateService', () => {
  it.each<[string, ServiceSpec__Output]>([
    ['a ClusterIP Service', { selector: { app: 'web' }, ports: [{ port: 80, targetPort: { strVal: 'http' } }] }],
    ['an allocated one', { clusterIP: '10.96.0.10', clusterIPs: ['10.96.0.10'], ports: [{ port: 53, protocol: 'UDP' }] }],
    ['a headless Service without ports', { clusterIP: 'None', clusterIPs: ['None'] }],
    ['an ExternalName Service', { type: 'ExternalName', externalName: 'db.example.com.' }],
    ['a NodePort Service', { type: 'NodePort', ports: [{ name: 'a', port: 80, nodePort: 30080 }, { name: 'b', port: 443 }] }],
    ['ClientIP affinity', { sessionAffinity: 'ClientIP', ports: [{ port: 80 }] }],
  ])('accepts %s', (_name, spec) => {
    expect(validateService(svc(spec)).map(String)).toEqual([]);
  });

  it.each<[string, ServiceSpec__Output, string[]]>([
    ['no ports', {}, ['spec.ports: Required value']],
    [
      'two unnamed ports',
      { ports: [{ port: 80 }, { port: 443 }] },
      ['spec.ports[0].name: Required value', 'spec.ports[1].name: Required value'],
    ],
    [
      'bad port numbers and protocols',
      { ports: [{ port: 0, protocol: 'HTTP', targetPort: { intVal: 70000 } }] },
      [
        'spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive',
        'spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
        'spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
      ],
    ],
    ['a bad type', { type: 'Magic', ports: [{ port: 80 }] }, ['spec.type: Unsupported value: "Magic": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"']],
    ['a nodePort on ClusterIP', { ports: [{ port: 80, nodePort: 30000 }] }, ["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"]],
    ['an ExternalName without name', { type: 'ExternalName' }, ['spec.externalName: Required value']],
    [
      'a bad clusterIP',
      { clusterIP: '300.1.1.1', clusterIPs: ['300.1.1.1'], ports: [{ port: 80 }] },
      ['spec.clusterIPs[0]: Invalid value: "300.1.1.1": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)'],
    ],
    ['a bad selector', { selector: { app: 'a b' }, ports: [{ port: 80 }] }, [
      `spec.selector: Invalid value: "a b": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
    ]],
    ['a bad session affinity', { sessionAffinity: 'Sticky', ports: [{ port: 80 }] }, ['spec.sessionAffinity: Unsupported value: "Sticky": supported values: "ClientIP", "None"']],
  ])('rejects %s', (_name, spec, want) => {
    expect(validateService(svc(spec)).map(String)).toEqual(want);
  });
});

describe('validateServiceUpdate', () => {
  const old = svc({ clusterIP: '10.96.0.10', clusterIPs: ['10.96.0.10'], ports: [{ port: 80 }] });

  it('refuses a changed cluster IP', () => {
    const next = structuredClone(old);
    next.spec!.clusterIP = '10.96.0.11';
    next.spec!.clusterIPs = ['10.96.0.11'];
    expect(validateServiceUpdate(next, old).map(String)).toEqual(['spec.clusterIPs[0]: Invalid value: []string{"10.96.0.11"}: may not change once set']);
  });

  it('allows dropping the cluster IP when turning into an ExternalName Service', () => {
    const next = svc({ type: 'ExternalName', externalName: 'example.com', ports: [{ port: 80 }] });
    expect(validateServiceUpdate(next, old).map(String)).toEqual([]);
  });
});

describe('validateServiceStatusUpdate', () => {
  it('allows load balancer ingress only on LoadBalancer Services', () => {
    const s = svc({ ports: [{ port: 80 }] });
    s.status = { loadBalancer: { ingress: [{ ip: '1.2.3.4', ipMode: 'VIP' }] } };
    expect(validateServiceStatusUpdate(s, s).map(String)).toEqual(["status.loadBalancer.ingress: Forbidden: may only be used when `spec.type` is 'LoadBalancer'"]);
  });
});
