import { describe, expect, it } from 'vitest';
import type { Table__Output } from '../generated/skiff/meta/v1/Table.js';
import type { Pod__Output } from '../generated/skiff/core/v1/Pod.js';
import type { Service__Output } from '../generated/skiff/core/v1/Service.js';
import type { Deployment__Output } from '../generated/skiff/apps/v1/Deployment.js';
import type { PriorityClass__Output } from '../generated/skiff/scheduling/v1/PriorityClass.js';
import type { Namespace__Output } from '../generated/skiff/core/v1/Namespace.js';
import { toTable } from './printer-registry.js';
import { TableWriter, cellText, formatTable, kindPrefix } from './table-writer.js';

const NOW = Date.parse('2025-01-01T12:00:00Z');
const ago = (seconds: number): string => new Date(NOW - seconds * 1000).toISOString();
const text = (...lines: string[]): string => lines.map((l) => `${l}\n`).join('');

const pods: Pod__Output[] = [
  {
    metadata: { name: 'nginx-7c5ddbdf54-2x8kq', namespace: 'default', creationTimestamp: ago(300), labels: { app: 'nginx', 'pod-template-hash': '7c5ddbdf54' } },
    spec: { containers: [{ name: 'nginx' }], nodeName: 'node-1' },
    status: { phase: 'Running', podIPs: [{ ip: '10.244.0.5' }], containerStatuses: [{ name: 'nginx', ready: true, state: { running: {} } }] },
  },
  {
    metadata: { name: 'web-0', namespace: 'default', creationTimestamp: ago(600) },
    spec: { containers: [{ name: 'web' }], nodeName: 'node-1' },
    status: {
      phase: 'Running',
      podIPs: [{ ip: '10.244.0.6' }],
      containerStatuses: [
        { name: 'web', restartCount: 3, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1, finishedAt: ago(300) } } },
      ],
    },
  },
];

describe('formatTable prints what kubectl get prints', () => {
  const table = toTable('Pod', pods, NOW, { includeObject: true });

  it('kubectl get pods', () => {
    expect(formatTable(table)).toBe(
      text(
        'NAME                     READY   STATUS             RESTARTS     AGE',
        'nginx-7c5ddbdf54-2x8kq   1/1     Running            0            5m',
        'web-0                    0/1     CrashLoopBackOff   3 (5m ago)   10m',
      ),
    );
  });

  it('kubectl get pods -o wide', () => {
    expect(formatTable(table, { wide: true })).toBe(
      text(
        'NAME                     READY   STATUS             RESTARTS     AGE   IP           NODE     NOMINATED NODE   READINESS GATES',
        'nginx-7c5ddbdf54-2x8kq   1/1     Running            0            5m    10.244.0.5   node-1   <none>           <none>',
        'web-0                    0/1     CrashLoopBackOff   3 (5m ago)   10m   10.244.0.6   node-1   <none>           <none>',
      ),
    );
  });

  it('kubectl get pods -L app --no-headers', () => {
    expect(formatTable(table, { labelColumns: ['app'], noHeaders: true })).toBe(
      text(
        'nginx-7c5ddbdf54-2x8kq   1/1   Running            0            5m    nginx',
        'web-0                    0/1   CrashLoopBackOff   3 (5m ago)   10m',
      ),
    );
  });

  it('kubectl get svc -A --show-labels', () => {
    const services: Service__Output[] = [
      {
        metadata: { name: 'kubernetes', namespace: 'default', creationTimestamp: ago(90 * 86_400), labels: { provider: 'kubernetes', component: 'apiserver' } },
        spec: { type: 'ClusterIP', clusterIPs: ['10.96.0.1'], ports: [{ port: 443, protocol: 'TCP' }] },
      },
      {
        metadata: { name: 'kube-dns', namespace: 'kube-system', creationTimestamp: ago(90 * 86_400), labels: { 'k8s-app': 'kube-dns' } },
        spec: { type: 'ClusterIP', clusterIPs: ['10.96.0.10'], ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] },
      },
    ];
    expect(formatTable(toTable('Service', services, NOW, { includeObject: true }), { showNamespace: true, showLabels: true })).toBe(
      text(
        'NAMESPACE     NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)         AGE   LABELS',
        'default       kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP         90d   component=apiserver,provider=kubernetes',
        'kube-system   kube-dns     ClusterIP   10.96.0.10   <none>        53/UDP,53/TCP   90d   k8s-app=kube-dns',
      ),
    );
  });

  it('kubectl get all: names prefixed with kind.group', () => {
    const deployments: Deployment__Output[] = [
      { metadata: { name: 'web', creationTimestamp: ago(1200) }, spec: { replicas: 3 }, status: { readyReplicas: 2, updatedReplicas: 3, availableReplicas: 2 } },
    ];
    const t = toTable('Deployment', deployments, NOW);
    expect(formatTable(t, { withKind: kindPrefix('Deployment') })).toBe(
      text(
        'NAME                  READY   UP-TO-DATE   AVAILABLE   AGE',
        'deployment.apps/web   2/3     3            2           20m',
      ),
    );
    expect(formatTable(t, { withKind: kindPrefix('Deployment'), noHeaders: true })).toBe(text('deployment.apps/web   2/3   3     2     20m'));
  });

  it('leaves no trailing spaces when the last cell is empty', () => {
    const low: PriorityClass__Output = { metadata: { name: 'low', creationTimestamp: ago(5) }, value: 10, globalDefault: false };
    const t = toTable('PriorityClass', [low], NOW);
    expect(formatTable(t)).toBe(text('NAME   VALUE   GLOBAL-DEFAULT   AGE   PREEMPTIONPOLICY', 'low    10      false            5s'));
  });

  it('pads a narrow column to the tabwriter\'s minimum width of 6', () => {
    const t: Table__Output = {
      columnDefinitions: [{ name: 'Name', type: 'string', format: 'name' }, { name: 'X', type: 'integer' }, { name: 'Age', type: 'string' }],
      rows: [{ cells: [{ stringValue: 'a' }, { intValue: 1 }, { stringValue: '5s' }] }],
    };
    expect(formatTable(t)).toBe(text('NAME   X     AGE', 'a      1     5s'));
  });

  it('prints nothing for an empty list, headers included', () => {
    expect(formatTable(toTable('Pod', [], NOW))).toBe('');
  });

  it('leaves namespace and labels empty for rows without their object', () => {
    const t = toTable('ConfigMap', [{ metadata: { name: 'cm', namespace: 'default', creationTimestamp: ago(5) } }], NOW);
    expect(formatTable(t, { showNamespace: true, showLabels: true })).toBe(text('NAMESPACE   NAME   DATA   AGE   LABELS', '            cm     0      5s'));
  });
});

