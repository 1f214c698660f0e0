import { describe, expect, it } from 'vitest';
import type { PersistentVolumeClaim__Output } from '../../../api/generated/skiff/core/v1/PersistentVolumeClaim.js';
import type { StorageClass__Output } from '../../../api/generated/skiff/storage/v1/StorageClass.js';
import { StaticObjectReader } from '../static-object-reader.js';
import { attributesFor, runPlugin } from '../test-attributes.js';
import { NAME, newDefaultStorageClass } from './default-storage-class.js';

const sc = (name: string, created: string, isDefault?: string, annotation = 'storageclass.kubernetes.io/is-default-class'): StorageClass__Output => ({
  apiVersion: 'storage.k8s.io/v1',
  kind: 'StorageClass',
  metadata: { name, creationTimestamp: created, ...(isDefault !== undefined ? { annotations: { [annotation]: isDefault } } : {}) },
  provisioner: 'skiff.io/local-path',
});

const pvc = (storageClassName?: string, annotations?: Record<string, string>): PersistentVolumeClaim__Output => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name: 'data', namespace: 'prod', ...(annotations ? { annotations } : {}) },
  spec: { accessModes: ['ReadWriteOnce'], ...(storageClassName !== undefined ? { storageClassName } : {}) },
});

const T1 = '2025-01-01T00:00:00Z';
const T2 = '2025-02-01T00:00:00Z';

async function admitted(classes: StorageClass__Output[], claim: PersistentVolumeClaim__Output): Promise<string | undefined> {
  const attrs = attributesFor('PersistentVolumeClaim', 'CREATE', claim);
  expect(await runPlugin(newDefaultStorageClass(new StaticObjectReader({ storageclasses: classes })), attrs)).toBeUndefined();
  return (attrs.object as PersistentVolumeClaim__Output).spec?.storageClassName;
}

describe('DefaultStorageClass', () => {
  it('is named as in Kubernetes', () => {
    expect(NAME).toBe('DefaultStorageClass');
    expect(newDefaultStorageClass(new StaticObjectReader()).name).toBe(NAME);
  });

  it.each<[string, StorageClass__Output[], PersistentVolumeClaim__Output, string | undefined]>([
    ['no class: the default', [sc('slow', T1), sc('fast', T1, 'true')], pvc(), 'fast'],
    ['no class and no default: nothing', [sc('slow', T1), sc('fast', T1, 'false')], pvc(), undefined],
    ['no class, no classes at all: nothing', [], pvc(), undefined],
    ['an explicit class: kept', [sc('fast', T1, 'true')], pvc('slow'), 'slow'],
    ['an explicit "": kept, meaning no class', [sc('fast', T1, 'true')], pvc(''), ''],
    ['the beta class annotation: left alone', [sc('fast', T1, 'true')], pvc(undefined, { 'volume.beta.kubernetes.io/storage-class': 'slow' }), undefined],
    ['several defaults: the newest', [sc('old', T1, 'true'), sc('new', T2, 'true'), sc('older', T1, 'true')], pvc(), 'new'],
    ['several defaults made at once: the first by name', [sc('b', T2, 'true'), sc('a', T2, 'true')], pvc(), 'a'],
    ['a default by the beta annotation', [sc('beta', T1, 'true', 'storageclass.beta.kubernetes.io/is-default-class')], pvc(), 'beta'],
    ['an annotation that is not exactly "true": not default', [sc('fast', T1, 'True')], pvc(), undefined],
  ])('%s', async (_name, classes, claim, want) => {
    expect(await admitted(classes, claim)).toBe(want);
  });

  it('leaves updates alone', async () => {
    const attrs = attributesFor('PersistentVolumeClaim', 'UPDATE', pvc(), { oldObject: pvc() });
    await runPlugin(newDefaultStorageClass(new StaticObjectReader({ storageclasses: [sc('fast', T1, 'true')] })), attrs);
    expect((attrs.object as PersistentVolumeClaim__Output).spec?.storageClassName).toBeUndefined();
  });
});
