import { describe, expect, it } from 'vitest';
import type { JsonValue } from './json-value.js';
import { applyMergePatch, createMergePatch } from './merge-patch.js';

// The examples of RFC 7386, appendix A, and a few Kubernetes-shaped ones.
const cases: Array<[string, JsonValue, JsonValue, JsonValue]> = [
  ['replace a value', { a: 'b' }, { a: 'c' }, { a: 'c' }],
  ['add a key', { a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
  ['null deletes', { a: 'b' }, { a: null }, {}],
  ['null deletes one of two', { a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
  ['a list replaces a scalar', { a: ['b'] }, { a: 'c' }, { a: 'c' }],
  ['a scalar replaces a list', { a: 'c' }, { a: ['b'] }, { a: ['b'] }],
  ['nested objects merge', { a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
  ['lists replace, never merge', { a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
  ['a list replaces a list', ['a', 'b'], ['c', 'd'], ['c', 'd']],
  ['a non-object patch replaces the document', { a: 'b' }, ['c'], ['c']],
  ['null patch is the result', { a: 'foo' }, null, null],
  ['a string patch is the result', { a: 'foo' }, 'bar', 'bar'],
  ['nulls inside a new value are dropped', { e: null }, { a: 1 }, { e: null, a: 1 }],
  ['an object replaces a list', [1, 2], { a: 'b', c: null }, { a: 'b' }],
  ['deep nulls in new objects are dropped', {}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ['labels: add one, remove another', { metadata: { labels: { a: '1', b: '2' } } }, { metadata: { labels: { b: null, c: '3' } } },
    { metadata: { labels: { a: '1', c: '3' } } }],
];

describe('applyMergePatch', () => {
  it.each(cases)('%s', (_name, original, patch, expected) => {
    expect(applyMergePatch(original, patch)).toEqual(expected);
  });

  it('leaves its inputs alone', () => {
    const original: JsonValue = { a: { b: 1 } };
    const patch: JsonValue = { a: { c: 2 } };
    const result = applyMergePatch(original, patch) as { a: Record<string, JsonValue> };
    result.a.d = 3;
    expect(original).toEqual({ a: { b: 1 } });
    expect(patch).toEqual({ a: { c: 2 } });
  });
});

describe('createMergePatch', () => {
  it.each<[string, JsonValue, JsonValue, JsonValue]>([
    ['nothing changed', { a: 1, b: { c: [1] } }, { a: 1, b: { c: [1] } }, {}],
    ['a removed key becomes null', { a: 1, b: 2 }, { a: 1 }, { b: null }],
    ['a changed list is sent whole', { l: [1, 2] }, { l: [1, 3] }, { l: [1, 3] }],
    ['nested changes only', { m: { a: 1, b: 2 } }, { m: { a: 1, b: 3, c: 4 } }, { m: { b: 3, c: 4 } }],
    ['a type change', { a: { b: 1 } }, { a: 'x' }, { a: 'x' }],
  ])('%s', (_name, original, modified, expected) => {
    expect(createMergePatch(original, modified)).toEqual(expected);
  });

  it.each(cases.filter(([, original, patch]) => JSON.stringify(patch).indexOf('null') < 0 && original !== null))(
    'round-trips: %s',
    (_name, original, patch) => {
      const modified = applyMergePatch(original, patch);
      expect(applyMergePatch(original, createMergePatch(original, modified))).toEqual(modified);
    },
  );
});
