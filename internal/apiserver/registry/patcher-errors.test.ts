import { afterEach, describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/index.js';
import { patchObject, type FieldValidation } from './patcher.js';
import { configMap, startRegistry, statusErrorOf, type ConfigMap, type RegistryFixture } from './registry-test-helpers.js';
import type { PatchType } from './request-options.js';
import type { ResourceStore } from './resource-store.js';

// How a refused patch is answered, as Kubernetes 1.32's patch handler answers it.

let fixture: RegistryFixture | undefined;

async function withConfigMap(data: Record<string, string> = { k: 'v1' }): Promise<ResourceStore> {
  fixture = await startRegistry();
  const cms = fixture.store('configmaps');
  await cms.create('default', configMap('cm', data));
  return cms;
}

afterEach(async () => {
  await fixture?.dispose();
  fixture = undefined;
});

const GENERIC_422 = {
  code: 422,
  reason: 'Invalid',
  message: 'the server rejected our request due to an error in our request',
  details: {},
};

describe('patchObject: a JSON patch that cannot be applied', () => {
  it.each<[string, unknown]>([
    ['a remove of a missing key', [{ op: 'remove', path: '/metadata/labels/zz' }]],
    ['an unknown op', [{ op: 'frob', path: '/data/k' }]],
    ['an operation without a path', [{ op: 'remove' }]],
    ['a copy without a from', [{ op: 'copy', path: '/data/x' }]],
    ['a failed test', [{ op: 'test', path: '/data/k', value: 'other' }]],
  ])('answers the generic 422 for %s, with empty details', async (_name, patch) => {
    const cms = await withConfigMap();
    const err = await statusErrorOf(patchObject(cms, 'default', 'cm', 'json', JSON.stringify(patch)));
    expect(err.status).toMatchObject(GENERIC_422);
    expect(err.status.details).toEqual({});
  });

  it('replaces a missing key, adds with a negative index and stores null for an add without a value', async () => {
    const cms = await withConfigMap();
    const patch = [
      { op: 'replace', path: '/data/new', value: 'n' },
      { op: 'add', path: '/metadata/finalizers', value: ['x.io/a', 'x.io/c'] },
      { op: 'add', path: '/metadata/finalizers/-1', value: 'x.io/b' },
      { op: 'remove', path: '/metadata/finalizers/-3' },
      { op: 'add', path: '/metadata/labels', value: {} },
      { op: 'add', path: '/metadata/labels/x' },
    ];
    const { object } = await patchObject(cms, 'default', 'cm', 'json', JSON.stringify(patch));
    expect((object as ConfigMap).data).toEqual({ k: 'v1', new: 'n' });
    expect(object.metadata?.finalizers).toEqual(['x.io/c', 'x.io/b']);
  });

  it('answers 413 for more than 10000 operations', async () => {
    const cms = await withConfigMap();
    const patch = Array.from({ length: 10_001 }, () => ({ op: 'test', path: '/data/k', value: 'v1' }));
    const err = await statusErrorOf(patchObject(cms, 'default', 'cm', 'json', JSON.stringify(patch)));
    expect(err.status).toMatchObject({
      code: 413,
      reason: 'RequestEntityTooLarge',
      message: 'Request entity too large: The allowed maximum operations in a JSON patch is 10000, got 10001',
    });
  });

  it.each<[FieldValidation, string, string]>([
    ['Strict', '{"op":"add"}', 'error decoding patch: json: cannot unmarshal object into Go value of type []handlers.jsonPatchOp'],
    ['Ignore', '{"op":"add"}', 'json: cannot unmarshal object into Go value of type jsonpatch.Patch'],
    ['Warn', '[{"op":5,"path":"/a"}]', 'error decoding patch: json: cannot unmarshal number into Go struct field jsonPatchOp.op of type string'],
  ])('with fieldValidation %s answers 400 for the body %s', async (fieldValidation, body, message) => {
    const cms = await withConfigMap();
    const err = await statusErrorOf(patchObject(cms, 'default', 'cm', 'json', body, { fieldValidation }));
    expect(err.status).toMatchObject({ code: 400, reason: 'BadRequest', message });
  });
});

describe('patchObject: a patch whose result does not decode', () => {
  it.each<[PatchType, string, string]>([
    ['merge', '{"data":{"k":1}}', '{"apiVersion":"v1","data":{"k":1},"kind":"ConfigMap",'],
    ['json', '[{"op":"replace","path":"/data/k","value":1}]', '{"apiVersion":"v1","data":{"k":1},"kind":"ConfigMap",'],
    ['strategic', '{"data":{"k":1}}', 'map[data:map[k:1]]'],
  ])('answers 422 patch: Invalid value for a %s patch', async (type, body, shown) => {
    const cms = await withConfigMap();
    const err = await statusErrorOf(patchObject(cms, 'default', 'cm', type, body));
    expect(err.code).toBe(422);
    expect(err.reason).toBe('Invalid');
    expect(err.message.startsWith(` "" is invalid: patch: Invalid value: "${shown.replace(/"/g, '\\"')}`)).toBe(true);
    expect(err.status.details).toMatchObject({ group: '', kind: '', causes: [{ reason: 'FieldValueInvalid', field: 'patch' }] });
  });
});

describe('patchObject: the name on the URL', () => {
  it.each<[PatchType, string, string]>([
    ['merge', '{"metadata":{"name":"other"}}', 'other'],
    ['json', '[{"op":"replace","path":"/metadata/name","value":"other"}]', 'other'],
    ['strategic', '{"$patch":"delete"}', ''],
  ])('answers 400 when a %s patch changes it, before validation', async (type, body, objName) => {
    const cms = await withConfigMap();
    const err = await statusErrorOf(patchObject(cms, 'default', 'cm', type, body));
    expect(err.status).toMatchObject({
      code: 400,
      reason: 'BadRequest',
      message: `the name of the object (${objName}) does not match the name on the URL (cm)`,
    });
  });
});

describe('patchObject: strategic merge patch errors', () => {
  it.each<[string, unknown, number, string | undefined, string]>([
    ['an unknown $patch', { metadata: { labels: { $patch: 'foo' } } }, 500, undefined, 'unknown patch type: foo in map: map[$patch:foo]'],
    ['$patch: merge on a map', { metadata: { labels: { $patch: 'merge', x: 'y' } } }, 500, undefined,
      'unknown patch type: merge in map: map[$patch:merge x:y]'],
    ['a merge key missing', { metadata: { ownerReferences: [{ kind: 'x' }] } }, 500, undefined,
      'map: map[kind:x] does not contain declared merge key: uid'],
    ['$setElementOrder that is not a list', { metadata: { '$setElementOrder/finalizers': 'x' } }, 500, undefined,
      'expected a []interface {}, but received a string'],
    ['$retainKeys that does not name a patched key', { metadata: { $retainKeys: ['name'], labels: { a: 'b' } } }, 400, 'BadRequest',
      'invalid patch format of retainKeys'],
    ['elements of different types', { metadata: { finalizers: ['x.io/a', 1] } }, 500, undefined,
      'list element types are not identical: [[x.io/a] [x.io/a 1]]'],
    // A list first in a merged list is the generic 422 (the engine's tests show it); after a string it is a mismatch.
    ['a list after a string', { metadata: { finalizers: [['x.io/a']] } }, 500, undefined,
      'list element types are not identical: [[x.io/a] [[x.io/a]]]'],
    ['a body that is a list', [1], 400, 'BadRequest', 'json: cannot unmarshal array into Go value of type map[string]interface {}'],
  ])('answers %s with Kubernetes’ code and text', async (_name, patch, code, reason, message) => {
    fixture = await startRegistry();
    const cms = fixture.store('configmaps');
    // Errors come from merging with what the object has: a value for a field it lacks is taken as given.
    const ownerReferences = [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'owner', uid: 'u1' }];
    await cms.create('default', configMap('cm', { k: 'v1' }, { finalizers: ['x.io/a'], labels: { a: 'b' }, ownerReferences }));
    const err = await statusErrorOf(patchObject(cms, 'default', 'cm', 'strategic', JSON.stringify(patch)));
    expect(err.code).toBe(code);
    expect(err.status.reason).toBe(reason);
    expect(err.message).toBe(message);
    if (code === 500) expect(err.status.details).toBeUndefined();
  });

  it.each<[string, string, Record<string, string>]>([
    ['a null body', 'null', { k: 'v1' }],
    ['$deleteFromPrimitiveList that is not a list', '{"metadata":{"$deleteFromPrimitiveList/finalizers":"a"},"data":{"x":"y"}}', { k: 'v1', x: 'y' }],
  ])('applies %s as Kubernetes does', async (_name, body, data) => {
    const cms = await withConfigMap();
    const { object } = await patchObject(cms, 'default', 'cm', 'strategic', body);
    expect((object as ConfigMap).data).toEqual(data);
  });

  it('keeps the nulls of a $patch: replace map, which become "" as Kubernetes stores them', async () => {
    const cms = await withConfigMap();
    await patchObject(cms, 'default', 'cm', 'merge', '{"metadata":{"labels":{"old":"x"}}}');
    const { object } = await patchObject(cms, 'default', 'cm', 'strategic', '{"metadata":{"labels":{"$patch":"replace","a":"b","c":null}}}');
    expect((object as KubeObject).metadata?.labels).toEqual({ a: 'b', c: '' });
  });

  it('drops a $patch: replace map the object lacks', async () => {
    const cms = await withConfigMap();
    const { object } = await patchObject(cms, 'default', 'cm', 'strategic', '{"metadata":{"annotations":{"$patch":"replace","a":"b"}}}');
    expect((object as KubeObject).metadata?.annotations).toBeUndefined();
  });
});

describe('patchObject: a merge patch body', () => {
  it.each<[FieldValidation, string, number, string]>([
    ['Warn', '[1]', 400, 'error decoding patch: json: cannot unmarshal array into Go value of type map[string]interface {}'],
    ['Warn', 'null', 400, 'Invalid JSON Patch'],
    ['Ignore', '5', 400, 'Invalid JSON Patch'],
  ])('with fieldValidation %s answers %s with %i', async (fieldValidation, body, code, message) => {
    const cms = await withConfigMap();
    const err = await statusErrorOf(patchObject(cms, 'default', 'cm', 'merge', body, { fieldValidation }));
    expect(err.status).toMatchObject({ code, message });
  });
});
