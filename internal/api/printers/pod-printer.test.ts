import { describe, expect, it } from 'vitest';
import type { ContainerStatus__Output } from '../generated/skiff/core/v1/ContainerStatus.js';
import type { Pod__Output } from '../generated/skiff/core/v1/Pod.js';
import { podPrinter, summarizePod } from './pod-printer.js';

const NOW = Date.parse('2025-01-01T12:00:00Z');
const ago = (seconds: number): string => new Date(NOW - seconds * 1000).toISOString();

const running = (name: string, extra: Partial<ContainerStatus__Output> = {}): ContainerStatus__Output => ({
  name, ready: true, started: true, restartCount: 0, state: { running: { startedAt: ago(300) } }, ...extra,
});
const waiting = (name: string, reason: string, extra: Partial<ContainerStatus__Output> = {}): ContainerStatus__Output => ({
  name, ready: false, restartCount: 0, state: { waiting: { reason } }, ...extra,
});
const terminated = (
  name: string, exitCode: number, reason?: string, extra: Partial<ContainerStatus__Output> = {},
): ContainerStatus__Output => ({
  name, ready: false, restartCount: 0, state: { terminated: { exitCode, reason, finishedAt: ago(60) } }, ...extra,
});

function pod(opts: {
  containers?: string[];
  init?: { name: string; sidecar?: boolean }[];
  phase?: string;
  reason?: string;
  statuses?: ContainerStatus__Output[];
  initStatuses?: ContainerStatus__Output[];
  conditions?: { type: string; status: string; reason?: string }[];
  deleting?: boolean;
}): Pod__Output {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: 'web-0',
      namespace: 'default',
      creationTimestamp: ago(600),
      ...(opts.deleting ? { deletionTimestamp: ago(5) } : {}),
    },
    spec: {
      containers: (opts.containers ?? ['web']).map((name) => ({ name, image: 'nginx' })),
      initContainers: (opts.init ?? []).map((c) => ({ name: c.name, image: 'busybox', ...(c.sidecar ? { restartPolicy: 'Always' } : {}) })),
    },
    status: {
      phase: opts.phase ?? 'Running',
      ...(opts.reason ? { reason: opts.reason } : {}),
      conditions: opts.conditions ?? [],
      containerStatuses: opts.statuses ?? [],
      initContainerStatuses: opts.initStatuses ?? [],
    },
  };
}

