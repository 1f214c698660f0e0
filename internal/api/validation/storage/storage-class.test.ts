import { describe, expect, it } from 'vitest';
import type { StorageClass__Output } from '../../generated/skiff/storage/v1/StorageClass.js';
import { defaultStorageClass } from '../../defaults/storage/index.js';
import { validateStorageClass, validateStorageClassUpdate } from './index.js';

const sc = (extra: Partial<StorageClass__Output> = {}): StorageClass__Output => {
  const obj: StorageClass__Output = { metadata: { name: 'standard' }, provisioner: 'skiff.io/local-path', ...extra };
  defaultStorageClass(obj);
  return obj;
};

describe('validateStorageClass', () => {
  it.each<[string, StorageClass__Output, string[]]>([
    ['a defaulted class', sc(), []],
    ['no provisioner', sc({ provisioner: undefined }), ['provisioner: Required value']],
    ['a provisioner that is no qualified name', sc({ provisioner: 'a b' }), [
      "provisioner: Invalid value: \"a b\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    ]],
    ['a provisioner that is no qualified name, reported lowercased as Kubernetes does', sc({ provisioner: 'Bad Prov!' }), [
      "provisioner: Invalid value: \"bad prov!\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
    ]],
    ['an unknown reclaim policy', sc({ reclaimPolicy: 'Recycle' }), [
      'reclaimPolicy: Unsupported value: "Recycle": supported values: "Delete", "Retain"',
    ]],
    ['an unknown binding mode', sc({ volumeBindingMode: 'Later' }), [
      'volumeBindingMode: Unsupported value: "Later": supported values: "Immediate", "WaitForFirstConsumer"',
    ]],
    ['too many parameters', sc({ parameters: Object.fromEntries(Array.from({ length: 513 }, (_, i) => [`k${i}`, 'v'])) }), [
      'parameters: Too long: may not be more than 512 bytes',
    ]],
    ['a topology term without values', sc({ allowedTopologies: [{ matchLabelExpressions: [{ key: 'topology.kubernetes.io/zone' }] }] }), [
      'allowedTopologies[0].matchLabelExpressions[0].values: Required value',
    ]],
  ])('%s', (_name, obj, expected) => {
    expect(validateStorageClass(obj).map(String)).toEqual(expected);
  });

  it('keeps the provisioning fields immutable', () => {
    const changed = sc({ provisioner: 'example.com/other', parameters: { type: 'ssd' }, reclaimPolicy: 'Retain', volumeBindingMode: 'WaitForFirstConsumer' });
    expect(validateStorageClassUpdate(changed, sc()).map(String)).toEqual([
      'parameters: Forbidden: updates to parameters are forbidden.',
      'provisioner: Forbidden: updates to provisioner are forbidden.',
      'reclaimPolicy: Forbidden: updates to reclaimPolicy are forbidden.',
      'volumeBindingMode: Invalid value: "WaitForFirstConsumer": field is immutable',
    ]);
    expect(validateStorageClassUpdate(sc({ allowVolumeExpansion: true }), sc()).map(String)).toEqual([]);
  });
});
