import { describe, expect, it } from 'vitest';
import { messageType } from '../proto/root.js';
import type { JsonObject } from './json-value.js';
import type { PatchErrorCode } from './patch-error.js';
import { schemaForType, unknownSchema } from './patch-schema.js';
import { applyStrategicMergePatch } from './strategic-merge-patch.js';
import { mergeItemSchema } from './test-schema.js';

const schema = mergeItemSchema();

function apply(original: JsonObject, patch: unknown): JsonObject {
  const result = applyStrategicMergePatch(original, patch, schema);
  if (!result.ok) throw result.error;
  return result.value;
}

// Patches Kubernetes' tests apply by hand (patch_test.go, customStrategicMergePatchTestCaseData and
// the raw cases): directives and old-client formats that a two-way diff never produces.
const applyCases: Array<[string, JsonObject, JsonObject | null, JsonObject]> = [
  ['null deletes a field', { name: 'a', value: 'b' }, { value: null }, { name: 'a' }],
  ['a null for a missing field is ignored', { name: 'a' }, { value: null }, { name: 'a' }],
  ['maps merge', { simpleMap: { key1: '1', key2: '1' } }, { simpleMap: { key2: '2', key3: '3' } },
    { simpleMap: { key1: '1', key2: '2', key3: '3' } }],
  ['null deletes from a nested map', { simpleMap: { key1: '1', key2: '1' } }, { simpleMap: { key2: null } }, { simpleMap: { key1: '1' } }],
  ['$patch: delete empties a nested map', { simpleMap: { key1: '1', key2: '1' } }, { simpleMap: { $patch: 'delete' } }, { simpleMap: {} }],
  ['$patch: replace on the top map', { name: '1', value: '1' }, { $patch: 'replace' }, {}],
  ['$patch: replace keeps the patch\'s own keys', { name: '1', value: '1' }, { other: 'a', $patch: 'replace' }, { other: 'a' }],
  ['$patch: replace on a nested map', { simpleMap: { a: '1', b: '2' } }, { simpleMap: { $patch: 'replace', c: '3' } },
    { simpleMap: { c: '3' } }],
  ['a replace-strategy field is replaced, not merged', { replacingItem: { name: 'a', value: 'b' } }, { replacingItem: { other: 'c' } },
    { replacingItem: { other: 'c' } }],
  ['scalars in a merged list are unique', { mergingIntList: [1, 2] }, { mergingIntList: [2, 3] }, { mergingIntList: [1, 2, 3] }],
  ['a list without merge strategy is replaced', { nonMergingIntList: [1, 2] }, { nonMergingIntList: [3] }, { nonMergingIntList: [3] }],
  ['maps in a merged list merge by key', { mergingList: [{ name: '1', value: 'a' }, { name: '2', value: 'b' }] },
    { mergingList: [{ name: '2', other: 'x' }] },
    { mergingList: [{ name: '1', value: 'a' }, { name: '2', value: 'b', other: 'x' }] }],
  ['null deletes a field of a list element', { mergingList: [{ name: '1', value: 'a', other: 'b' }] },
    { mergingList: [{ name: '1', value: null }] }, { mergingList: [{ name: '1', other: 'b' }] }],
  ['maps in a non-merged list are replaced', { nonMergingList: [{ name: '1', value: 'a' }] }, { nonMergingList: [{ name: '1' }] },
    { nonMergingList: [{ name: '1' }] }],
  ['$patch: replace empties a merged list', { mergingList: [{ name: '1' }, { name: '2' }] }, { mergingList: [{ $patch: 'replace' }] },
    { mergingList: [] }],
  ['$patch: replace sets a merged list', { mergingList: [{ name: '1' }, { name: '2' }] },
    { mergingList: [{ name: '3' }, { $patch: 'replace' }] }, { mergingList: [{ name: '3' }] }],
  ['merge empty merging lists', { mergingList: [] }, { mergingList: [] }, { mergingList: [] }],
  ['$patch: delete removes every duplicate', { mergingList: [{ name: '1' }, { name: '1' }, { name: '2', value: 'a' }, { name: '3' }, { name: '3' }] },
    { mergingList: [{ name: '1', $patch: 'delete' }, { name: '3', $patch: 'delete' }] }, { mergingList: [{ name: '2', value: 'a' }] }],
  ['$patch: delete of a missing element does nothing', { mergingList: [{ name: '1' }] }, { mergingList: [{ name: '9', $patch: 'delete' }] },
    { mergingList: [{ name: '1' }] }],
  ['new elements come first, before live-only ones', { mergingList: [{ name: '1' }, { name: '2' }] }, { mergingList: [{ name: '3' }] },
    { mergingList: [{ name: '3' }, { name: '1' }, { name: '2' }] }],
  ['the patch\'s order wins in a merged list', { mergingList: [{ name: '1' }, { name: '2', value: 'b' }, { name: '3' }] },
    { mergingList: [{ name: '3', value: 'c' }, { name: '1', value: 'a' }, { name: '2', other: 'x' }] },
    { mergingList: [{ name: '3', value: 'c' }, { name: '1', value: 'a' }, { name: '2', value: 'b', other: 'x' }] }],
  ['live-only elements keep their place between patched ones', { mergingList: [{ name: '1' }, { name: '2', value: 'b' }, { name: '3' }] },
    { mergingList: [{ name: '3', value: 'c' }, { name: '1', value: 'a' }] },
    { mergingList: [{ name: '2', value: 'b' }, { name: '3', value: 'c' }, { name: '1', value: 'a' }] }],
  ['the patch\'s order wins in a merged int list', { mergingIntList: [1, 2, 3] }, { mergingIntList: [3, 1] }, { mergingIntList: [2, 3, 1] }],
  ['$setElementOrder orders a merged list', { mergingList: [{ name: '1' }, { name: '2', value: '2' }] },
    { '$setElementOrder/mergingList': [{ name: '4' }, { name: '1' }, { name: '2' }, { name: '3' }],
      mergingList: [{ name: '4', value: '4' }, { name: '3', value: '3' }] },
    { mergingList: [{ name: '4', value: '4' }, { name: '1' }, { name: '2', value: '2' }, { name: '3', value: '3' }] }],
  ['$setElementOrder alone reorders', { mergingList: [{ name: 'c', value: 'c' }, { name: 'd', value: 'd' }] },
    { '$setElementOrder/mergingList': [{ name: 'd' }, { name: 'c' }] },
    { mergingList: [{ name: 'd', value: 'd' }, { name: 'c', value: 'c' }] }],
  ['$setElementOrder may name elements the list lacks', { mergingList: [{ name: '1' }, { name: '3' }] },
    { '$setElementOrder/mergingList': [{ name: '3' }, { name: '2' }, { name: '1' }], mergingList: [{ name: '3', value: '3' }, { name: '1', value: '1' }] },
    { mergingList: [{ name: '3', value: '3' }, { name: '1', value: '1' }] }],
  ['$setElementOrder on an int list', { mergingIntList: [1, 3] }, { '$setElementOrder/mergingIntList': [3, 2, 1] }, { mergingIntList: [3, 1] }],
  ['added items land after the live-only items that follow a deleted one',
    { mergingList: [{ name: '1' }, { name: '2', other: 'b' }, { name: '4', other: 'c' }] },
    { '$setElementOrder/mergingList': [{ name: '2' }, { name: '3' }], mergingList: [{ name: '3' }, { name: '1', $patch: 'delete' }] },
    { mergingList: [{ name: '2', other: 'b' }, { name: '4', other: 'c' }, { name: '3' }] }],
  ['$deleteFromPrimitiveList removes scalars', { mergingIntList: [1, 2, 3] }, { '$deleteFromPrimitiveList/mergingIntList': [2] },
    { mergingIntList: [1, 3] }],
  ['$deleteFromPrimitiveList of a missing value adds nothing', { mergingIntList: [1, 2] }, { '$deleteFromPrimitiveList/mergingIntList': [3] },
    { mergingIntList: [1, 2] }],
  ['$deleteFromPrimitiveList on a missing list adds no list', { other: 'x' }, { '$deleteFromPrimitiveList/mergingIntList': [3] }, { other: 'x' }],
  ['$deleteFromPrimitiveList works on a list without merge strategy', { nonMergingIntList: [1, 2, 3] },
    { '$deleteFromPrimitiveList/nonMergingIntList': [2] }, { nonMergingIntList: [1, 3] }],
  ['add and delete scalars with an order', { mergingIntList: [1, 2, 3, 4] },
    { '$setElementOrder/mergingIntList': [1, 2, 4], '$deleteFromPrimitiveList/mergingIntList': [3], mergingIntList: [4] },
    { mergingIntList: [1, 2, 4] }],
  ['$retainKeys clears the keys it does not name', { retainKeysMap: { name: 'foo', value: 'a', other: 'b' } },
    { retainKeysMap: { $retainKeys: ['name', 'value'], value: 'c' } }, { retainKeysMap: { name: 'foo', value: 'c' } }],
  ['a retainKeys map merges without the directive', { retainKeysMap: { name: 'foo', value: 'a' } }, { retainKeysMap: { value: 'b' } },
    { retainKeysMap: { name: 'foo', value: 'b' } }],
  ['$retainKeys in a merged list element', { retainKeysMergingList: [{ name: 'bar' }, { name: 'foo', value: 'a', other: 'x' }] },
    { retainKeysMergingList: [{ $retainKeys: ['name'], name: 'foo', value: null }] },
    { retainKeysMergingList: [{ name: 'bar' }, { name: 'foo' }] }],
  ['a new value lands without directives or nulls', {},
    { mergingList: [{ name: 'hello' }, { name: 'gone', $patch: 'delete' }], simpleMap: { a: '1', b: null } },
    { mergingList: [{ name: 'hello' }], simpleMap: { a: '1' } }],
  // Kubernetes appends a new element as the patch gives it; its nulls decode as unset fields.
  ['a new list element lands as given', { mergingList: [{ name: '1' }] }, { mergingList: [{ name: '2', value: null }] },
    { mergingList: [{ name: '2', value: null }, { name: '1' }] }],
  ['a null patch changes nothing', { simpleMap: { a: '1' } }, null, { simpleMap: { a: '1' } }],
  ['$patch: replace keeps its nulls', { simpleMap: { a: '1' } }, { simpleMap: { $patch: 'replace', b: '2', c: null } },
    { simpleMap: { b: '2', c: null } }],
  ['$patch: replace on a map the original lacks drops the map', {}, { simpleMap: { $patch: 'replace', b: '2' } }, {}],
  ['a $patch map nested in a new value is dropped', {}, { itemMap: { a: { $patch: 'delete' }, b: { name: 'y', value: null } } },
    { itemMap: { b: { name: 'y' } } }],
  ['$deleteFromPrimitiveList that is not a list changes nothing', { mergingIntList: [1] }, { '$deleteFromPrimitiveList/mergingIntList': 1 },
    { mergingIntList: [1] }],
  ['nulls inside a list of scalars are kept', {}, { nonMergingList: null, nonMergingIntList: [1, null] },
    { nonMergingIntList: [1, null] }],
  ['a type change replaces', { simpleMap: { a: '1' } }, { simpleMap: 'x' }, { simpleMap: 'x' }],
  ['maps of messages merge per key', { itemMap: { a: { name: 'x', value: '1' } } }, { itemMap: { a: { value: '2' }, b: { name: 'y' } } },
    { itemMap: { a: { name: 'x', value: '2' }, b: { name: 'y' } } }],
  ['a __proto__ key is a field', {}, JSON.parse('{"simpleMap":{"__proto__":{"x":"1"}}}') as JsonObject,
    JSON.parse('{"simpleMap":{"__proto__":{"x":"1"}}}') as JsonObject],
];

