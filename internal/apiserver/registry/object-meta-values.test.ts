import { describe, expect, it } from 'vitest';
import { KINDS, type KindInfo, type KubeObject } from '../../api/index.js';
import { GO_ADDRESS_PATTERN } from '../../api/validation/index.js';
import { validateMetaForCreate, validateMetaForUpdate } from './object-meta.js';

// Metadata values Kubernetes prints whole: owner references as Go's %#v of []v1.OwnerReference
// (set pointers as addresses, 0x… here), new finalizers as the sorted []string of the set difference.
const CONFIGMAPS = KINDS.find((k) => k.group === '' && k.kind === 'ConfigMap') as KindInfo;
const messages = (errs: readonly { toString(): string }[]): string[] => errs.map((e) => String(e).replace(GO_ADDRESS_PATTERN, '0x…'));
const configMap = (meta: NonNullable<KubeObject['metadata']>): KubeObject => ({ metadata: { name: 'a', namespace: 'default', ...meta } });

describe('owner references with more than one controller', () => {
  const owner = (name: string, controller?: boolean) => ({ apiVersion: 'apps/v1', kind: 'ReplicaSet', name, uid: `uid-${name}`, controller });
  const printed = (refs: [string, boolean | undefined][]) =>
    `[]v1.OwnerReference{${refs
      .map(([name, controller]) => `v1.OwnerReference{APIVersion:"apps/v1", Kind:"ReplicaSet", Name:"${name}", UID:"uid-${name}", Controller:(*bool)(${controller === undefined ? 'nil' : '0x…'}), BlockOwnerDeletion:(*bool)(nil)}`)
      .join(', ')}}`;

  it('reports the second controller against the first, with the whole list', () => {
    const refs = [owner('a', true), owner('b'), owner('c', true)];
    expect(messages(validateMetaForCreate(configMap({ ownerReferences: refs }), CONFIGMAPS))).toEqual([
      `metadata.ownerReferences: Invalid value: ${printed([['a', true], ['b', undefined], ['c', true]])}: Only one reference can have Controller set to true. Found "true" in references for ReplicaSet/a and ReplicaSet/c`,
    ]);
  });

  it('reports every further controller, each against the first, with the same list', () => {
    const refs = [owner('a', true), owner('b', true), owner('c', true)];
    const errs = validateMetaForCreate(configMap({ ownerReferences: refs }), CONFIGMAPS).map(String);
    expect(errs.map((m) => m.split(': ').at(-1))).toEqual([
      'Only one reference can have Controller set to true. Found "true" in references for ReplicaSet/a and ReplicaSet/b',
      'Only one reference can have Controller set to true. Found "true" in references for ReplicaSet/a and ReplicaSet/c',
    ]);
    expect(errs[0].match(GO_ADDRESS_PATTERN)).toEqual(errs[1].match(GO_ADDRESS_PATTERN));
  });
});

describe('finalizers added to an object being deleted', () => {
  it('lists each new finalizer once, sorted, as Go prints a []string', () => {
    const old = configMap({ uid: 'u1', resourceVersion: '3', deletionTimestamp: '2026-01-01T00:00:50Z', deletionGracePeriodSeconds: 0, finalizers: ['example.com/keep'] });
    const next = { metadata: { ...structuredClone(old.metadata), finalizers: ['example.com/keep', 'example.com/z', 'example.com/a', 'example.com/z'] } };
    expect(messages(validateMetaForUpdate(next, old, CONFIGMAPS, true))).toContain(
      'metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{"example.com/a", "example.com/z"}',
    );
  });
});
