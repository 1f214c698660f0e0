import { describe, expect, it } from 'vitest';
import type { ReplicaSet__Output } from '../generated/skiff/apps/v1/ReplicaSet.js';
import { KINDS } from '../meta/kinds.js';
import { cellValue, columnsFor, hasPrinter, rowFor, toTable, toTableCell } from './printer-registry.js';

const NOW = Date.parse('2025-01-01T12:00:00Z');

function headers(kind: string, priority: number): string {
  return columnsFor(kind)
    .filter((c) => c.priority === priority)
    .map((c) => c.name.toUpperCase())
    .join(' ');
}

describe('columns of every kind, as kubectl shows them against Kubernetes v1.32', () => {
  it.each<[string, string, string]>([
    ['Pod', 'NAME READY STATUS RESTARTS AGE', 'IP NODE NOMINATED NODE READINESS GATES'],
    ['Node', 'NAME STATUS ROLES AGE VERSION', 'INTERNAL-IP EXTERNAL-IP OS-IMAGE KERNEL-VERSION CONTAINER-RUNTIME'],
    ['Namespace', 'NAME STATUS AGE', ''],
    ['Service', 'NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE', 'SELECTOR'],
    ['Endpoints', 'NAME ENDPOINTS AGE', ''],
    ['ConfigMap', 'NAME DATA AGE', ''],
    ['Secret', 'NAME TYPE DATA AGE', ''],
    ['ServiceAccount', 'NAME SECRETS AGE', ''],
    ['Event', 'LAST SEEN TYPE REASON OBJECT MESSAGE', 'SUBOBJECT SOURCE FIRST SEEN COUNT NAME'],
    ['ReplicationController', 'NAME DESIRED CURRENT READY AGE', 'CONTAINERS IMAGES SELECTOR'],
    [
      'PersistentVolume',
      'NAME CAPACITY ACCESS MODES RECLAIM POLICY STATUS CLAIM STORAGECLASS VOLUMEATTRIBUTESCLASS REASON AGE',
      'VOLUMEMODE',
    ],
    ['PersistentVolumeClaim', 'NAME STATUS VOLUME CAPACITY ACCESS MODES STORAGECLASS VOLUMEATTRIBUTESCLASS AGE', 'VOLUMEMODE'],
    ['PodTemplate', 'NAME CONTAINERS IMAGES POD LABELS', ''],
    ['Deployment', 'NAME READY UP-TO-DATE AVAILABLE AGE', 'CONTAINERS IMAGES SELECTOR'],
    ['ReplicaSet', 'NAME DESIRED CURRENT READY AGE', 'CONTAINERS IMAGES SELECTOR'],
    ['StatefulSet', 'NAME READY AGE', 'CONTAINERS IMAGES'],
    ['DaemonSet', 'NAME DESIRED CURRENT READY UP-TO-DATE AVAILABLE NODE SELECTOR AGE', 'CONTAINERS IMAGES SELECTOR'],
    ['ControllerRevision', 'NAME CONTROLLER REVISION AGE', ''],
    ['Job', 'NAME STATUS COMPLETIONS DURATION AGE', 'CONTAINERS IMAGES SELECTOR'],
    ['CronJob', 'NAME SCHEDULE TIMEZONE SUSPEND ACTIVE LAST SCHEDULE AGE', 'CONTAINERS IMAGES SELECTOR'],
    ['Lease', 'NAME HOLDER AGE', ''],
    ['PriorityClass', 'NAME VALUE GLOBAL-DEFAULT AGE PREEMPTIONPOLICY', ''],
    ['PodDisruptionBudget', 'NAME MIN AVAILABLE MAX UNAVAILABLE ALLOWED DISRUPTIONS AGE', ''],
    ['StorageClass', 'NAME PROVISIONER RECLAIMPOLICY VOLUMEBINDINGMODE ALLOWVOLUMEEXPANSION AGE', ''],
  ])('%s: %s | %s', (kind, normal, wide) => {
    expect(hasPrinter(kind)).toBe(true);
    expect(headers(kind, 0)).toBe(normal);
    expect(headers(kind, 1)).toBe(wide);
  });

  it('gives a kind without a printer of its own kubectl\'s default NAME AGE', () => {
    expect(hasPrinter('Binding')).toBe(false);
    expect(headers('Binding', 0)).toBe('NAME AGE');
    expect(rowFor('Binding', { metadata: { name: 'b', creationTimestamp: '2025-01-01T11:59:00Z' } }, NOW)).toEqual(['b', '60s']);
  });
});

