import { describe, expect, it } from 'vitest';
import { applyJsonPatch, MAX_JSON_PATCH_OPERATIONS } from './json-patch.js';
import type { JsonValue } from './json-value.js';

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
    ['add replaces the whole document', { a: 1 }, [{ op: 'add', path: '', value: [1] }], [1]],
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

  it.each<[string, JsonValue, unknown, 'BadRequest' | 'Invalid', string]>([
    ['a patch that is not a list', {}, { op: 'add' }, 'BadRequest', 'must be a JSON array'],
    ['an unknown op', {}, [{ op: 'frobnicate', path: '/a' }], 'BadRequest', 'operation 0: unknown or missing "op"'],
    ['a missing path', {}, [{ op: 'remove' }], 'BadRequest', 'operation 0: "remove" needs a string "path"'],
    ['a missing value', {}, [{ op: 'add', path: '/a' }], 'BadRequest', 'needs a "value"'],
    ['a missing from', {}, [{ op: 'copy', path: '/a' }], 'BadRequest', 'needs a string "from"'],
    ['a path without a leading slash', {}, [{ op: 'add', path: 'a', value: 1 }], 'BadRequest', 'must be empty or start with "/"'],
    ['remove of a missing field', { a: 1 }, [{ op: 'test', path: '/a', value: 1 }, { op: 'remove', path: '/b' }], 'Invalid',
      'JSON patch operation 1 ("remove" at "/b"): the path does not exist'],
    ['replace of a missing field', {}, [{ op: 'replace', path: '/a', value: 1 }], 'Invalid', 'the path does not exist'],
    ['add under a missing parent', {}, [{ op: 'add', path: '/a/b', value: 1 }], 'Invalid', 'no parent'],
    ['an index past the end', { l: [1] }, [{ op: 'add', path: '/l/2', value: 1 }], 'Invalid', 'index 2 is out of bounds'],
    ['an index with a leading zero', { l: [1, 2] }, [{ op: 'remove', path: '/l/01' }], 'Invalid', '"01" is not an array index'],
    ['a failed test', { a: 'x' }, [{ op: 'test', path: '/a', value: 'y' }], 'Invalid', 'test failed: the value is "x", not "y"'],
    ['a move into its own child', { a: { b: {} } }, [{ op: 'move', from: '/a', path: '/a/b/c' }], 'Invalid', 'into one of its own children'],
  ])('refuses %s', (_name, doc, patch, code, message) => {
    const result = applyJsonPatch(doc, patch);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toContain(message);
    }
  });

  it(`refuses more than ${MAX_JSON_PATCH_OPERATIONS} operations`, () => {
    const patch = Array.from({ length: MAX_JSON_PATCH_OPERATIONS + 1 }, () => ({ op: 'test', path: '', value: {} }));
    const result = applyJsonPatch({}, patch);
    expect(result.ok ? '' : result.error.message).toContain('maximum operations');
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
