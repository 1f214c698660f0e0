import { describe, expect, it } from 'vitest';
import { formatGoFloat, formatGoInterface } from './go-value.js';

describe('formatGoInterface', () => {
  it.each<[unknown, string]>([
    [{ b: 'x', a: { d: 1, c: [true, null] } }, 'map[a:map[c:[true <nil>] d:1] b:x]'],
    [['a', 'b'], '[a b]'],
    [1.5, '1.5'],
    [1e21, '1e+21'],
    [null, '<nil>'],
    [{}, 'map[]'],
  ])('prints %j as %s', (value, printed) => {
    expect(formatGoInterface(value)).toBe(printed);
  });
});

describe('formatGoFloat', () => {
  it.each<[number, string]>([
    [1.5, '1.5'],
    [1234567.5, '1.2345675e+06'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [123456.5, '123456.5'],
  ])('prints %d as %s', (value, printed) => {
    expect(formatGoFloat(value)).toBe(printed);
  });
});
