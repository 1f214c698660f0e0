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
