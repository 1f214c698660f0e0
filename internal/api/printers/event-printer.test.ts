import { describe, expect, it } from 'vitest';
import type { Event__Output } from '../generated/skiff/core/v1/Event.js';
import { eventPrinter } from './event-printer.js';

const NOW = Date.parse('2025-01-01T12:00:00Z');
const ago = (seconds: number): string => new Date(NOW - seconds * 1000).toISOString();

describe('Event row: LAST SEEN TYPE REASON OBJECT MESSAGE | SUBOBJECT SOURCE FIRST SEEN COUNT NAME', () => {
  it.each<[string, Event__Output, (string | number | boolean)[]]>([
    [
      'a core event from the scheduler',
      {
        metadata: { name: 'web-0.181a2b3c4d5e6f70' },
        involvedObject: { kind: 'Pod', name: 'web-0', namespace: 'default' },
        reason: 'Scheduled',
        message: 'Successfully assigned default/web-0 to node-1',
        source: { component: 'default-scheduler' },
        firstTimestamp: ago(30),
        lastTimestamp: ago(30),
        count: 1,
        type: 'Normal',
      },
      ['30s', 'Normal', 'Scheduled', 'pod/web-0', '', 'default-scheduler', 'Successfully assigned default/web-0 to node-1', '30s', 1, 'web-0.181a2b3c4d5e6f70'],
    ],
    [
      'a repeated kubelet warning about a container',
      {
        metadata: { name: 'web-0.2' },
        involvedObject: { kind: 'Pod', name: 'web-0', fieldPath: 'spec.containers{web}' },
        reason: 'BackOff',
        message: 'Back-off restarting failed container web in pod web-0\n',
        source: { component: 'kubelet', host: 'node-1' },
        firstTimestamp: ago(3 * 3600),
        lastTimestamp: ago(125),
        count: 42,
        type: 'Warning',
      },
      ['2m5s', 'Warning', 'BackOff', 'pod/web-0', 'spec.containers{web}', 'kubelet, node-1', 'Back-off restarting failed container web in pod web-0', '3h', 42, 'web-0.2'],
    ],
    [
      'an events.k8s.io series: eventTime and the series stand in for the timestamps',
      {
        metadata: { name: 'node-1.3' },
        involvedObject: { kind: 'Node', name: 'node-1' },
        reason: 'NodeHasSufficientMemory',
        message: 'Node node-1 status is now: NodeHasSufficientMemory',
        eventTime: ago(600),
        series: { count: 5, lastObservedTime: ago(60) },
        reportingComponent: 'kubelet',
        reportingInstance: 'node-1',
        type: 'Normal',
      },
      ['60s', 'Normal', 'NodeHasSufficientMemory', 'node/node-1', '', 'kubelet, node-1', 'Node node-1 status is now: NodeHasSufficientMemory', '10m', 5, 'node-1.3'],
    ],
    [
      'a single events.k8s.io event without a count or a named object',
      {
        metadata: { name: 'x.4' },
        involvedObject: { kind: 'Namespace' },
        reason: 'Deleted',
        eventTime: ago(5),
        reportingComponent: 'namespace-controller',
        type: 'Normal',
      },
      ['5s', 'Normal', 'Deleted', 'namespace', '', 'namespace-controller', '', '5s', 1, 'x.4'],
    ],
  ])('%s', (_name, ev, cells) => {
    expect(eventPrinter.cells(ev, NOW)).toEqual(cells);
  });
});
