import { describe, expect, it } from 'vitest';
import { applyJsonPatch, MAX_JSON_PATCH_OPERATIONS } from './json-patch.js';
import type { JsonValue } from './json-value.js';
import type { PatchErrorCode } from './patch-error.js';

const pod: JsonValue = {
  metadata: { name: 'web', labels: { app: 'web' } },
  spec: { containers: [{ name: 'a', image: 'nginx' }, { name: 'b' }] },
};

describe('applyJsonPatch', () => {
  it.each<[string, JsonValue, unknown, JsonValue]>([
    ['add a field', { a: 1 }, [{ op: 'add', path: '/b', value: 2 }], { a: 1, b: 2 }],
    ['add replaces an existing field', { a: 1 }, [{ op: 'add', path: '/a', value: 2 }], { a: 2 }],
    ['add inserts into a list', { l: [1, 3] }, [{ op: 'add', path: '/l/1', value: 2 }], { l: [1, 2, 3] }],
    ['add appends with "-"', { l: [1] }, [{ op: 'add', path: '/l/-', value: 2 }], { l: [1, 2] }],
    ['add at the end index', { l: [1] }, [{ op: 'add', path: '/l/1', value: 2 }], { l: [1, 2] }],
    ['replace of the whole document', { a: 1 }, [{ op: 'replace', path: '', value: { b: 2 } }], { b: 2 }],
    // The liberties gopkg.in/evanphx/json-patch.v4 takes, which Kubernetes answers with.
    ['replace of a missing object key adds it', { a: {} }, [{ op: 'replace', path: '/a/b', value: 1 }], { a: { b: 1 } }],
    ['remove with -1 removes the last element', { l: [1, 2, 3] }, [{ op: 'remove', path: '/l/-1' }], { l: [1, 2] }],
    ['replace with a negative index', { l: [1, 2, 3] }, [{ op: 'replace', path: '/l/-3', value: 9 }], { l: [9, 2, 3] }],
    ['add with -1 inserts at the end', { l: [1, 2] }, [{ op: 'add', path: '/l/-1', value: 3 }], { l: [1, 2, 3] }],
    ['test with a negative index', { l: ['a', 'b'] }, [{ op: 'test', path: '/l/-1', value: 'b' }], { l: ['a', 'b'] }],
    ['an index with a sign or leading zeros', { l: [1, 2] }, [{ op: 'remove', path: '/l/+01' }], { l: [1] }],
    ['an add without a value adds null', { a: {} }, [{ op: 'add', path: '/a/b' }], { a: { b: null } }],
    ['a test for null passes on a missing key', { a: {} }, [{ op: 'test', path: '/a/b', value: null }], { a: {} }],
    ['a copy from a missing key copies null', { a: {} }, [{ op: 'copy', from: '/a/x', path: '/a/y' }], { a: { y: null } }],
    ['a null patch', { a: 1 }, null, { a: 1 }],
    ['add a null value', {}, [{ op: 'add', path: '/a', value: null }], { a: null }],
    ['remove a field', { a: 1, b: 2 }, [{ op: 'remove', path: '/a' }], { b: 2 }],
    ['remove a list element', { l: [1, 2, 3] }, [{ op: 'remove', path: '/l/1' }], { l: [1, 3] }],
    ['replace a value', { a: { b: 1 } }, [{ op: 'replace', path: '/a/b', value: 'x' }], { a: { b: 'x' } }],
    ['replace a list element', { l: [1, 2] }, [{ op: 'replace', path: '/l/0', value: 9 }], { l: [9, 2] }],
    ['move a field', { a: { x: 1 }, b: {} }, [{ op: 'move', from: '/a/x', path: '/b/y' }], { a: {}, b: { y: 1 } }],
    ['move within a list', { l: [1, 2, 3] }, [{ op: 'move', from: '/l/0', path: '/l/2' }], { l: [2, 3, 1] }],
    ['copy a value', { a: { x: [1] } }, [{ op: 'copy', from: '/a/x', path: '/b' }], { a: { x: [1] }, b: [1] }],
    ['test then replace', { a: 'x' }, [{ op: 'test', path: '/a', value: 'x' }, { op: 'replace', path: '/a', value: 'y' }], { a: 'y' }],
    ['test compares objects structurally', { a: { x: 1, y: [1] } }, [{ op: 'test', path: '/a', value: { y: [1], x: 1 } }], { a: { x: 1, y: [1] } }],
    ['unescape ~1 and ~0', { 'a/b': { 'c~d': 1 } }, [{ op: 'replace', path: '/a~1b/c~0d', value: 2 }], { 'a/b': { 'c~d': 2 } }],
    ['a label with a slash', pod, [{ op: 'add', path: '/metadata/labels/app.kubernetes.io~1name', value: 'web' }], {
      metadata: { name: 'web', labels: { app: 'web', 'app.kubernetes.io/name': 'web' } },
      spec: { containers: [{ name: 'a', image: 'nginx' }, { name: 'b' }] },
    }],
    ['an empty patch', { a: 1 }, [], { a: 1 }],
  ])('%s', (_name, doc, patch, expected) => {
    expect(applyJsonPatch(doc, patch)).toEqual({ ok: true, value: expected });
  });

  // Decoding the list is checked first (400, Go's words); every failure while applying is Invalid,
  // which Kubernetes answers with its generic 422, so the text here is for logs only.
  it.each<[string, JsonValue, unknown, PatchErrorCode, string]>([
    ['a patch that is not a list', {}, { op: 'add' }, 'BadRequest', 'json: cannot unmarshal object into Go value of type jsonpatch.Patch'],
    ['an operation that is not an object', {}, [1], 'BadRequest', 'json: cannot unmarshal number into Go value of type jsonpatch.Operation'],
    ['an unknown op', {}, [{ op: 'frob', path: '/a' }], 'Invalid', 'Unexpected kind: frob'],
    ['a missing op', {}, [{ path: '/a' }], 'Invalid', 'Unexpected kind: unknown'],
    ['a null operation', {}, [null], 'Invalid', 'Unexpected kind: unknown'],
    ['a missing path', {}, [{ op: 'remove' }], 'Invalid', 'remove operation failed to decode path: missing value'],
    ['a missing from', {}, [{ op: 'copy', path: '/a' }], 'Invalid', 'copy operation failed to decode from: missing value'],
    ['a path without a slash', {}, [{ op: 'add', path: 'a', value: 1 }], 'Invalid', 'add operation does not apply: doc is missing path: "a": missing value'],
    ['an add at the whole document', {}, [{ op: 'add', path: '', value: {} }], 'Invalid', 'add operation does not apply: doc is missing path: "": missing value'],
    ['remove of a missing field', { a: 1 }, [{ op: 'test', path: '/a', value: 1 }, { op: 'remove', path: '/b' }], 'Invalid',
      "error in remove for path: '/b': Unable to remove nonexistent key: b: missing value"],
    ['replace of a missing list index', { l: [1] }, [{ op: 'replace', path: '/l/1', value: 2 }], 'Invalid',
      'replace operation does not apply: doc is missing key: /l/1: missing value'],
    ['add under a missing parent', {}, [{ op: 'add', path: '/metadata/foo/bar', value: 1 }], 'Invalid',
      'add operation does not apply: doc is missing path: "/metadata/foo/bar": missing value'],
    ['an index past the end', { l: [1] }, [{ op: 'add', path: '/l/2', value: 1 }], 'Invalid', 'Unable to access invalid index: 2'],
    ['an index below -length', { l: [1, 2] }, [{ op: 'remove', path: '/l/-3' }], 'Invalid', 'Unable to access invalid index: -3'],
    ['a failed test', { spec: { replicas: 1 } }, [{ op: 'test', path: '/spec/replicas', value: 2 }], 'Invalid', 'testing value /spec/replicas failed: test failed'],
    ['a move into its own child', { a: { b: {} } }, [{ op: 'move', from: '/a', path: '/a/b/c' }], 'Invalid', 'doc is missing path: "/a/b/c"'],
  ])('refuses %s', (_name, doc, patch, code, message) => {
    const result = applyJsonPatch(doc, patch);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toContain(message);
    }
  });

  it(`answers RequestEntityTooLarge for more than ${MAX_JSON_PATCH_OPERATIONS} operations`, () => {
    const patch = Array.from({ length: MAX_JSON_PATCH_OPERATIONS + 1 }, () => ({ op: 'test', path: '/a', value: null }));
    const result = applyJsonPatch({}, patch);
    expect(result.ok ? undefined : result.error).toMatchObject({
      code: 'RequestEntityTooLarge',
      message: `The allowed maximum operations in a JSON patch is ${MAX_JSON_PATCH_OPERATIONS}, got ${MAX_JSON_PATCH_OPERATIONS + 1}`,
    });
  });

  it('leaves the document alone, even when a later operation fails', () => {
    const doc: JsonValue = { a: { b: 1 } };
    applyJsonPatch(doc, [{ op: 'replace', path: '/a/b', value: 2 }]);
    applyJsonPatch(doc, [{ op: 'remove', path: '/a/b' }, { op: 'test', path: '/x', value: 1 }]);
    expect(doc).toEqual({ a: { b: 1 } });
  });

  it('adds a __proto__ key as a field, never as a prototype', () => {
    const result = applyJsonPatch({}, [{ op: 'add', path: '/__proto__', value: { polluted: true } }]);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.keys(result.value as object)).toEqual(['__proto__']);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((result.value as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});
