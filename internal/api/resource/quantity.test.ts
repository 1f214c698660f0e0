import { describe, expect, it } from 'vitest';
import { ERR_FORMAT_WRONG, ERR_NUMERIC, ERR_SUFFIX, Quantity, parseQuantity } from './quantity.js';

const q = (s: string): Quantity => Quantity.mustParse(s);

describe('parseQuantity: canonical form', () => {
  it.each([
    ['0', '0', 'DecimalSI'],
    ['0n', '0', 'DecimalSI'],
    ['0Ki', '0', 'BinarySI'],
    ['-0', '0', 'DecimalSI'],
    ['000', '0', 'DecimalSI'],
    ['1', '1', 'DecimalSI'],
    ['1n', '1n', 'DecimalSI'],
    ['1u', '1u', 'DecimalSI'],
    ['1m', '1m', 'DecimalSI'],
    ['1k', '1k', 'DecimalSI'],
    ['1M', '1M', 'DecimalSI'],
    ['1G', '1G', 'DecimalSI'],
    ['1T', '1T', 'DecimalSI'],
    ['1P', '1P', 'DecimalSI'],
    ['1E', '1E', 'DecimalSI'],
    ['1Ki', '1Ki', 'BinarySI'],
    ['1Mi', '1Mi', 'BinarySI'],
    ['1Gi', '1Gi', 'BinarySI'],
    ['1Ti', '1Ti', 'BinarySI'],
    ['1Pi', '1Pi', 'BinarySI'],
    ['1Ei', '1Ei', 'BinarySI'],
    ['500m', '500m', 'DecimalSI'],
    ['1500m', '1500m', 'DecimalSI'],
    ['1000m', '1', 'DecimalSI'],
    ['1.5', '1500m', 'DecimalSI'],
    ['0.5', '500m', 'DecimalSI'],
    ['.5', '500m', 'DecimalSI'],
    ['1000', '1k', 'DecimalSI'],
    ['1000000', '1M', 'DecimalSI'],
    ['128974848', '128974848', 'DecimalSI'],
    ['129M', '129M', 'DecimalSI'],
    ['0.1m', '100u', 'DecimalSI'],
    ['0.00001m', '10n', 'DecimalSI'],
    ['123Mi', '123Mi', 'BinarySI'],
    ['100Mi', '100Mi', 'BinarySI'],
    ['1024Mi', '1Gi', 'BinarySI'],
    ['1536Mi', '1536Mi', 'BinarySI'],
    ['1.5Gi', '1536Mi', 'BinarySI'],
    ['0.5Gi', '512Mi', 'BinarySI'],
    ['1.5Ki', '1536', 'BinarySI'],
    ['0.5Ki', '512', 'BinarySI'],
    ['1.0001Ki', '1024102400u', 'BinarySI'],
    ['0.5Mi', '512Ki', 'BinarySI'],
    ['2e3', '2e3', 'DecimalExponent'],
    ['129e6', '129e6', 'DecimalExponent'],
    ['1.5e3', '1500', 'DecimalExponent'],
    ['1e-3', '1e-3', 'DecimalExponent'],
    ['12e-2', '120e-3', 'DecimalExponent'],
    ['1e21', '1e21', 'DecimalExponent'],
    ['-1', '-1', 'DecimalSI'],
    ['-500m', '-500m', 'DecimalSI'],
    ['-1.5Gi', '-1536Mi', 'BinarySI'],
    ['+1.5', '1500m', 'DecimalSI'],
    ['-', '0', 'DecimalSI'],
    ['.', '0', 'DecimalSI'],
  ])('%j → %j (%s)', (input, canonical, format) => {
    const r = parseQuantity(input);
    expect(r.ok && r.quantity.toString()).toBe(canonical);
    expect(r.ok && r.quantity.format).toBe(format);
  });

  // Kubernetes' parser keeps a string its int64 fast path judges canonical and prints it as typed,
  // so the sign, skipped leading zeros, a point, the exponent's spelling survive.
  it.each([
    ['+1', 'DecimalSI'],
    ['01', 'DecimalSI'],
    ['-01', 'DecimalSI'],
    ['0100', 'DecimalSI'],
    ['1.', 'DecimalSI'],
    ['1.500', 'DecimalSI'],
    ['1.001', 'DecimalSI'],
    ['100.035k', 'DecimalSI'],
    ['+100m', 'DecimalSI'],
    ['1E3', 'DecimalExponent'],
    ['1e+3', 'DecimalExponent'],
    ['1e03', 'DecimalExponent'],
    ['1e0', 'DecimalExponent'],
    ['+1Ki', 'BinarySI'],
    ['0001Mi', 'BinarySI'],
    ['99999999999Ki', 'BinarySI'],
  ])('keeps %j as typed (%s), as Kubernetes does', (input, format) => {
    expect(q(input).toString()).toBe(input);
    expect(q(input).format).toBe(format);
  });

  it.each([
    ['1.0', '1'],
    ['01000', '1k'],
    ['0.100', '100m'],
    ['1.5', '1500m'],
    ['1.0000', '1'],
    ['+1.5k', '1500'],
    ['+8Ki', '8Ki'],
    ['+1024Ki', '1Mi'],
    ['999999999999Ki', '999999999999Ki'],
    ['+1Pi', '1Pi'],
    ['1234567890123456789', '1234567890123456789'],
    ['+1234567890123456789', '1234567890123456789'],
    ['+1e-12', '1e-9'],
  ])('prints %j canonically, where Kubernetes does not keep it: %j', (input, canonical) => {
    expect(q(input).toString()).toBe(canonical);
  });

  it.each([
    ['0.1n', '1n'],
    ['1e-10', '1e-9'],
    ['-0.1n', '-1n'],
    ['1.0000000001', '1000000001n'],
    ['0.0000000000000000000000000001', '1n'],
  ])('rounds %j up to the nano, away from zero: %j', (input, canonical) => {
    expect(q(input).toString()).toBe(canonical);
  });

  it('caps BinarySI at the int64 maximum, as Kubernetes does', () => {
    expect(q('8Ei').toString()).toBe('9223372036854775807');
    expect(q('-8Ei').toString()).toBe('-9223372036854775807');
  });

  it('keeps decimal amounts beyond int64 exact', () => {
    expect(q('10E').toString()).toBe('10E');
    expect(q('1000E').toString()).toBe('1000E');
    expect(q('123456789012345678901234').toString()).toBe('123456789012345678901234');
  });

  it('serializes to JSON as its canonical string', () => {
    expect(JSON.stringify({ cpu: q('1.5') })).toBe('{"cpu":"1500m"}');
  });
});

