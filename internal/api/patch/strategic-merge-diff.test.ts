import { describe, expect, it } from 'vitest';
import { messageType } from '../proto/root.js';
import type { JsonObject } from './json-value.js';
import { schemaForType } from './patch-schema.js';
import { createThreeWayMergePatch, createTwoWayMergePatch } from './strategic-merge-diff.js';
import { applyStrategicMergePatch } from './strategic-merge-patch.js';
import { mergeItemSchema } from './test-schema.js';

const schema = mergeItemSchema();

interface DiffCase {
  /** The last-applied configuration (and the two-way patch's starting point). */
  original: JsonObject;
  /** The new configuration. */
  modified: JsonObject;
  /** The live object. */
  current: JsonObject;
  twoWay: JsonObject;
  /** What the two-way patch makes of `original`; `modified` unless given. */
  twoWayResult?: JsonObject;
  threeWay: JsonObject;
  /** What the three-way patch makes of `current`. */
  result: JsonObject;
}

function ok<T>(r: { ok: true; value: T } | { ok: false; error: Error }): T {
  if (!r.ok) throw r.error;
  return r.value;
}

// After Kubernetes' patch_test.go (createStrategicMergePatchTestCaseData and the raw cases).
const cases: Record<string, DiffCase> = {
  'nil original': {
    original: {},
    modified: { name: '1', value: '1' },
    current: { name: '1', other: 'a' },
    twoWay: { name: '1', value: '1' },
    threeWay: { value: '1' },
    result: { name: '1', value: '1', other: 'a' },
  },
  'no change': {
    original: { name: '1' },
    modified: { name: '1' },
    current: { name: '1' },
    twoWay: {},
    threeWay: {},
    result: { name: '1' },
  },
  'add field to map with conflict': {
    original: { name: '1' },
    modified: { name: '1', value: '1' },
    current: { name: 'a', other: 'a' },
    twoWay: { value: '1' },
    threeWay: { name: '1', value: '1' },
    result: { name: '1', value: '1', other: 'a' },
  },
  'add field and delete field from map': {
    original: { name: '1' },
    modified: { value: '1' },
    current: { name: '1', other: 'a' },
    twoWay: { name: null, value: '1' },
    threeWay: { name: null, value: '1' },
    result: { value: '1', other: 'a' },
  },
  'delete field from nested map': {
    original: { simpleMap: { key1: '1', key2: '1' } },
    modified: { simpleMap: { key1: '1' } },
    current: { simpleMap: { key1: '1', key2: '1', other: 'a' } },
    twoWay: { simpleMap: { key2: null } },
    threeWay: { simpleMap: { key2: null } },
    result: { simpleMap: { key1: '1', other: 'a' } },
  },
  'delete field from nested map with conflict': {
    original: { simpleMap: { key1: '1', key2: '1' } },
    modified: { simpleMap: { key1: '1' } },
    current: { simpleMap: { key1: 'a', key2: '1', other: 'a' } },
    twoWay: { simpleMap: { key2: null } },
    threeWay: { simpleMap: { key1: '1', key2: null } },
    result: { simpleMap: { key1: '1', other: 'a' } },
  },
  'replace list of scalars': {
    original: { nonMergingIntList: [1, 2] },
    modified: { nonMergingIntList: [2, 3] },
    current: { nonMergingIntList: [1, 4] },
    twoWay: { nonMergingIntList: [2, 3] },
    threeWay: { nonMergingIntList: [2, 3] },
    result: { nonMergingIntList: [2, 3] },
  },
  'delete all maps from merging list': {
    original: { mergingList: [{ name: '1' }, { name: '2' }] },
    modified: { mergingList: [] },
    current: { mergingList: [{ name: '1', other: 'a' }, { name: '2', other: 'b' }] },
    twoWay: { mergingList: [{ name: '1', $patch: 'delete' }, { name: '2', $patch: 'delete' }] },
    threeWay: { mergingList: [{ name: '1', $patch: 'delete' }, { name: '2', $patch: 'delete' }] },
    result: { mergingList: [] },
  },
  'merge empty merging lists': {
    original: { mergingList: [] },
    modified: { mergingList: [] },
    current: { mergingList: [] },
    twoWay: {},
    threeWay: {},
    result: { mergingList: [] },
  },
  'defined null values propagate and overwrite live fields': {
    original: { name: '2' },
    modified: { name: '1', value: '1', other: null },
    current: { name: 'a', other: 'a' },
    twoWay: { name: '1', value: '1', other: null },
    twoWayResult: { name: '1', value: '1' },
    threeWay: { name: '1', value: '1', other: null },
    result: { name: '1', value: '1' },
  },
  'delete items in lists of scalars': {
    original: { mergingIntList: [1, 2, 3] },
    modified: { mergingIntList: [1, 2] },
    current: { mergingIntList: [1, 2, 3, 4] },
    twoWay: { '$setElementOrder/mergingIntList': [1, 2], '$deleteFromPrimitiveList/mergingIntList': [3] },
    threeWay: { '$setElementOrder/mergingIntList': [1, 2], '$deleteFromPrimitiveList/mergingIntList': [3] },
    result: { mergingIntList: [1, 2, 4] },
  },
  'add and delete items in lists of scalars': {
    original: { mergingIntList: [1, 2, 3] },
    modified: { mergingIntList: [1, 2, 4] },
    current: { mergingIntList: [1, 2, 3, 4] },
    twoWay: {
      '$setElementOrder/mergingIntList': [1, 2, 4],
      '$deleteFromPrimitiveList/mergingIntList': [3],
      mergingIntList: [4],
    },
    threeWay: { '$setElementOrder/mergingIntList': [1, 2, 4], '$deleteFromPrimitiveList/mergingIntList': [3] },
    result: { mergingIntList: [1, 2, 4] },
  },
  'merge lists of maps': {
    original: { mergingList: [{ name: '1' }, { name: '2', value: '2' }] },
    modified: { mergingList: [{ name: '4', value: '4' }, { name: '1' }, { name: '2', value: '2' }, { name: '3', value: '3' }] },
    current: { mergingList: [{ name: '1', other: 'a' }, { name: '2', value: '2', other: 'b' }] },
    twoWay: {
      '$setElementOrder/mergingList': [{ name: '4' }, { name: '1' }, { name: '2' }, { name: '3' }],
      mergingList: [{ name: '4', value: '4' }, { name: '3', value: '3' }],
    },
    threeWay: {
      '$setElementOrder/mergingList': [{ name: '4' }, { name: '1' }, { name: '2' }, { name: '3' }],
      mergingList: [{ name: '4', value: '4' }, { name: '3', value: '3' }],
    },
    result: {
      mergingList: [{ name: '4', value: '4' }, { name: '1', other: 'a' }, { name: '2', value: '2', other: 'b' }, { name: '3', value: '3' }],
    },
  },
  'add field to map in merging list with conflict': {
    original: { mergingList: [{ name: '1' }, { name: '2', value: '2' }] },
    modified: { mergingList: [{ name: '1', value: '1' }, { name: '2', value: '2' }] },
    current: { mergingList: [{ name: '1', other: 'a' }, { name: '3', value: '2', other: 'b' }] },
    twoWay: { '$setElementOrder/mergingList': [{ name: '1' }, { name: '2' }], mergingList: [{ name: '1', value: '1' }] },
    threeWay: {
      '$setElementOrder/mergingList': [{ name: '1' }, { name: '2' }],
      mergingList: [{ name: '1', value: '1' }, { name: '2', value: '2' }],
    },
    result: { mergingList: [{ name: '1', value: '1', other: 'a' }, { name: '2', value: '2' }, { name: '3', value: '2', other: 'b' }] },
  },
  'an item the live object already has needs no patch': {
    original: { mergingList: [{ name: '1', value: 'a' }, { name: '2' }] },
    modified: { mergingList: [{ name: '1', value: 'a' }, { name: '2' }, { name: '3' }] },
    current: { mergingList: [{ name: '1', value: 'a', other: 'x' }, { name: '2' }, { name: '3' }] },
    twoWay: { '$setElementOrder/mergingList': [{ name: '1' }, { name: '2' }, { name: '3' }], mergingList: [{ name: '3' }] },
    threeWay: {},
    result: { mergingList: [{ name: '1', value: 'a', other: 'x' }, { name: '2' }, { name: '3' }] },
  },
  'delete map from merging list': {
    original: { mergingList: [{ name: '1' }, { name: '2' }] },
    modified: { mergingList: [{ name: '2' }] },
    current: { mergingList: [{ name: '1' }, { name: '2', other: 'b' }] },
    twoWay: { '$setElementOrder/mergingList': [{ name: '2' }], mergingList: [{ name: '1', $patch: 'delete' }] },
    threeWay: { '$setElementOrder/mergingList': [{ name: '2' }], mergingList: [{ name: '1', $patch: 'delete' }] },
    result: { mergingList: [{ name: '2', other: 'b' }] },
  },
  'delete missing map from merging list with conflict': {
    original: { mergingList: [{ name: '1' }, { name: '2' }] },
    modified: { mergingList: [{ name: '2' }] },
    current: { mergingList: [{ name: '3', other: 'a' }] },
    twoWay: { '$setElementOrder/mergingList': [{ name: '2' }], mergingList: [{ name: '1', $patch: 'delete' }] },
    threeWay: { '$setElementOrder/mergingList': [{ name: '2' }], mergingList: [{ name: '2' }, { name: '1', $patch: 'delete' }] },
    result: { mergingList: [{ name: '2' }, { name: '3', other: 'a' }] },
  },
  'add map and delete map from merging list': {
    original: { mergingList: [{ name: '1' }, { name: '2' }] },
    modified: { mergingList: [{ name: '2' }, { name: '3' }] },
    current: { mergingList: [{ name: '1' }, { name: '2', other: 'b' }, { name: '4', other: 'c' }] },
    twoWay: {
      '$setElementOrder/mergingList': [{ name: '2' }, { name: '3' }],
      mergingList: [{ name: '3' }, { name: '1', $patch: 'delete' }],
    },
    threeWay: {
      '$setElementOrder/mergingList': [{ name: '2' }, { name: '3' }],
      mergingList: [{ name: '3' }, { name: '1', $patch: 'delete' }],
    },
    result: { mergingList: [{ name: '2', other: 'b' }, { name: '4', other: 'c' }, { name: '3' }] },
  },
  'add map and delete map from merging list with conflict': {
    original: { mergingList: [{ name: '1' }, { name: '2' }] },
    modified: { mergingList: [{ name: '2' }, { name: '3' }] },
    current: { mergingList: [{ name: '1', other: 'a' }, { name: '4', other: 'c' }] },
    twoWay: {
      '$setElementOrder/mergingList': [{ name: '2' }, { name: '3' }],
      mergingList: [{ name: '3' }, { name: '1', $patch: 'delete' }],
    },
    threeWay: {
      '$setElementOrder/mergingList': [{ name: '2' }, { name: '3' }],
      mergingList: [{ name: '2' }, { name: '3' }, { name: '1', $patch: 'delete' }],
    },
    result: { mergingList: [{ name: '4', other: 'c' }, { name: '2' }, { name: '3' }] },
  },
  'delete field from map in merging list': {
    original: { mergingList: [{ name: '1', value: '1' }, { name: '2', value: '2' }] },
    modified: { mergingList: [{ name: '1' }, { name: '2', value: '2' }] },
    current: { mergingList: [{ name: '1', value: '1', other: 'a' }, { name: '2', value: '2', other: 'b' }] },
    twoWay: { '$setElementOrder/mergingList': [{ name: '1' }, { name: '2' }], mergingList: [{ name: '1', value: null }] },
    threeWay: { '$setElementOrder/mergingList': [{ name: '1' }, { name: '2' }], mergingList: [{ name: '1', value: null }] },
    result: { mergingList: [{ name: '1', other: 'a' }, { name: '2', value: '2', other: 'b' }] },
  },
  'replace non merging list nested in merging list': {
    original: { mergingList: [{ name: '1', nonMergingList: [{ name: '1' }, { name: '2', value: '2' }] }, { name: '2' }] },
    modified: { mergingList: [{ name: '1', nonMergingList: [{ name: '1', value: '1' }] }, { name: '2' }] },
    current: {
      mergingList: [{ name: '1', other: 'a', nonMergingList: [{ name: '1' }, { name: '2', value: '2' }] }, { name: '2', other: 'b' }],
    },
    twoWay: {
      '$setElementOrder/mergingList': [{ name: '1' }, { name: '2' }],
      mergingList: [{ name: '1', nonMergingList: [{ name: '1', value: '1' }] }],
    },
    threeWay: {
      '$setElementOrder/mergingList': [{ name: '1' }, { name: '2' }],
      mergingList: [{ name: '1', nonMergingList: [{ name: '1', value: '1' }] }],
    },
    result: { mergingList: [{ name: '1', other: 'a', nonMergingList: [{ name: '1', value: '1' }] }, { name: '2', other: 'b' }] },
  },
  'nested patch merge with empty list': {
    original: { name: 'hi' },
    modified: { name: 'hi', mergingList: [{ name: 'hello' }, { $patch: 'delete', name: 'doesntexist' }] },
    current: { name: 'hi', mergingList: [{ name: 'hello2' }] },
    twoWay: { mergingList: [{ name: 'hello' }, { $patch: 'delete', name: 'doesntexist' }] },
    twoWayResult: { name: 'hi', mergingList: [{ name: 'hello' }] },
    threeWay: {
      '$setElementOrder/mergingList': [{ name: 'hello' }, { name: 'doesntexist' }],
      mergingList: [{ name: 'hello' }, { $patch: 'delete', name: 'doesntexist' }],
    },
    result: { name: 'hi', mergingList: [{ name: 'hello' }, { name: 'hello2' }] },
  },
  'delete and reorder in one list, reorder in another': {
    original: { mergingList: [{ name: 'a', value: 'a' }, { name: 'b', value: 'b' }], mergeItemPtr: [{ name: 'c', value: 'c' }, { name: 'd', value: 'd' }] },
    modified: { mergingList: [{ name: 'b', value: 'b' }], mergeItemPtr: [{ name: 'd', value: 'd' }, { name: 'c', value: 'c' }] },
    current: { mergingList: [{ name: 'a', value: 'a' }, { name: 'b', value: 'b' }], mergeItemPtr: [{ name: 'c', value: 'c' }, { name: 'd', value: 'd' }] },
    twoWay: {
      '$setElementOrder/mergingList': [{ name: 'b' }],
      '$setElementOrder/mergeItemPtr': [{ name: 'd' }, { name: 'c' }],
      mergingList: [{ $patch: 'delete', name: 'a' }],
    },
    threeWay: {
      '$setElementOrder/mergingList': [{ name: 'b' }],
      '$setElementOrder/mergeItemPtr': [{ name: 'd' }, { name: 'c' }],
      mergingList: [{ $patch: 'delete', name: 'a' }],
    },
    result: { mergingList: [{ name: 'b', value: 'b' }], mergeItemPtr: [{ name: 'd', value: 'd' }, { name: 'c', value: 'c' }] },
  },
  'retainKeys map: a field dropped from the config is cleared': {
    original: { retainKeysMap: { name: 'foo', value: 'a' } },
    modified: { retainKeysMap: { name: 'foo' } },
    current: { retainKeysMap: { name: 'foo', value: 'a', other: 'x' } },
    twoWay: { retainKeysMap: { $retainKeys: ['name'], value: null } },
    threeWay: { retainKeysMap: { $retainKeys: ['name'], value: null } },
    result: { retainKeysMap: { name: 'foo' } },
  },
  'retainKeys map with no change is not in the patch': {
    original: { name: 'a', retainKeysMap: { name: 'foo' } },
    modified: { name: 'a', value: 'b', retainKeysMap: { name: 'foo' } },
    current: { name: 'a', other: 'c', retainKeysMap: { name: 'foo' } },
    twoWay: { value: 'b' },
    threeWay: { value: 'b' },
    result: { name: 'a', value: 'b', other: 'c', retainKeysMap: { name: 'foo' } },
  },
  'retainKeys merging list': {
    original: { retainKeysMergingList: [{ name: 'bar' }, { name: 'foo', value: 'a' }] },
    modified: { retainKeysMergingList: [{ name: 'bar' }, { name: 'foo' }] },
    current: { retainKeysMergingList: [{ name: 'bar' }, { name: 'foo', value: 'a', other: 'x' }] },
    twoWay: {
      '$setElementOrder/retainKeysMergingList': [{ name: 'bar' }, { name: 'foo' }],
      retainKeysMergingList: [{ $retainKeys: ['name'], name: 'foo', value: null }],
    },
    threeWay: {
      '$setElementOrder/retainKeysMergingList': [{ name: 'bar' }, { name: 'foo' }],
      retainKeysMergingList: [{ $retainKeys: ['name'], name: 'foo', value: null }],
    },
    result: { retainKeysMergingList: [{ name: 'bar' }, { name: 'foo' }] },
  },
  'replace-strategy field is sent whole': {
    original: { name: 'x', replacingItem: { Some: 'Generic', Field: 'Period' } },
    modified: { name: 'x', replacingItem: { Newly: 'Modified' } },
    current: { name: 'x', other: 'y', replacingItem: { Some: 'Generic', Field: 'Period' } },
    twoWay: { replacingItem: { Newly: 'Modified' } },
    threeWay: { replacingItem: { Newly: 'Modified' } },
    result: { name: 'x', other: 'y', replacingItem: { Newly: 'Modified' } },
  },
  'nulls in new values are sent and dropped on apply': {
    original: {},
    modified: { extra: { key: null, kept: 'v' } },
    current: {},
    twoWay: { extra: { key: null, kept: 'v' } },
    twoWayResult: { extra: { kept: 'v' } },
    threeWay: { extra: { key: null, kept: 'v' } },
    result: { extra: { kept: 'v' } },
  },
};