describe('every listable kind', () => {
  const listable = KINDS.filter((k) => k.verbs.includes('list')).map((k) => k.kind);

  it.each(listable)('%s has a printer whose rows fill every column, even for an empty object', (kind) => {
    expect(hasPrinter(kind)).toBe(true);
    const columns = columnsFor(kind);
    expect(rowFor(kind, {}, NOW)).toHaveLength(columns.length);
    expect(rowFor(kind, { metadata: { name: 'x', creationTimestamp: '2025-01-01T11:59:55Z' } }, NOW)).toHaveLength(columns.length);
  });

  it.each(listable)('%s has exactly one name-format NAME column and well-formed definitions', (kind) => {
    const columns = columnsFor(kind);
    expect(columns.filter((c) => c.format === 'name').map((c) => c.name)).toEqual(['Name']);
    for (const c of columns) {
      expect(['string', 'integer', 'number', 'boolean', 'date']).toContain(c.type);
      expect([0, 1]).toContain(c.priority);
      expect(c.description).not.toBe('');
    }
  });
});

describe('toTable: the server-side Table', () => {
  const pods = [
    {
      metadata: { name: 'done', namespace: 'default', uid: 'u1', resourceVersion: '7', labels: { app: 'job' }, creationTimestamp: '2025-01-01T11:00:00Z' },
      spec: { containers: [{ name: 'c' }] },
      status: { phase: 'Succeeded', containerStatuses: [{ name: 'c', state: { terminated: { exitCode: 0, reason: 'Completed' } } }] },
    },
  ];

  it('carries typed cells, wide ones included, and row conditions', () => {
    const table = toTable('Pod', pods, NOW);
    expect(table.apiVersion).toBe('meta.k8s.io/v1');
    expect(table.kind).toBe('Table');
    expect(table.columnDefinitions?.map((c) => c.name)).toEqual([
      'Name', 'Ready', 'Status', 'Restarts', 'Age', 'IP', 'Node', 'Nominated Node', 'Readiness Gates',
    ]);
    expect(table.columnDefinitions?.[0]).toMatchObject({ type: 'string', format: 'name', priority: 0 });
    expect(table.columnDefinitions?.[5]).toMatchObject({ name: 'IP', format: '', priority: 1 });
    expect(table.rows?.[0].cells?.map((c) => cellValue(c))).toEqual([
      'done', '0/1', 'Completed', '0', '60m', '<none>', '<none>', '<none>', '<none>',
    ]);
    expect(table.rows?.[0].conditions).toEqual([
      { type: 'Completed', status: 'True', reason: 'Succeeded', message: 'The pod has completed successfully.' },
    ]);
    expect(table.rows?.[0].object).toBeUndefined();
  });

  it('puts each object\'s metadata in its row when asked', () => {
    const table = toTable('Pod', pods, NOW, { includeObject: true, listMeta: { resourceVersion: '42' } });
    expect(table.metadata).toEqual({ resourceVersion: '42' });
    expect(table.rows?.[0].object).toEqual({
      apiVersion: 'meta.k8s.io/v1',
      kind: 'PartialObjectMetadata',
      metadata: pods[0].metadata,
    });
  });

  it('leaves out the column definitions without headers', () => {
    expect(toTable('Pod', pods, NOW, { noHeaders: true }).columnDefinitions).toEqual([]);
  });

  it('encodes integers, numbers, booleans and strings as the TableCell oneof', () => {
    expect(toTableCell('x')).toEqual({ stringValue: 'x' });
    expect(toTableCell(3)).toEqual({ intValue: 3 });
    expect(toTableCell(1.5)).toEqual({ numberValue: 1.5 });
    expect(toTableCell(false)).toEqual({ boolValue: false });
    for (const v of ['', 'x', 0, 7, 2.5, true, false]) expect(cellValue(toTableCell(v))).toBe(v);
    expect(cellValue({})).toBeUndefined();
  });

  it('prints integer columns as integer cells', () => {
    const rs: ReplicaSet__Output = { metadata: { name: 'rs' }, spec: { replicas: 2 } };
    const table = toTable('ReplicaSet', [rs], NOW);
    expect(table.rows?.[0].cells?.slice(0, 4)).toEqual([{ stringValue: 'rs' }, { intValue: 2 }, { intValue: 0 }, { intValue: 0 }]);
    expect(table.rows?.[0].conditions).toBeUndefined();
  });
});
