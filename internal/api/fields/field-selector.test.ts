import { describe, expect, it } from 'vitest';
import { escapeValue, unescapeValue } from './escape.js';
import {
  andSelectors,
  everythingFields,
  fieldSelectorFromSet,
  nothingFields,
  oneTermEqualSelector,
  oneTermNotEqualSelector,
} from './field-selector.js';

describe('constructed field selectors', () => {
  it('everything matches anything and is empty', () => {
    expect(everythingFields().empty()).toBe(true);
    expect(everythingFields().matches(() => undefined)).toBe(true);
    expect(everythingFields().toString()).toBe('');
  });

  it('nothing matches nothing and is not empty', () => {
    expect(nothingFields().empty()).toBe(false);
    expect(nothingFields().matches(() => 'x')).toBe(false);
    expect(nothingFields().requirements()).toEqual([]);
  });

  it('builds one-term selectors with escaped values', () => {
    expect(oneTermEqualSelector('metadata.name', 'a,b').toString()).toBe('metadata.name=a\\,b');
    expect(oneTermNotEqualSelector('status.phase', 'Failed').toString()).toBe('status.phase!=Failed');
  });

  it('builds from a set, keys sorted', () => {
    const s = fieldSelectorFromSet({ 'spec.nodeName': 'n1', 'metadata.name': 'a' });
    expect(s.toString()).toBe('metadata.name=a,spec.nodeName=n1');
    expect(s.requiresExactMatch('spec.nodeName')).toBe('n1');
    expect(fieldSelectorFromSet(undefined).empty()).toBe(true);
  });

  it('ANDs selectors', () => {
    const s = andSelectors(oneTermEqualSelector('a', '1'), oneTermNotEqualSelector('b', '2'));
    expect(s.toString()).toBe('a=1,b!=2');
    expect(s.matches((f) => ({ a: '1', b: '3' })[f])).toBe(true);
    expect(s.matches((f) => ({ a: '1', b: '2' })[f])).toBe(false);
    expect(andSelectors(everythingFields(), everythingFields()).empty()).toBe(true);
  });
});

describe('escapeValue and unescapeValue', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', 'a\\,b'],
    ['a=b', 'a\\=b'],
    ['a\\b', 'a\\\\b'],
    ['\\,=', '\\\\\\,\\='],
    ['', ''],
  ])('%j ⇄ %j', (literal, escaped) => {
    expect(escapeValue(literal)).toBe(escaped);
    expect(unescapeValue(escaped)).toEqual({ ok: true, value: literal });
  });

  it.each([
    ['a,b', 'invalid field selector: unescaped character in value: 44'],
    ['a=b', 'invalid field selector: unescaped character in value: 61'],
    ['a\\b', 'invalid field selector: invalid escape sequence: \\b'],
    ['a\\', 'invalid field selector: invalid escape sequence: \\'],
  ])('%j is rejected', (escaped, error) => {
    expect(unescapeValue(escaped)).toEqual({ ok: false, error });
  });
});