describe('cellText', () => {
  it.each<[Parameters<typeof cellText>[0], string]>([
    [{ stringValue: 'Running' }, 'Running'],
    [{ stringValue: 'first line\nsecond line' }, 'first line...'],
    [{ stringValue: 'a\rb' }, 'a...'],
    [{ intValue: 42 }, '42'],
    [{ numberValue: 0.5 }, '0.5'],
    [{ boolValue: true }, 'true'],
    [{}, ''],
    [undefined, ''],
  ])('%j is %j', (cell, want) => {
    expect(cellText(cell)).toBe(want);
  });
});

describe('kindPrefix', () => {
  it.each([
    ['Pod', 'pod'],
    ['Deployment', 'deployment.apps'],
    ['CronJob', 'cronjob.batch'],
    ['StorageClass', 'storageclass.storage.k8s.io'],
    ['Unknown', 'unknown'],
  ])('%s is %s', (kind, prefix) => {
    expect(kindPrefix(kind)).toBe(prefix);
  });
});

describe('TableWriter, as kubectl get -w streams rows', () => {
  it('prints headers once and keeps columns at least as wide as before', () => {
    const w = new TableWriter();
    const pod = (name: string, age: number, phase?: string): Pod__Output => ({
      metadata: { name, creationTimestamp: ago(age) },
      spec: { containers: [{ name: 'c' }] },
      status: { phase },
    });
    const first = toTable('Pod', [pod('nginx', 5, 'Pending')], NOW);
    expect(w.write(first)).toBe(text('NAME    READY   STATUS    RESTARTS   AGE', 'nginx   0/1     Pending   0          5s'));
    // A watch event's table may come without column definitions; the last ones apply.
    const event = toTable('Pod', [pod('x', 6, 'Running')], NOW, { noHeaders: true });
    expect(w.write(event)).toBe(text('x       0/1     Running   0          6s'));
    const wider = toTable('Pod', [pod('nginx-longer-name', 7)], NOW);
    expect(w.write(wider)).toBe(text('nginx-longer-name   0/1               0          7s'));
  });

  it('prints headers again for another kind after reset', () => {
    const w = new TableWriter();
    const cm = toTable('ConfigMap', [{ metadata: { name: 'a-long-config-map-name', creationTimestamp: ago(5) } }], NOW);
    const active: Namespace__Output = { metadata: { name: 'default', creationTimestamp: ago(5) }, status: { phase: 'Active' } };
    const ns = toTable('Namespace', [active], NOW);
    w.write(cm);
    w.reset();
    expect(w.write(ns)).toBe(text('NAME      STATUS   AGE', 'default   Active   5s'));
  });
});
