import { describe, expect, it } from 'vitest';
import { parseGroupVersion } from './rest-mapper.js';

describe('parseGroupVersion', () => {
  it.each([
    ['', { ok: true, group: '', version: '' }],
    ['/', { ok: true, group: '', version: '' }],
    ['v1', { ok: true, group: '', version: 'v1' }],
    ['apps/v1', { ok: true, group: 'apps', version: 'v1' }],
    ['apps/', { ok: true, group: 'apps', version: '' }],
    ['a/b/c', { ok: false, error: 'unexpected GroupVersion string: a/b/c' }],
  ])('%j', (gv, want) => {
    expect(parseGroupVersion(gv)).toEqual(want);
  });
});
