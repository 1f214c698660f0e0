import { describe, expect, it } from 'vitest';
import type { PersistentVolumeClaim__Output } from '../generated/skiff/core/v1/PersistentVolumeClaim.js';
import type { PersistentVolume__Output } from '../generated/skiff/core/v1/PersistentVolume.js';
import type { StorageClass__Output } from '../generated/skiff/storage/v1/StorageClass.js';
import { persistentVolumeClaimPrinter, persistentVolumePrinter, storageClassPrinter } from './storage-printers.js';

const NOW = Date.parse('2025-01-01T12:00:00Z');
const created = new Date(NOW - 3 * 3600_000).toISOString();

describe('PersistentVolume row: NAME CAPACITY ACCESS MODES RECLAIM POLICY STATUS CLAIM STORAGECLASS VOLUMEATTRIBUTESCLASS REASON AGE | VOLUMEMODE', () => {
  it.each<[string, PersistentVolume__Output, (string | number | boolean)[]]>([
    [
      'a bound volume',
      {
        metadata: { name: 'pv-1', creationTimestamp: created },
        spec: {
          capacity: { storage: '10Gi' },
          accessModes: ['ReadWriteOnce'],
          persistentVolumeReclaimPolicy: 'Retain',
          claimRef: { kind: 'PersistentVolumeClaim', namespace: 'default', name: 'data' },
          storageClassName: 'standard',
          volumeMode: 'Filesystem',
        },
        status: { phase: 'Bound' },
      },
      ['pv-1', '10Gi', 'RWO', 'Retain', 'Bound', 'default/data', 'standard', '<unset>', '', '3h', 'Filesystem'],
    ],
    [
      'an available volume with modes in Kubernetes order and a class from the beta annotation',
      {
        metadata: { name: 'pv-2', creationTimestamp: created, annotations: { 'volume.beta.kubernetes.io/storage-class': 'slow' } },
        spec: {
          capacity: { storage: '1.5Gi' },
          accessModes: ['ReadWriteOncePod', 'ReadWriteMany', 'ReadWriteOnce', 'ReadOnlyMany'],
          persistentVolumeReclaimPolicy: 'Delete',
          storageClassName: 'standard',
          volumeAttributesClassName: 'gold',
        },
        status: { phase: 'Available' },
      },
      ['pv-2', '1536Mi', 'RWO,ROX,RWX,RWOP', 'Delete', 'Available', '', 'slow', 'gold', '', '3h', '<unset>'],
    ],
    [
      'a failed volume being deleted',
      {
        metadata: { name: 'pv-3', creationTimestamp: created, deletionTimestamp: created },
        spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], persistentVolumeReclaimPolicy: 'Recycle', volumeMode: 'Block' },
        status: { phase: 'Failed', reason: 'RecyclerFailed' },
      },
      ['pv-3', '1Gi', 'RWO', 'Recycle', 'Terminating', '', '', '<unset>', 'RecyclerFailed', '3h', 'Block'],
    ],
  ])('%s', (_name, pv, cells) => {
    expect(persistentVolumePrinter.cells(pv, NOW)).toEqual(cells);
  });
});

describe('PersistentVolumeClaim row: NAME STATUS VOLUME CAPACITY ACCESS MODES STORAGECLASS VOLUMEATTRIBUTESCLASS AGE | VOLUMEMODE', () => {
  it.each<[string, PersistentVolumeClaim__Output, (string | number | boolean)[]]>([
    [
      'a pending claim shows no capacity yet',
      {
        metadata: { name: 'data', creationTimestamp: created },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '5Gi' } }, storageClassName: 'standard', volumeMode: 'Filesystem' },
        status: { phase: 'Pending' },
      },
      ['data', 'Pending', '', '', '', 'standard', '<unset>', '3h', 'Filesystem'],
    ],
    [
      'a bound claim shows the volume\'s capacity and modes',
      {
        metadata: { name: 'data', creationTimestamp: created },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '5Gi' } }, volumeName: 'pv-1', storageClassName: 'standard', volumeMode: 'Filesystem' },
        status: { phase: 'Bound', capacity: { storage: '10Gi' }, accessModes: ['ReadWriteOnce', 'ReadWriteMany'] },
      },
      ['data', 'Bound', 'pv-1', '10Gi', 'RWO,RWX', 'standard', '<unset>', '3h', 'Filesystem'],
    ],
    [
      'a claim being deleted without a class',
      { metadata: { name: 'old', creationTimestamp: created, deletionTimestamp: created }, spec: {}, status: { phase: 'Bound' } },
      ['old', 'Terminating', '', '', '', '', '<unset>', '3h', '<unset>'],
    ],
  ])('%s', (_name, pvc, cells) => {
    expect(persistentVolumeClaimPrinter.cells(pvc, NOW)).toEqual(cells);
  });
});

describe('StorageClass row: NAME PROVISIONER RECLAIMPOLICY VOLUMEBINDINGMODE ALLOWVOLUMEEXPANSION AGE', () => {
  it.each<[string, StorageClass__Output, (string | number | boolean)[]]>([
    [
      'the default class',
      {
        metadata: { name: 'standard', creationTimestamp: created, annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' } },
        provisioner: 'rancher.io/local-path',
        reclaimPolicy: 'Delete',
        volumeBindingMode: 'WaitForFirstConsumer',
      },
      ['standard (default)', 'rancher.io/local-path', 'Delete', 'WaitForFirstConsumer', false, '3h'],
    ],
    [
      'a default by the beta annotation, expandable',
      {
        metadata: { name: 'fast', creationTimestamp: created, annotations: { 'storageclass.beta.kubernetes.io/is-default-class': 'true' } },
        provisioner: 'skiff.dev/hostpath',
        reclaimPolicy: 'Retain',
        allowVolumeExpansion: true,
      },
      ['fast (default)', 'skiff.dev/hostpath', 'Retain', 'Immediate', true, '3h'],
    ],
    [
      'a class left undefaulted, marked not default',
      {
        metadata: { name: 'plain', creationTimestamp: created, annotations: { 'storageclass.kubernetes.io/is-default-class': 'false' } },
        provisioner: 'skiff.dev/hostpath',
      },
      ['plain', 'skiff.dev/hostpath', 'Delete', 'Immediate', false, '3h'],
    ],
  ])('%s', (_name, sc, cells) => {
    expect(storageClassPrinter.cells(sc, NOW)).toEqual(cells);
  });
});
