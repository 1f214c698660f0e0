import { describe, expect, it } from 'vitest';
import { FieldPath } from '../validation/index.js';
import { parseSelector } from './parse-selector.js';

const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const QUALIFIED_NAME_MSG =
  "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";

function canonical(s: string): string {
  const r = parseSelector(s);
  if (!r.ok) throw new Error(r.error);
  return r.selector.toString();
}

function parseError(s: string): string {
  const r = parseSelector(s);
  return r.ok ? `parsed as ${r.selector.toString()}` : r.error;
}

describe('parseSelector: valid selectors and their canonical form', () => {
  it.each([
    ['', ''],
    ['x=a', 'x=a'],
    ['x==a', 'x==a'],
    ['x!=a', 'x!=a'],
    ['x', 'x'],
    ['!x', '!x'],
    ['x in (b,a)', 'x in (a,b)'],
    ['x in (a,a)', 'x in (a)'],
    ['x notin (a)', 'x notin (a)'],
    ['x in(a),y notin(b)', 'x in (a),y notin (b)'],
    ['b=2,a=1', 'a=1,b=2'],
    [' x = a , y ', 'x=a,y'],
    ['x=a\t,\ny\r', 'x=a,y'],
    ['x=', 'x='],
    ['x=,y', 'x=,y'],
    ['x in (foo,,baz),y,z notin ()', 'x in (,baz,foo),y,z notin ()'],
    ['x in (,a)', 'x in (,a)'],
    ['x in (a,)', 'x in (,a)'],
    ['in in (in)', 'in in (in)'],
    ['notin notin (notin,in)', 'notin notin (in,notin)'],
    ['x>1', 'x>1'],
    ['x<10', 'x<10'],
    ['example.com/app=web,app.kubernetes.io/name=web', 'app.kubernetes.io/name=web,example.com/app=web'],
    ['a=1,a!=2', 'a=1,a!=2'],
  ])('%j → %j', (input, want) => {
    expect(canonical(input)).toBe(want);
  });

  it('reparses its own output to the same selector', () => {
    const once = canonical('z notin (c,b), a in (y,x), !m, k==v');
    expect(canonical(once)).toBe(once);
  });
});

describe('parseSelector: errors as Kubernetes words them', () => {
  it.each([
    [',x', "found ',', expected: !, identifier, or 'end of string'"],
    ['=a', "found '=', expected: !, identifier, or 'end of string'"],
    ['x,', "found '', expected: identifier after ','"],
    ['x,,y', "found ',', expected: identifier after ','"],
    ['x=a b', "found 'b', expected: ',' or 'end of string'"],
    ['x=a=b', "found '=', expected: ',' or 'end of string'"],
    ['!x=a', "found '=', expected: ',' or 'end of string'"],
    ['!', "unable to parse requirement: found '', expected: identifier"],
    ['x (a)', "unable to parse requirement: found '(', expected: in, notin, =, ==, !=, gt, lt"],
    ['x !! a', "unable to parse requirement: found '!', expected: in, notin, =, ==, !=, gt, lt"],
    ['x in a', "unable to parse requirement: found 'a' expected: '('"],
    ['x in', "unable to parse requirement: found '' expected: '('"],
    ['x in (a', "unable to parse requirement: found '', expected: ',' or ')'"],
    ['x in (a b)', "unable to parse requirement: found 'b', expected: ',' or ')'"],
    ['x in (=)', "unable to parse requirement: found '=', expected: ',', ')' or identifier"],
    ['x in (a,=)', "unable to parse requirement: found '=', expected: ',', or identifier"],
    ['x=(a)', "unable to parse requirement: found '(', expected: identifier"],
    ['a/b/c=x', `unable to parse requirement: <nil>: Invalid value: "a/b/c": ${QUALIFIED_NAME_MSG}`],
    ['x=-a', `unable to parse requirement: values[0][x]: Invalid value: "-a": ${LABEL_VALUE_MSG}`],
    ['x in (b,-a)', `unable to parse requirement: values[0][x]: Invalid value: "-a": ${LABEL_VALUE_MSG}`],
    ['x>a', `unable to parse requirement: values[0]: Invalid value: "a": for 'Gt', 'Lt' operators, the value must be an integer`],
    [
      `x=${'a'.repeat(64)}`,
      `unable to parse requirement: values[0][x]: Invalid value: "${'a'.repeat(64)}": must be no more than 63 characters`,
    ],
  ])('%j', (input, want) => {
    expect(parseError(input)).toBe(want);
  });

  it('prefixes error fields with the given path', () => {
    const r = parseSelector('a/b/c', FieldPath.root('labelSelector'));
    expect(r.ok ? '' : r.error).toBe(`unable to parse requirement: labelSelector: Invalid value: "a/b/c": ${QUALIFIED_NAME_MSG}`);
  });
});