describe('applyStrategicMergePatch', () => {
  it.each(applyCases)('%s', (_name, original, patch, expected) => {
    expect(apply(original, patch)).toEqual(expected);
  });

  // The codes and texts Kubernetes 1.32 answers with: BadRequest and Unknown (a 500) show the
  // message; Invalid is the generic 422, whose text only the logs see.
  it.each<[string, JsonObject, unknown, PatchErrorCode, string]>([
    ['a patch that is not an object', {}, [1], 'BadRequest', 'json: cannot unmarshal array into Go value of type map[string]interface {}'],
    ['an unknown $patch on a map', { simpleMap: { a: '1' } }, { simpleMap: { $patch: 'frob' } }, 'Unknown',
      'unknown patch type: frob in map: map[$patch:frob]'],
    ['$patch: merge on a map', { simpleMap: { a: '1' } }, { simpleMap: { $patch: 'merge', x: 'y' } }, 'Unknown',
      'unknown patch type: merge in map: map[$patch:merge x:y]'],
    ['a $patch that is not a string', { simpleMap: { a: '1' } }, { simpleMap: { $patch: 1 } }, 'Unknown',
      'unknown patch type: %!s(int64=1) in map: map[$patch:1]'],
    ['an unknown $patch in a list', { mergingList: [{ name: '1' }] }, { mergingList: [{ name: '1', $patch: 'frob' }] }, 'Unknown',
      'unknown patch type: frob in map: map[$patch:frob name:1]'],
    ['$patch: merge in a list', { mergingList: [{ name: '1' }] }, { mergingList: [{ $patch: 'merge' }] }, 'Unknown',
      'merging lists cannot yet be specified in the patch'],
    ['a merged element without its merge key', { mergingList: [{ name: '1', value: 'a' }] }, { mergingList: [{ value: 'b' }] }, 'Unknown',
      'map: map[value:b] does not contain declared merge key: name'],
    ['$patch: delete without the merge key', { mergingList: [{ name: '1' }] }, { mergingList: [{ $patch: 'delete' }] }, 'Unknown',
      'map: map[$patch:delete] does not contain declared merge key: name'],
    ['$setElementOrder out of step with the list', { mergingList: [{ name: '1' }, { name: '3' }, { name: '2' }] },
      { '$setElementOrder/mergingList': [{ name: '1' }, { name: '2' }, { name: '3' }], mergingList: [{ name: '3', value: '3' }, { name: '1', value: '1' }] },
      'Unknown',
      "The order in patch list:\n[map[name:3 value:3] map[name:1 value:1]]\n doesn't match $setElementOrder list:\n[map[name:1] map[name:2] map[name:3]]\n"],
    ['$setElementOrder out of step with an int list', { mergingIntList: [1, 3, 2] },
      { '$setElementOrder/mergingIntList': [1, 2, 3], mergingIntList: [3, 1] }, 'Unknown',
      "The order in patch list:\n[3 1]\n doesn't match $setElementOrder list:\n[1 2 3]\n"],
    ['$setElementOrder that is not a list', {}, { '$setElementOrder/mergingList': 'x' }, 'Unknown', 'expected a []interface {}, but received a string'],
    ['$deleteFromPrimitiveList without a field', { mergingIntList: [1] }, { $deleteFromPrimitiveList: [1] }, 'BadRequest',
      'invalid patch format of primitive list'],
    ['$retainKeys that is not a list', { retainKeysMap: { name: 'a' } }, { retainKeysMap: { $retainKeys: 'name' } }, 'BadRequest',
      'invalid patch format of retainKeys'],
    ['a patched key missing from $retainKeys', { retainKeysMap: { name: 'a' } }, { retainKeysMap: { $retainKeys: ['name'], value: 'b' } },
      'BadRequest', 'invalid patch format of retainKeys'],
    ['elements of different types', { mergingIntList: [1] }, { mergingIntList: ['a'] }, 'Unknown', 'list element types are not identical: [[1] [a]]'],
    ['a list of lists', { mergingIntList: [[1]] }, { mergingIntList: [[2]] }, 'Invalid', 'lists of lists are not supported'],
  ])('refuses %s', (_name, original, patch, code, message) => {
    const result = applyStrategicMergePatch(original, patch, schema);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toBe(message);
    }
  });

  it('leaves the original and the patch alone', () => {
    const original: JsonObject = { mergingList: [{ name: '1', value: 'a' }], simpleMap: { a: '1' } };
    const patch: JsonObject = { mergingList: [{ name: '1', value: 'b' }], simpleMap: { $patch: 'replace', b: '2' } };
    const before = JSON.stringify([original, patch]);
    apply(original, patch);
    expect(JSON.stringify([original, patch])).toBe(before);
  });

  it('is a JSON merge patch with the unknown schema: lists are replaced', () => {
    const result = applyStrategicMergePatch({ l: [{ name: 'a' }], m: { a: 1 } }, { l: [{ name: 'b' }], m: { b: 2 } }, unknownSchema);
    expect(result).toEqual({ ok: true, value: { l: [{ name: 'b' }], m: { a: 1, b: 2 } } });
  });

  it('treats fields the schema lacks as free-form JSON', () => {
    expect(apply({ extra: { a: [1] } }, { extra: { a: [2], b: 1 } })).toEqual({ extra: { a: [2], b: 1 } });
  });

  describe('on the real ObjectMeta', () => {
    const pod = schemaForType(messageType('skiff.meta.v1.ObjectMeta'));
    const meta: JsonObject = {
      name: 'web',
      labels: { app: 'web', tier: 'front' },
      finalizers: ['a', 'b'],
      ownerReferences: [
        { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-1', uid: 'u1' },
        { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-2', uid: 'u2', controller: true },
      ],
    };

    it('merges ownerReferences by uid and finalizers as a set', () => {
      const result = applyStrategicMergePatch(
        meta,
        {
          labels: { tier: null, track: 'stable' },
          finalizers: ['b', 'c'],
          ownerReferences: [{ uid: 'u2', controller: false }, { uid: 'u1', $patch: 'delete' }],
        },
        pod,
      );
      expect(result).toEqual({
        ok: true,
        value: {
          name: 'web',
          labels: { app: 'web', track: 'stable' },
          finalizers: ['a', 'b', 'c'],
          ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-2', uid: 'u2', controller: false }],
        },
      });
    });

    it('removes a finalizer with $deleteFromPrimitiveList', () => {
      const result = applyStrategicMergePatch(meta, { '$deleteFromPrimitiveList/finalizers': ['a'] }, pod);
      expect(result.ok && result.value.finalizers).toEqual(['b']);
    });

    it('replaces managedFields, which is atomic', () => {
      const result = applyStrategicMergePatch(
        { managedFields: [{ manager: 'a' }, { manager: 'b' }] },
        { managedFields: [{ manager: 'c' }] },
        pod,
      );
      expect(result).toEqual({ ok: true, value: { managedFields: [{ manager: 'c' }] } });
    });
  });
});