describe('parseQuantity: white space around the string', () => {
  it.each([
    [' 1', '1'],
    ['1 ', '1'],
    [' 1Gi ', '1Gi'],
    ['\t500m\n', '500m'],
    ['\u00a01.5Gi\u0085', '1536Mi'],
    ['\u30002e3\u2029', '2e3'],
  ])('reads %j as Kubernetes decodes it from JSON: %s', (input, canonical) => {
    const r = parseQuantity(input);
    expect(r.ok && r.quantity.toString()).toBe(canonical);
  });
});

describe('Quantity.roundUp', () => {
  it.each([
    ['0.0001', -3, '1m'],
    ['1n', -3, '1m'],
    ['-1n', -3, '-1m'],
    ['-0.0001', -3, '-1m'],
    ['5u', -3, '1m'],
    ['1500u', -3, '2m'],
    ['1.0011', -3, '1002m'],
    ['1.5', -3, '1500m'],
    ['100m', -3, '100m'],
    ['+100m', -3, '+100m'],
    ['1.001', -3, '1.001'],
    ['1e-3', -3, '1e-3'],
    ['1e-4', -3, '1e-3'],
    ['0.5Gi', -3, '512Mi'],
    ['1.0001Ki', -3, '1024103m'],
    ['0.0000001Ki', -3, '1m'],
    ['0', -3, '0'],
    ['10E', -3, '10E'],
    ['123456789012345678901.0001', -3, '123456789012345678901001m'],
    ['1500m', 0, '2'],
    ['-9', 1, '-10'],
    ['+1500m', 0, '2'],
  ])('%j rounded up to 10^%d is %j', (input, scale, want) => {
    expect(q(input).roundUp(scale).toString()).toBe(want);
  });

  it('returns the same quantity when nothing changes', () => {
    const exact = q('128Mi');
    expect(exact.roundUp(-3)).toBe(exact);
    const typed = q('+100m');
    expect(typed.roundUp(-3)).toBe(typed);
  });

  it('keeps the format when rounding, as Kubernetes does', () => {
    expect(q('1.5e-4').roundUp(-3).format).toBe('DecimalExponent');
    expect(q('1.5e-4').roundUp(-3).toString()).toBe('1e-3');
  });
});

