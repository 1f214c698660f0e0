import { describe, expect, it } from 'vitest';
import { FieldError } from './field-error.js';
import { FieldPath } from './field-path.js';
import { GO_INT_OR_STRING, GO_OWNER_REFERENCES } from './go-meta-types.js';
import { GO_ADDRESS_PATTERN, GO_BOOL, GO_BYTES, GO_INT, GO_STRING, formatGoSyntax, goField, goMap, goPointer, goSlice, goStruct, goValue } from './go-syntax.js';
import { formatGoUntyped } from './go-value.js';

const GO_POINT = goStruct('geo.Point', [goField('X', GO_INT), goField('Label', GO_STRING), goField('Next', goPointer('geo.Point')), goField('Tags', goSlice('[]string', GO_STRING))]);

describe('formatGoSyntax prints as Go\'s %#v', () => {
  it.each<[string, Parameters<typeof formatGoSyntax>[0], unknown, string]>([
    ['a string', GO_STRING, 'a"b\n', '"a\\"b\\n"'],
    ['an absent string as its zero value', GO_STRING, undefined, '""'],
    ['an int', GO_INT, -3, '-3'],
    ['an absent int as 0', GO_INT, undefined, '0'],
    ['a bool', GO_BOOL, true, 'true'],
    ['bytes as hex without padding', GO_BYTES, '{\n}', '[]uint8{0x7b, 0xa, 0x7d}'],
    ['a nil pointer', goPointer('int32'), undefined, '(*int32)(nil)'],
    ['a nil slice', goSlice('[]int32', GO_INT), undefined, '[]int32(nil)'],
    ['a slice', goSlice('[]int32', GO_INT), [3, 2], '[]int32{3, 2}'],
    ['a nil map', goMap('map[string]string', GO_STRING), undefined, 'map[string]string(nil)'],
    ['a map, keys sorted', goMap('map[string]string', GO_STRING), { b: '2', a: '1' }, 'map[string]string{"a":"1", "b":"2"}'],
    ['a struct, fields in declaration order', GO_POINT, { label: 'p', x: 1 }, 'geo.Point{X:1, Label:"p", Next:(*geo.Point)(nil), Tags:[]string(nil)}'],
    ['an int-or-string holding an int', GO_INT_OR_STRING, { intVal: 5 }, 'intstr.IntOrString{Type:0, IntVal:5, StrVal:""}'],
    ['an int-or-string holding a string', GO_INT_OR_STRING, { strVal: '25%' }, 'intstr.IntOrString{Type:1, IntVal:0, StrVal:"25%"}'],
  ])('%s', (_name, type, value, printed) => {
    expect(formatGoSyntax(type, value)).toBe(printed);
  });

  it('prints a set pointer as an address, a distinct one for every pointer, the same every time', () => {
    const type = goSlice('[]*int32', goPointer('int32'));
    const printed = formatGoSyntax(type, [1, 2]);
    expect(printed).toBe('[]*int32{(*int32)(0xc000010010), (*int32)(0xc000010020)}');
    expect(printed.match(GO_ADDRESS_PATTERN)).toHaveLength(2);
    expect(formatGoSyntax(type, [1, 2])).toBe(printed);
  });

  it('prints an owner reference list with its pointers', () => {
    const refs = [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid: 'u1', controller: true }];
    expect(formatGoSyntax(GO_OWNER_REFERENCES, refs).replace(GO_ADDRESS_PATTERN, '0x…')).toBe(
      '[]v1.OwnerReference{v1.OwnerReference{APIVersion:"apps/v1", Kind:"ReplicaSet", Name:"web", UID:"u1", Controller:(*bool)(0x…), BlockOwnerDeletion:(*bool)(nil)}}',
    );
  });
});

describe('goValue, a bad value of a Go type', () => {
  const path = FieldPath.root('spec', 'point');

  it('prints the struct unquoted in the message', () => {
    expect(String(FieldError.invalid(path, goValue(GO_POINT, { x: 2 }), 'x'))).toBe(
      'spec.point: Invalid value: geo.Point{X:2, Label:"", Next:(*geo.Point)(nil), Tags:[]string(nil)}: x',
    );
  });

  it('prints an absent value, a nil pointer Kubernetes follows, as null', () => {
    expect(String(FieldError.invalid(path, goValue(GO_POINT, undefined), 'x'))).toBe('spec.point: Invalid value: null: x');
  });
});

describe('formatGoUntyped, a value of no known Go type', () => {
  it.each<[unknown, string]>([
    [{ b: [1, 'x', true, null], a: 1.5 }, 'map[string]interface {}{"a":1.5, "b":[]interface {}{1, "x", true, interface {}(nil)}}'],
    [{}, 'map[string]interface {}{}'],
    [[], '[]interface {}{}'],
  ])('prints %j as %s', (value, printed) => {
    expect(formatGoUntyped(value)).toBe(printed);
  });
});
