import { describe, expect, it } from 'vitest';
import type { Endpoints__Output } from '../generated/skiff/core/v1/Endpoints.js';
import type { Service__Output } from '../generated/skiff/core/v1/Service.js';
import { endpointsPrinter, servicePrinter } from './service-printers.js';

const NOW = Date.parse('2025-01-01T12:00:00Z');
const created = new Date(NOW - 90 * 86_400_000).toISOString();

describe('Service row: NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE | SELECTOR', () => {
  const svc = (name: string, spec: Service__Output['spec'], status?: Service__Output['status']): Service__Output => ({
    metadata: { name, creationTimestamp: created },
    spec,
    status,
  });

  it.each<[string, Service__Output, (string | number | boolean)[]]>([
    [
      'a ClusterIP service',
      svc('kubernetes', { type: 'ClusterIP', clusterIP: '10.96.0.1', clusterIPs: ['10.96.0.1'], ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: { intVal: 6443 } }] }),
      ['kubernetes', 'ClusterIP', '10.96.0.1', '<none>', '443/TCP', '90d', '<none>'],
    ],
    [
      'a NodePort service with a selector',
      svc('web', {
        type: 'NodePort',
        clusterIPs: ['10.96.12.7'],
        selector: { tier: 'frontend', app: 'web' },
        ports: [{ port: 80, nodePort: 30080, protocol: 'TCP' }, { port: 53, protocol: 'UDP' }],
      }),
      ['web', 'NodePort', '10.96.12.7', '<none>', '80:30080/TCP,53/UDP', '90d', 'app=web,tier=frontend'],
    ],
    [
      'a ClusterIP service with external IPs, written before dual-stack',
      svc('legacy', { type: 'ClusterIP', clusterIP: '10.96.3.3', externalIPs: ['198.51.100.1', '198.51.100.2'], ports: [{ port: 8080, protocol: 'TCP' }] }),
      ['legacy', 'ClusterIP', '10.96.3.3', '198.51.100.1,198.51.100.2', '8080/TCP', '90d', '<none>'],
    ],
    [
      'a LoadBalancer without an address yet',
      svc('lb', { type: 'LoadBalancer', clusterIPs: ['10.96.0.20'], ports: [{ port: 80, nodePort: 31000, protocol: 'TCP' }] }),
      ['lb', 'LoadBalancer', '10.96.0.20', '<pending>', '80:31000/TCP', '90d', '<none>'],
    ],
    [
      'a LoadBalancer with ingress addresses, sorted and deduplicated, then external IPs',
      svc(
        'lb',
        { type: 'LoadBalancer', clusterIPs: ['10.96.0.20'], externalIPs: ['198.51.100.9'], ports: [{ port: 80, nodePort: 31000, protocol: 'TCP' }] },
        { loadBalancer: { ingress: [{ ip: '172.18.0.9' }, { hostname: 'lb.example.com' }, { ip: '172.18.0.9' }] } },
      ),
      ['lb', 'LoadBalancer', '10.96.0.20', '172.18.0.9,lb.example.com,198.51.100.9', '80:31000/TCP', '90d', '<none>'],
    ],
    [
      'an ExternalName service',
      svc('db', { type: 'ExternalName', externalName: 'db.example.com' }),
      ['db', 'ExternalName', '<none>', 'db.example.com', '<none>', '90d', '<none>'],
    ],
    [
      'a headless service',
      svc('sts', { type: 'ClusterIP', clusterIP: 'None', clusterIPs: ['None'], selector: { app: 'db' }, ports: [{ port: 5432, protocol: 'TCP' }] }),
      ['sts', 'ClusterIP', 'None', '<none>', '5432/TCP', '90d', 'app=db'],
    ],
  ])('%s', (_name, s, cells) => {
    expect(servicePrinter.cells(s, NOW)).toEqual(cells);
  });
});

describe('Endpoints row: NAME ENDPOINTS AGE', () => {
  const addr = (...ips: string[]) => ips.map((ip) => ({ ip }));
  it.each<[string, Endpoints__Output['subsets'], string]>([
    ['no subsets', undefined, '<none>'],
    ['two addresses on one port', [{ addresses: addr('10.0.0.1', '10.0.0.2'), ports: [{ port: 80 }] }], '10.0.0.1:80,10.0.0.2:80'],
    [
      'more than three',
      [{ addresses: addr('10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4'), ports: [{ port: 80 }] }],
      '10.0.0.1:80,10.0.0.2:80,10.0.0.3:80 + 1 more...',
    ],
    [
      'each port with each address',
      [{ addresses: addr('10.0.0.1', '10.0.0.2'), ports: [{ name: 'http', port: 80 }, { name: 'https', port: 443 }] }],
      '10.0.0.1:80,10.0.0.2:80,10.0.0.1:443 + 1 more...',
    ],
    [
      'across subsets',
      [
        { addresses: addr('10.0.0.1'), ports: [{ port: 80 }] },
        { addresses: addr('10.0.1.1', '10.0.1.2', '10.0.1.3', '10.0.1.4'), ports: [{ port: 8080 }] },
      ],
      '10.0.0.1:80,10.0.1.1:8080,10.0.1.2:8080 + 2 more...',
    ],
    ['a headless service without ports', [{ addresses: addr('10.0.0.1', '10.0.0.2') }], '10.0.0.1,10.0.0.2'],
    ['IPv6', [{ addresses: addr('fd00::1'), ports: [{ port: 80 }] }], '[fd00::1]:80'],
    ['only not-ready addresses', [{ notReadyAddresses: addr('10.0.0.1'), ports: [{ port: 80 }] }], ''],
  ])('%s', (_name, subsets, text) => {
    expect(endpointsPrinter.cells({ metadata: { name: 'web', creationTimestamp: created }, subsets }, NOW)).toEqual(['web', text, '90d']);
  });
});
