import { describe, expect, it } from 'vitest';
import { objectFromJSON, restMapper } from '../../api/index.js';
import type { Event } from '../../client/index.js';
import { describeText } from './describer.js';
import { tabwriter } from './prefix-writer.js';

const NOW = Date.parse('2026-01-01T00:10:00Z');

function decode(json: Record<string, unknown>): ReturnType<typeof objectFromJSON>['object'] {
  return objectFromJSON(json).object;
}

const pod = decode({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: 'web', namespace: 'default', labels: { app: 'web', tier: 'fe' }, annotations: { note: 'hi' } },
  spec: {
    nodeName: 'node-1',
    serviceAccountName: 'default',
    priority: 0,
    containers: [{ name: 'c', image: 'nginx:1.25', ports: [{ containerPort: 80, protocol: 'TCP' }], env: [{ name: 'A', value: '1' }], volumeMounts: [{ name: 'data', mountPath: '/data' }] }],
    volumes: [{ name: 'data', emptyDir: {} }],
  },
  status: {
    phase: 'Running',
    hostIP: '10.0.0.1',
    podIP: '10.1.0.5',
    podIPs: [{ ip: '10.1.0.5' }],
    qosClass: 'BestEffort',
    conditions: [{ type: 'Ready', status: 'True' }],
    containerStatuses: [{ name: 'c', ready: true, restartCount: 2, image: 'nginx:1.25', imageID: 'sha256:abc', containerID: 'skiff://1', state: { running: { startedAt: '2026-01-01T00:00:00Z' } } }],
  },
});

const event: Event = {
  type: 'Normal',
  reason: 'Scheduled',
  message: 'Successfully assigned default/web to node-1',
  source: { component: 'default-scheduler' },
  firstTimestamp: '2026-01-01T00:05:00Z',
  lastTimestamp: '2026-01-01T00:05:00Z',
  count: 1,
  involvedObject: { name: 'web' },
};

describe('describe', () => {
  it('describes a pod as kubectl does', () => {
    const text = describeText(restMapper.resolve('pods')[0]!, pod, [event], NOW);
    const lines = text.split('\n');
    expect(lines.slice(0, 10)).toEqual([
      'Name:             web',
      'Namespace:        default',
      'Priority:         0',
      'Service Account:  default',
      'Node:             node-1/10.0.0.1',
      'Labels:           app=web',
      '                  tier=fe',
      'Annotations:      note: hi',
      'Status:           Running',
      'IP:               10.1.0.5',
    ]);
    expect(text).toContain('Containers:\n  c:\n    Container ID:   skiff://1\n    Image:          nginx:1.25\n');
    expect(text).toContain('    State:          Running\n      Started:      ');
    expect(text).toContain('    Ready:          True\n    Restart Count:  2\n');
    expect(text).toContain('    Environment:\n      A:  1\n    Mounts:\n      /data from data (rw)\n');
    expect(text).toContain('Conditions:\n  Type    Status\n  Ready   True \n');
    expect(text).toContain('QoS Class:       BestEffort\n');
    expect(text.endsWith('Events:\n  Type    Reason     Age   From               Message\n  ----    ------     ----  ----               -------\n  Normal  Scheduled  5m    default-scheduler  Successfully assigned default/web to node-1\n')).toBe(true);
  });

  it('describes a deployment as kubectl does', () => {
    const d = decode({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'default', creationTimestamp: '2026-01-01T00:00:00Z' },
      spec: {
        replicas: 4,
        selector: { matchLabels: { app: 'web' } },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
        template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx:1.25', ports: [{ containerPort: 80, protocol: 'TCP' }] }] } },
      },
    });
    const text = describeText(restMapper.resolve('deploy')[0]!, d, [], NOW).split('\n');
    expect(text[0]).toBe('Name:                   web');
    expect(text.slice(4)).toEqual([
      'Annotations:            <none>',
      'Selector:               app=web',
      'Replicas:               4 desired | 0 updated | 0 total | 0 available | 0 unavailable',
      'StrategyType:           RollingUpdate',
      'MinReadySeconds:        0',
      'RollingUpdateStrategy:  25% max unavailable, 25% max surge',
      'Pod Template:',
      '  Labels:  app=web',
      '  Containers:',
      '   c:',
      '    Image:         nginx:1.25',
      '    Port:          80/TCP',
      '    Host Port:     0/TCP',
      '    Environment:   <none>',
      '    Mounts:        <none>',
      '  Volumes:         <none>',
      '  Node-Selectors:  <none>',
      '  Tolerations:     <none>',
      'Events:            <none>',
      '',
    ]);
  });

  it('lays out tab-separated cells per block of lines, as Go\'s tabwriter', () => {
    expect(tabwriter('a:\t1\nlong-key:\t2\nbreak\nk:\tv\n')).toBe('a:         1\nlong-key:  2\nbreak\nk:  v\n');
  });
});
