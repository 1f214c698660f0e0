import { describe, expect, it } from 'vitest';
import { FieldPath } from '../validation/index.js';
import { type LabelSelector, labelSelectorAsSelector, validateLabelSelector } from './label-selector.js';
import { newRequirement } from './requirement.js';

const QUALIFIED_NAME_MSG =
  "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";
const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

describe('labelSelectorAsSelector', () => {
  it('selects nothing for an absent selector and everything for an empty one', () => {
    const absent = labelSelectorAsSelector(undefined);
    const empty = labelSelectorAsSelector({});
    expect(absent.ok && absent.selector.matches({ a: 'b' })).toBe(false);
    expect(empty.ok && empty.selector.matches({ a: 'b' })).toBe(true);
    const emptyLists = labelSelectorAsSelector({ matchLabels: {}, matchExpressions: [] });
    expect(emptyLists.ok && emptyLists.selector.empty()).toBe(true);
  });

  it.each<[LabelSelector, string]>([
    [{ matchLabels: { b: '2', a: '1' } }, 'a=1,b=2'],
    [{ matchExpressions: [{ key: 'tier', operator: 'In', values: ['b', 'a'] }] }, 'tier in (a,b)'],
    [{ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['a'] }] }, 'tier notin (a)'],
    [{ matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, 'tier'],
    [{ matchExpressions: [{ key: 'tier', operator: 'DoesNotExist', values: [] }] }, '!tier'],
    [
      { matchLabels: { z: '1' }, matchExpressions: [{ key: 'a', operator: 'Exists' }] },
      'a,z=1',
    ],
  ])('%j → %s', (ps, want) => {
    const r = labelSelectorAsSelector(ps);
    expect(r.ok ? r.selector.toString() : r.error).toBe(want);
  });

  it.each<[LabelSelector, string]>([
    [{ matchExpressions: [{ key: 'a', operator: 'Foo' }] }, '"Foo" is not a valid label selector operator'],
    [{ matchExpressions: [{ key: 'a', operator: 'in', values: ['x'] }] }, '"in" is not a valid label selector operator'],
    [{ matchExpressions: [{ key: 'a' }] }, '"" is not a valid label selector operator'],
    [
      { matchExpressions: [{ key: 'a', operator: 'In' }] },
      "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty",
    ],
    [
      { matchExpressions: [{ key: 'a', operator: 'NotIn', values: [] }] },
      "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty",
    ],
    [
      { matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x'] }] },
      'values: Invalid value: []string{"x"}: values set must be empty for exists and does not exist',
    ],
    [{ matchExpressions: [{ key: 'a/b/c', operator: 'Exists' }] }, `key: Invalid value: "a/b/c": ${QUALIFIED_NAME_MSG}`],
    [
      { matchExpressions: [{ key: 'a/b/c', operator: 'In' }] },
      `[key: Invalid value: "a/b/c": ${QUALIFIED_NAME_MSG}, values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty]`,
    ],
    [{ matchLabels: { a: '-x' } }, `values[0][a]: Invalid value: "-x": ${LABEL_VALUE_MSG}`],
  ])('%j fails: %s', (ps, want) => {
    const r = labelSelectorAsSelector(ps);
    expect(r.ok ? `ok: ${r.selector.toString()}` : r.error).toBe(want);
  });
});

describe('validateLabelSelector', () => {
  const path = FieldPath.root('spec', 'selector');
  it.each<[LabelSelector | undefined, string[]]>([
    [undefined, []],
    [{ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['a'] }] }, []],
    [
      { matchExpressions: [{ key: 'a', operator: 'In' }] },
      ["spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'"],
    ],
    [
      { matchExpressions: [{ key: 'a', operator: 'Exists' }, { key: 'b', operator: 'DoesNotExist', values: ['x'] }] },
      [
        "spec.selector.matchExpressions[1].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
      ],
    ],
    [
      { matchExpressions: [{ key: 'a', operator: 'Foo' }] },
      ['spec.selector.matchExpressions[0].operator: Invalid value: "Foo": not a valid selector operator'],
    ],
    [
      { matchExpressions: [{ key: 'a', operator: 'In', values: ['-x'] }] },
      [`spec.selector.matchExpressions[0].values[0]: Invalid value: "-x": ${LABEL_VALUE_MSG}`],
    ],
    [
      { matchExpressions: [{ key: 'a/b/c', operator: 'Exists' }] },
      [`spec.selector.matchExpressions[0].key: Invalid value: "a/b/c": ${QUALIFIED_NAME_MSG}`],
    ],
    [{ matchLabels: { a: '-x' } }, [`spec.selector.matchLabels: Invalid value: "-x": ${LABEL_VALUE_MSG}`]],
  ])('%j', (ps, want) => {
    expect(validateLabelSelector(ps, path).map(String)).toEqual(want);
  });
});

describe('newRequirement', () => {
  it.each([
    [
      'a',
      '~',
      ['x'],
      'operator: Unsupported value: "~": supported values: "in", "notin", "=", "==", "!=", "gt", "lt", "exists", "!"',
    ],
    ['a', '=', ['x', 'y'], 'values: Invalid value: []string{"x", "y"}: exact-match compatibility requires one single value'],
    ['a', 'in', [], "values: Invalid value: []string{}: for 'in', 'notin' operators, values set can't be empty"],
    [
      'a',
      'gt',
      ['1', '2'],
      `values: Invalid value: []string{"1", "2"}: for 'Gt', 'Lt' operators, exactly one value is required`,
    ],
    ['a', 'lt', ['99999999999999999999'], `values[0]: Invalid value: "99999999999999999999": for 'Gt', 'Lt' operators, the value must be an integer`],
  ])('%j %j %j fails', (key, op, values, want) => {
    const r = newRequirement(key, op, values);
    expect(r.ok ? 'ok' : r.error).toBe(want);
  });

  it('keeps the values in the order given but prints them sorted', () => {
    const r = newRequirement('a', 'in', ['b', 'a']);
    expect(r.ok && r.requirement.values).toEqual(['b', 'a']);
    expect(r.ok && r.requirement.toString()).toBe('a in (a,b)');
  });
});
