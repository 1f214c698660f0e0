import { describe, expect, it } from 'vitest';
import { type FieldSelector } from './field-selector.js';
import { parseAndTransformFieldSelector, parseFieldSelector } from './parse-field-selector.js';

function sel(s: string): FieldSelector {
  const r = parseFieldSelector(s);
  if (!r.ok) throw new Error(r.error);
  return r.selector;
}

describe('parseFieldSelector: valid selectors', () => {
  it.each([
    ['', '', []],
    ['spec.nodeName=n1', 'spec.nodeName=n1', [['spec.nodeName', '=', 'n1']]],
    ['spec.nodeName==n1', 'spec.nodeName=n1', [['spec.nodeName', '=', 'n1']]],
    ['status.phase!=Succeeded', 'status.phase!=Succeeded', [['status.phase', '!=', 'Succeeded']]],
    ['spec.nodeName=', 'spec.nodeName=', [['spec.nodeName', '=', '']]],
    [
      'status.phase!=Failed,metadata.name=a',
      'metadata.name=a,status.phase!=Failed',
      [
        ['metadata.name', '=', 'a'],
        ['status.phase', '!=', 'Failed'],
      ],
    ],
    ['a=b,,', 'a=b', [['a', '=', 'b']]],
    ['a=x\\,y', 'a=x\\,y', [['a', '=', 'x,y']]],
    ['a=x\\=y', 'a=x\\=y', [['a', '=', 'x=y']]],
    ['a=x\\\\y', 'a=x\\\\y', [['a', '=', 'x\\y']]],
    ['a==\\=b', 'a=\\=b', [['a', '=', '=b']]],
    [' a = b ', ' a = b ', [[' a ', '=', ' b ']]],
    ['involvedObject.name=web-1', 'involvedObject.name=web-1', [['involvedObject.name', '=', 'web-1']]],
  ])('%j → %j', (input, canonical, reqs) => {
    const s = sel(input);
    expect(s.toString()).toBe(canonical);
    expect(s.requirements().map((r) => [r.field, r.operator, r.value])).toEqual(reqs);
  });

  it('reparses its own output to the same selector', () => {
    const once = sel('b=x\\,y,a!=p\\=q').toString();
    expect(sel(once).toString()).toBe(once);
  });
});

describe('parseFieldSelector: errors as Kubernetes words them', () => {
  it.each([
    ['a', "invalid selector: 'a'; can't understand 'a'"],
    ['a=b,c', "invalid selector: 'a=b,c'; can't understand 'c'"],
    ['a===b', 'invalid field selector: unescaped character in value: 61'],
    ['a!==b', 'invalid field selector: unescaped character in value: 61'],
    ['a=b=c', 'invalid field selector: unescaped character in value: 61'],
    ['a=b\\c', 'invalid field selector: invalid escape sequence: \\c'],
    ['a=b\\', 'invalid field selector: invalid escape sequence: \\'],
  ])('%j', (input, want) => {
    const r = parseFieldSelector(input);
    expect(r.ok ? `parsed as ${r.selector.toString()}` : r.error).toBe(want);
  });
});

describe('FieldSelector.matches', () => {
  const pod: Record<string, string> = { 'metadata.name': 'web', 'spec.nodeName': 'n1', 'status.phase': 'Running' };
  const get = (f: string): string | undefined => pod[f];
  it.each([
    ['', true],
    ['spec.nodeName=n1', true],
    ['spec.nodeName=n2', false],
    ['status.phase!=Succeeded', true],
    ['status.phase!=Running', false],
    ['spec.nodeName=n1,status.phase!=Succeeded', true],
    ['spec.nodeName=n1,status.phase=Pending', false],
    ['spec.schedulerName=', true],
    ['spec.schedulerName!=', false],
  ])('%j is %s', (selector, want) => {
    expect(sel(selector).matches(get)).toBe(want);
  });
});

describe('FieldSelector.requiresExactMatch', () => {
  it.each([
    ['spec.nodeName=n1', 'n1'],
    ['spec.nodeName==n1', 'n1'],
    ['spec.nodeName=', ''],
    ['spec.nodeName!=n1', undefined],
    ['metadata.name=a,spec.nodeName=n1', 'n1'],
    ['metadata.name=a', undefined],
    ['', undefined],
  ])('%j pins spec.nodeName to %j', (selector, want) => {
    expect(sel(selector).requiresExactMatch('spec.nodeName')).toBe(want);
  });
});

describe('parseAndTransformFieldSelector', () => {
  it('rewrites fields and drops terms rewritten to nothing', () => {
    const r = parseAndTransformFieldSelector('name=a,legacy=x', (field, value) =>
      field === 'legacy' ? { field: '', value: '' } : { field: `metadata.${field}`, value },
    );
    expect(r.ok ? r.selector.toString() : r.error).toBe('metadata.name=a');
  });

  it('reports the transform’s error', () => {
    const r = parseAndTransformFieldSelector('spec.unknown=a', (field) => ({
      error: `field label not supported: ${field}`,
    }));
    expect(r.ok ? 'ok' : r.error).toBe('field label not supported: spec.unknown');
  });
});