describe('parseQuantity: errors', () => {
  it('quotes the regular expression in its format error', () => {
    expect(ERR_FORMAT_WRONG).toBe(
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    );
  });

  it.each([
    ['', ERR_FORMAT_WRONG],
    ['a', ERR_FORMAT_WRONG],
    ['   ', ERR_FORMAT_WRONG],
    ['1 Gi', ERR_FORMAT_WRONG],
    ['\ufeff1Gi', ERR_FORMAT_WRONG],
    ['1.2.3', ERR_FORMAT_WRONG],
    ['1e1e1', ERR_FORMAT_WRONG],
    ['1e3.5', ERR_FORMAT_WRONG],
    ['1Mib', ERR_FORMAT_WRONG],
    ['--1', ERR_SUFFIX],
    ['1i', ERR_SUFFIX],
    ['1e', ERR_SUFFIX],
    ['1e+', ERR_SUFFIX],
    ['1K', ERR_SUFFIX],
    ['1Kii', ERR_SUFFIX],
    ['1mi', ERR_SUFFIX],
    ['1m3', ERR_SUFFIX],
    ['1e100000', ERR_NUMERIC],
    ['1e9223372036854775808', ERR_SUFFIX],
  ])('%j: %s', (input, error) => {
    expect(parseQuantity(input)).toEqual({ ok: false, error });
  });

  it('throws from mustParse, for constants only', () => {
    expect(() => Quantity.mustParse('1i')).toThrow("cannot parse '1i': unable to parse quantity's suffix");
  });
});

describe('Quantity values', () => {
  it.each([
    ['1500m', 2, 1500],
    ['1.5Gi', 1610612736, 1610612736000],
    ['100m', 1, 100],
    ['1n', 1, 1],
    ['0', 0, 0],
    ['-1500m', -2, -1500],
    ['-1n', -1, -1],
    ['2', 2, 2000],
    ['128974848', 128974848, 128974848000],
  ])('%j: value %d, milliValue %d', (input, value, milli) => {
    expect(q(input).value()).toBe(value);
    expect(q(input).milliValue()).toBe(milli);
  });

  it('gives exact scaled values as bigints', () => {
    expect(q('8Ei').scaledValue(0)).toBe(2n ** 63n - 1n);
    expect(q('1.5').scaledValue(-9)).toBe(1_500_000_000n);
    expect(q('1500').scaledValue(3)).toBe(2n);
  });
});

describe('Quantity arithmetic and comparison', () => {
  it.each([
    ['1Gi', '1073741824', 0],
    ['1k', '999', 1],
    ['500m', '0.5', 0],
    ['-1', '0', -1],
    ['1Ki', '1k', 1],
  ])('cmp(%j, %j) = %d', (a, b, want) => {
    expect(q(a).cmp(q(b))).toBe(want);
    expect(q(a).equal(q(b))).toBe(want === 0);
  });

  it.each([
    ['1Gi', '512Mi', '1536Mi'],
    ['100m', '900m', '1'],
    ['0', '1Ki', '1Ki'],
    ['1', '1Ki', '1025'],
    ['0.1', '0.2', '300m'],
    ['1e3', '1e3', '2e3'],
  ])('%j + %j = %j', (a, b, want) => {
    expect(q(a).add(q(b)).toString()).toBe(want);
  });

  it('subtracts and negates without touching the operands', () => {
    const a = q('1');
    expect(a.sub(q('250m')).toString()).toBe('750m');
    expect(a.sub(q('1')).isZero()).toBe(true);
    expect(a.neg().toString()).toBe('-1');
    expect(a.toString()).toBe('1');
    expect(q('-2').sign()).toBe(-1);
  });

  it('builds quantities from integers', () => {
    expect(Quantity.of(5).toString()).toBe('5');
    expect(Quantity.of(1000).toString()).toBe('1k');
    expect(Quantity.of(1024, 'BinarySI').toString()).toBe('1Ki');
    expect(Quantity.ofMilli(1500).toString()).toBe('1500m');
    expect(Quantity.ofMilli(1000).toString()).toBe('1');
    expect(Quantity.of(2n ** 70n, 'DecimalExponent').toString()).toBe(`${2n ** 70n}`);
    expect(() => Quantity.of(0.5)).toThrow(RangeError);
  });
});
