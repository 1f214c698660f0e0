import { describe, expect, it } from 'vitest';
import { sortedKeys } from './sorted-keys.js';

describe('sortedKeys', () => {
  it.each([
    [{}],
    [{ a: '' }],
    [{ 10: '', 2: '', 1: '', x: '' }],
    [{ tier: '', app: '', 'pod-template-hash': '' }],
    [{ b: '', B: '', 'a/b': '', a: '', _: '', '-': '', é: '', 'ä/x': '', '\u{1F600}': '', '\uFFFF': '' }],
    [Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${(i * 7919) % 40}`, '']))],
  ])('orders %j as Object.keys().sort() does', (m) => {
    expect(sortedKeys(m)).toEqual(Object.keys(m).sort());
  });
});
