import { describe, expect, it } from 'vitest';
import { parseSelector } from './parse-selector.js';
import { Requirement } from './requirement.js';
import { type Selector, everything, nothing, selectorFromSet, validatedSelectorFromSet } from './selector.js';

function sel(s: string): Selector {
  const r = parseSelector(s);
  if (!r.ok) throw new Error(r.error);
  return r.selector;
}

describe('Selector.matches', () => {
  const web = { app: 'web', tier: 'frontend', replicas: '3' };
  it.each<[string, Record<string, string> | undefined, boolean]>([
    ['', web, true],
    ['', undefined, true],
    ['app=web', web, true],
    ['app==web', web, true],
    ['app=db', web, false],
    ['app=web', undefined, false],
    ['app!=db', web, true],
    ['app!=web', web, false],
    ['missing!=x', web, true],
    ['app in (db,web)', web, true],
    ['app in (db)', web, false],
    ['missing in (x)', web, false],
    ['app notin (db)', web, true],
    ['app notin (web)', web, false],
    ['missing notin (x)', web, true],
    ['app', web, true],
    ['missing', web, false],
    ['!missing', web, true],
    ['!app', web, false],
    ['!app', undefined, true],
    ['app=web,tier=frontend', web, true],
    ['app=web,tier=backend', web, false],
    ['replicas>2', web, true],
    ['replicas>3', web, false],
    ['replicas<4', web, true],
    ['app>1', web, false],
    ['missing<1', web, false],
    ['x=', { x: '' }, true],
    ['x=', {}, false],
    ['x in (,a)', { x: '' }, true],
    ['toString=x', {}, false],
    ['constructor', {}, false],
  ])('%j on %j is %s', (selector, labels, want) => {
    expect(sel(selector).matches(labels)).toBe(want);
  });
});

describe('Selector introspection', () => {
  it('reports emptiness', () => {
    expect(everything().empty()).toBe(true);
    expect(sel('').empty()).toBe(true);
    expect(sel('a').empty()).toBe(false);
    expect(nothing().empty()).toBe(false);
  });

  it('nothing() matches nothing and has no requirements', () => {
    expect(nothing().matches({})).toBe(false);
    expect(nothing().matches(undefined)).toBe(false);
    expect(nothing().toString()).toBe('');
    expect(nothing().requirements()).toBeUndefined();
    expect(nothing().add(new Requirement('a', 'exists', []))).toBe(nothing());
  });

  it('lists requirements sorted by key', () => {
    const reqs = sel('z=1,a in (y,x),!m').requirements() ?? [];
    expect(reqs.map((r) => [r.key, r.operator, r.values])).toEqual([
      ['a', 'in', ['x', 'y']],
      ['m', '!', []],
      ['z', '=', ['1']],
    ]);
  });

  it.each([
    ['a=b', 'a', 'b'],
    ['a==b', 'a', 'b'],
    ['a in (b)', 'a', 'b'],
    ['a in (b,c)', 'a', undefined],
    ['a!=b', 'a', undefined],
    ['a', 'a', undefined],
    ['x=1,a=b', 'a', 'b'],
    ['x=1', 'a', undefined],
    ['a!=c,a=b', 'a', undefined],
  ])('%j requires %j to be %j', (selector, key, want) => {
    expect(sel(selector).requiresExactMatch(key)).toBe(want);
  });

  it('adds requirements in key order without changing the original', () => {
    const base = sel('m=1');
    const more = base.add(new Requirement('a', 'exists', []), new Requirement('z', '!', []));
    expect(more.toString()).toBe('a,m=1,!z');
    expect(base.toString()).toBe('m=1');
  });
});

describe('selectorFromSet', () => {
  it('selects exactly the set, keys sorted', () => {
    const s = selectorFromSet({ b: '2', a: '1' });
    expect(s.toString()).toBe('a=1,b=2');
    expect(s.matches({ a: '1', b: '2', c: '3' })).toBe(true);
    expect(s.matches({ a: '1' })).toBe(false);
    expect(s.requiresExactMatch('b')).toBe('2');
  });

  it('treats an empty or absent set as everything', () => {
    expect(selectorFromSet({}).empty()).toBe(true);
    expect(selectorFromSet(undefined).matches(undefined)).toBe(true);
  });

  it('validates on request', () => {
    expect(validatedSelectorFromSet({ a: 'b' })).toMatchObject({ ok: true });
    const bad = validatedSelectorFromSet({ a: 'b c' });
    expect(bad.ok ? '' : bad.error).toMatch(/^values\[0\]\[a\]: Invalid value: "b c": a valid label must be/);
  });
});
