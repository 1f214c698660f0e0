import { describe, expect, it } from 'vitest';
import { interpretSuffix } from './suffix.js';

describe('interpretSuffix', () => {
  it.each([
    ['', { base: 10, exponent: 0, format: 'DecimalSI' }],
    ['n', { base: 10, exponent: -9, format: 'DecimalSI' }],
    ['m', { base: 10, exponent: -3, format: 'DecimalSI' }],
    ['k', { base: 10, exponent: 3, format: 'DecimalSI' }],
    ['E', { base: 10, exponent: 18, format: 'DecimalSI' }],
    ['Ki', { base: 2, exponent: 10, format: 'BinarySI' }],
    ['Ei', { base: 2, exponent: 60, format: 'BinarySI' }],
    ['e3', { base: 10, exponent: 3, format: 'DecimalExponent' }],
    ['E-3', { base: 10, exponent: -3, format: 'DecimalExponent' }],
    ['e+03', { base: 10, exponent: 3, format: 'DecimalExponent' }],
    ['e', undefined],
    ['K', undefined],
    ['mi', undefined],
    ['e+', undefined],
  ])('%j', (suffix, want) => {
    expect(interpretSuffix(suffix)).toEqual(want);
  });
});

describe('interpretSuffix: exponents as Kubernetes reads them', () => {
  it.each([
    ['e9223372036854775807', -1],
    ['e4294967299', 3],
    ['e-2147483649', 2147483647],
  ])('%j wraps to the int32 exponent %d', (suffix, exponent) => {
    expect(interpretSuffix(suffix)?.exponent).toBe(exponent);
  });

  it('refuses an exponent beyond int64, as strconv.ParseInt does', () => {
    expect(interpretSuffix('e9223372036854775808')).toBeUndefined();
  });
});