describe('Pod STATUS, READY and RESTARTS as kubectl computes them', () => {
  it.each<[string, Pod__Output, string, string, string]>([
    ['a running pod', pod({ statuses: [running('web')] }), '1/1', 'Running', '0'],
    ['a pending pod with no statuses yet', pod({ phase: 'Pending' }), '0/1', 'Pending', '0'],
    ['a container being created', pod({ phase: 'Pending', statuses: [waiting('web', 'ContainerCreating')] }), '0/1', 'ContainerCreating', '0'],
    ['an image that cannot be pulled', pod({ phase: 'Pending', statuses: [waiting('web', 'ImagePullBackOff')] }), '0/1', 'ImagePullBackOff', '0'],
    [
      'a crash loop, with the last restart time',
      pod({ statuses: [waiting('web', 'CrashLoopBackOff', { restartCount: 3, lastState: { terminated: { exitCode: 1, finishedAt: ago(300) } } })] }),
      '0/1', 'CrashLoopBackOff', '3 (5m ago)',
    ],
    [
      'restarts without a known time',
      pod({ statuses: [running('web', { restartCount: 2 })] }),
      '1/1', 'Running', '2',
    ],
    ['a finished pod', pod({ phase: 'Succeeded', statuses: [terminated('web', 0, 'Completed')] }), '0/1', 'Completed', '0'],
    ['a failed container', pod({ phase: 'Failed', statuses: [terminated('web', 1, 'Error')] }), '0/1', 'Error', '0'],
    ['a terminated container without a reason', pod({ phase: 'Failed', statuses: [terminated('web', 137)] }), '0/1', 'ExitCode:137', '0'],
    [
      'a container killed by a signal',
      pod({ phase: 'Failed', statuses: [{ name: 'web', state: { terminated: { exitCode: 0, signal: 9 } } }] }),
      '0/1', 'Signal:9', '0',
    ],
    [
      'the first container decides among several',
      pod({ containers: ['web', 'log'], statuses: [waiting('web', 'CrashLoopBackOff'), running('log')] }),
      '1/2', 'CrashLoopBackOff', '0',
    ],
    [
      'Completed with a container still running and the pod not ready',
      pod({ containers: ['job', 'proxy'], statuses: [terminated('job', 0, 'Completed'), running('proxy')] }),
      '1/2', 'NotReady', '0',
    ],
    [
      'Completed with a container still running and the pod ready',
      pod({
        containers: ['job', 'proxy'],
        statuses: [terminated('job', 0, 'Completed'), running('proxy')],
        conditions: [{ type: 'Ready', status: 'True' }],
      }),
      '1/2', 'Running', '0',
    ],
    [
      'the first init container running',
      pod({ phase: 'Pending', init: [{ name: 'a' }, { name: 'b' }], initStatuses: [running('a', { ready: false }), waiting('b', 'PodInitializing')], statuses: [waiting('web', 'PodInitializing')] }),
      '0/1', 'Init:0/2', '0',
    ],
    [
      'the second init container running',
      pod({ phase: 'Pending', init: [{ name: 'a' }, { name: 'b' }], initStatuses: [terminated('a', 0, 'Completed'), running('b', { ready: false })] }),
      '0/1', 'Init:1/2', '0',
    ],
    [
      'an init container waiting on PodInitializing counts as progress',
      pod({ phase: 'Pending', init: [{ name: 'a' }], initStatuses: [waiting('a', 'PodInitializing')] }),
      '0/1', 'Init:0/1', '0',
    ],
    [
      'an init container in a crash loop',
      pod({
        phase: 'Pending',
        init: [{ name: 'a' }],
        initStatuses: [waiting('a', 'CrashLoopBackOff', { restartCount: 4, lastState: { terminated: { exitCode: 1, finishedAt: ago(120) } } })],
        statuses: [waiting('web', 'PodInitializing')],
      }),
      '0/1', 'Init:CrashLoopBackOff', '4 (2m ago)',
    ],
    ['a failed init container', pod({ phase: 'Pending', init: [{ name: 'a' }], initStatuses: [terminated('a', 1, 'Error')] }), '0/1', 'Init:Error', '0'],
    ['a failed init container without a reason', pod({ phase: 'Pending', init: [{ name: 'a' }], initStatuses: [terminated('a', 2)] }), '0/1', 'Init:ExitCode:2', '0'],
    [
      'an init container killed by a signal',
      pod({ phase: 'Pending', init: [{ name: 'a' }], initStatuses: [{ name: 'a', state: { terminated: { exitCode: 137, signal: 9 } } }] }),
      '0/1', 'Init:Signal:9', '0',
    ],
    [
      'a started sidecar counts towards READY and lets the app containers decide',
      pod({
        init: [{ name: 'proxy', sidecar: true }],
        initStatuses: [running('proxy', { restartCount: 1, lastState: { terminated: { exitCode: 1, finishedAt: ago(3600) } } })],
        statuses: [running('web')],
        conditions: [{ type: 'Initialized', status: 'True' }],
      }),
      '2/2', 'Running', '1 (60m ago)',
    ],
    ['a pod being deleted', pod({ deleting: true, statuses: [running('web')] }), '1/1', 'Terminating', '0'],
    [
      'a finished pod being deleted stays Completed',
      pod({ deleting: true, phase: 'Succeeded', statuses: [terminated('web', 0, 'Completed')] }),
      '0/1', 'Completed', '0',
    ],
    ['a pod on a lost node', pod({ reason: 'NodeLost', statuses: [running('web')] }), '1/1', 'NodeLost', '0'],
    ['a pod on a lost node being deleted', pod({ deleting: true, reason: 'NodeLost', statuses: [running('web')] }), '1/1', 'Unknown', '0'],
    ['an evicted pod', pod({ phase: 'Failed', reason: 'Evicted' }), '0/1', 'Evicted', '0'],
    [
      'a pod held by scheduling gates',
      pod({ phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }] }),
      '0/1', 'SchedulingGated', '0',
    ],
  ])('%s', (_name, p, ready, status, restarts) => {
    const cells = podPrinter.cells(p, NOW);
    expect(cells.slice(1, 4)).toEqual([ready, status, restarts]);
  });

  it('counts every restart of the app containers and sidecars once initialized', () => {
    const s = summarizePod(
      pod({
        containers: ['a', 'b'],
        statuses: [
          running('a', { restartCount: 2, lastState: { terminated: { exitCode: 1, finishedAt: ago(600) } } }),
          running('b', { restartCount: 1, lastState: { terminated: { exitCode: 1, finishedAt: ago(90) } } }),
        ],
      }),
    );
    expect(s.restarts).toBe(3);
    expect(s.lastRestart).toBe(NOW - 90_000);
  });
});

describe('Pod row', () => {
  it('fills every column, wide ones included', () => {
    const p: Pod__Output = {
      metadata: { name: 'web-0', creationTimestamp: ago(3 * 3600 + 5 * 60) },
      spec: {
        containers: [{ name: 'web' }],
        nodeName: 'node-1',
        readinessGates: [{ conditionType: 'example.com/lb' }, { conditionType: 'example.com/dns' }],
      },
      status: {
        phase: 'Running',
        podIP: '10.244.1.5',
        podIPs: [{ ip: '10.244.1.5' }, { ip: 'fd00::5' }],
        conditions: [{ type: 'example.com/lb', status: 'True' }, { type: 'example.com/dns', status: 'False' }],
        containerStatuses: [running('web')],
      },
    };
    expect(podPrinter.cells(p, NOW)).toEqual(['web-0', '1/1', 'Running', '0', '3h5m', '10.244.1.5', 'node-1', '<none>', '1/2']);
  });

  it('writes <none> for an unscheduled pod and <unknown> for a missing creation time', () => {
    const p: Pod__Output = { metadata: { name: 'x' }, spec: { containers: [{ name: 'c' }] }, status: { phase: 'Pending', nominatedNodeName: 'node-2' } };
    expect(podPrinter.cells(p, NOW)).toEqual(['x', '0/1', 'Pending', '0', '<unknown>', '<none>', '<none>', 'node-2', '<none>']);
  });

  it('marks finished pods Completed in the row conditions', () => {
    expect(podPrinter.conditions?.(pod({ phase: 'Succeeded' }))).toEqual([
      { type: 'Completed', status: 'True', reason: 'Succeeded', message: 'The pod has completed successfully.' },
    ]);
    expect(podPrinter.conditions?.(pod({ phase: 'Failed' }))).toEqual([
      { type: 'Completed', status: 'True', reason: 'Failed', message: 'The pod failed.' },
    ]);
    expect(podPrinter.conditions?.(pod({ phase: 'Running' }))).toEqual([]);
  });
});