describe('createTwoWayMergePatch', () => {
  it.each(Object.entries(cases))('%s', (_name, c) => {
    const patch = ok(createTwoWayMergePatch(c.original, c.modified, schema));
    expect(patch).toEqual(c.twoWay);
    expect(ok(applyStrategicMergePatch(c.original, patch, schema))).toEqual(c.twoWayResult ?? c.modified);
  });

  it('round-trips a reorder of a merged list', () => {
    const original: JsonObject = { mergingList: [{ name: 'a' }, { name: 'b' }, { name: 'c' }], mergingIntList: [1, 2, 3] };
    const modified: JsonObject = { mergingList: [{ name: 'c' }, { name: 'a', value: 'x' }], mergingIntList: [3, 5, 1] };
    const patch = ok(createTwoWayMergePatch(original, modified, schema));
    expect(ok(applyStrategicMergePatch(original, patch, schema))).toEqual(modified);
  });

  it('refuses a merged list element without its merge key', () => {
    const result = createTwoWayMergePatch({ mergingList: [{ name: 'a' }] }, { mergingList: [{ value: 'b' }] }, schema);
    expect(result.ok ? '' : result.error.message).toContain('does not contain declared merge key: name');
  });
});

describe('createThreeWayMergePatch', () => {
  it.each(Object.entries(cases))('%s', (_name, c) => {
    const patch = ok(createThreeWayMergePatch(c.original, c.modified, c.current, schema, { overwrite: true }));
    expect(patch).toEqual(c.threeWay);
    expect(ok(applyStrategicMergePatch(c.current, patch, schema))).toEqual(c.result);
  });

  it('leaves its inputs alone', () => {
    const c = cases['add map and delete map from merging list'];
    const before = JSON.stringify(c);
    ok(createThreeWayMergePatch(c.original, c.modified, c.current, schema));
    expect(JSON.stringify(c)).toBe(before);
  });

  it('applies an ObjectMeta config as kubectl apply does: live-only labels and owners survive', () => {
    const meta = schemaForType(messageType('skiff.meta.v1.ObjectMeta'));
    const lastApplied: JsonObject = { name: 'web', labels: { app: 'web', tier: 'front' }, finalizers: ['x/a', 'x/b'] };
    const config: JsonObject = { name: 'web', labels: { app: 'web', track: 'stable' }, finalizers: ['x/a'] };
    const live: JsonObject = {
      name: 'web',
      uid: 'u-1',
      labels: { app: 'web', tier: 'front', 'added-by': 'controller' },
      finalizers: ['x/a', 'x/b', 'kubernetes.io/pvc-protection'],
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-1', uid: 'rs-1' }],
    };
    const patch = ok(createThreeWayMergePatch(lastApplied, config, live, meta));
    expect(patch).toEqual({
      labels: { tier: null, track: 'stable' },
      '$setElementOrder/finalizers': ['x/a'],
      '$deleteFromPrimitiveList/finalizers': ['x/b'],
    });
    expect(ok(applyStrategicMergePatch(live, patch, meta))).toEqual({
      name: 'web',
      uid: 'u-1',
      labels: { app: 'web', 'added-by': 'controller', track: 'stable' },
      finalizers: ['x/a', 'kubernetes.io/pvc-protection'],
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-1', uid: 'rs-1' }],
    });
  });
});
