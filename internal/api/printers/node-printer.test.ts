import { describe, expect, it } from 'vitest';
import type { Node__Output } from '../generated/skiff/core/v1/Node.js';
import { nodePrinter } from './node-printer.js';

const NOW = Date.parse('2025-01-01T12:00:00Z');
const ago = (seconds: number): string => new Date(NOW - seconds * 1000).toISOString();
const DAY = 86_400;

describe('Node row: NAME STATUS ROLES AGE VERSION | INTERNAL-IP EXTERNAL-IP OS-IMAGE KERNEL-VERSION CONTAINER-RUNTIME', () => {
  it.each<[string, Node__Output, (string | number | boolean)[]]>([
    [
      'a ready control-plane node',
      {
        metadata: { name: 'cp-1', creationTimestamp: ago(2 * DAY + 3 * 3600), labels: { 'node-role.kubernetes.io/control-plane': '' } },
        status: {
          conditions: [{ type: 'MemoryPressure', status: 'False' }, { type: 'Ready', status: 'True' }],
          addresses: [{ type: 'Hostname', address: 'cp-1' }, { type: 'InternalIP', address: '10.0.0.1' }],
          nodeInfo: { kubeletVersion: 'v1.32.0', osImage: 'Ubuntu 24.04 LTS', kernelVersion: '6.8.0-45-generic', containerRuntimeVersion: 'skiff://0.1.0' },
        },
      },
      ['cp-1', 'Ready', 'control-plane', '2d3h', 'v1.32.0', '10.0.0.1', '<none>', 'Ubuntu 24.04 LTS', '6.8.0-45-generic', 'skiff://0.1.0'],
    ],
    [
      'a cordoned node that stopped being ready',
      {
        metadata: { name: 'node-2', creationTimestamp: ago(45 * 60) },
        spec: { unschedulable: true },
        status: {
          conditions: [{ type: 'Ready', status: 'Unknown' }],
          addresses: [{ type: 'ExternalIP', address: '203.0.113.7' }, { type: 'InternalIP', address: '10.0.0.2' }],
          nodeInfo: { kubeletVersion: 'v1.32.0' },
        },
      },
      ['node-2', 'NotReady,SchedulingDisabled', '<none>', '45m', 'v1.32.0', '10.0.0.2', '203.0.113.7', '<unknown>', '<unknown>', '<unknown>'],
    ],
    [
      'a node that never reported, with roles from both label forms',
      {
        metadata: {
          name: 'node-3',
          labels: { 'kubernetes.io/role': 'worker', 'node-role.kubernetes.io/infra': '', 'node-role.kubernetes.io/': '' },
        },
      },
      ['node-3', 'Unknown', 'infra,worker', '<unknown>', '', '<none>', '<none>', '<unknown>', '<unknown>', '<unknown>'],
    ],
  ])('%s', (_name, node, cells) => {
    expect(nodePrinter.cells(node, NOW)).toEqual(cells);
  });
});
