/**
 * Quantity suffixes: what `m`, `Ki`, `e3` mean (base, exponent and the format family they belong
 * to) and which suffix prints a given power, as Kubernetes' resource suffixer defines them.
 */

/** The three ways a quantity is written; a quantity keeps the family it was parsed in. */
export type QuantityFormat = 'DecimalExponent' | 'BinarySI' | 'DecimalSI';

/** A suffix's meaning: the value is multiplied by base^exponent. */
export interface SuffixMeaning {
  readonly base: 2 | 10;
  readonly exponent: number;
  readonly format: QuantityFormat;
}

const DECIMAL_SI: ReadonlyArray<readonly [string, number]> = [
  ['n', -9],
  ['u', -6],
  ['m', -3],
  ['', 0],
  ['k', 3],
  ['M', 6],
  ['G', 9],
  ['T', 12],
  ['P', 15],
  ['E', 18],
];

const BINARY_SI: ReadonlyArray<readonly [string, number]> = [
  ['Ki', 10],
  ['Mi', 20],
  ['Gi', 30],
  ['Ti', 40],
  ['Pi', 50],
  ['Ei', 60],
];

/** The largest decimal exponent a suffix names (`E`, 10^18). */
export const MAX_DECIMAL_SI_EXPONENT = 18;
/** The largest power of 1024 a suffix names (`Ei`, 1024^6). */
export const MAX_BINARY_SI_POWER = 6;

/** The meaning of a suffix, or undefined when Kubernetes does not know it. */
export function interpretSuffix(suffix: string): SuffixMeaning | undefined {
  const dec = DECIMAL_SI.find(([s]) => s === suffix);
  if (dec) return { base: 10, exponent: dec[1], format: 'DecimalSI' };
  const bin = BINARY_SI.find(([s]) => s === suffix);
  if (bin) return { base: 2, exponent: bin[1], format: 'BinarySI' };
  if (suffix.length > 1 && (suffix[0] === 'e' || suffix[0] === 'E')) {
    // Go's strconv.ParseInt: an optional sign and decimal digits, within int64.
    if (!/^[+-]?[0-9]+$/.test(suffix.slice(1))) return undefined;
    const exponent = BigInt(suffix.slice(1));
    if (BigInt.asIntN(64, exponent) !== exponent) return undefined;
    // Kubernetes keeps the exponent as an int32, wrapping a larger one.
    return { base: 10, exponent: Number(BigInt.asIntN(32, exponent)), format: 'DecimalExponent' };
  }
  return undefined;
}

/** The DecimalSI suffix for a power of ten that is a multiple of 3 in [-9, 18]. */
export function decimalSISuffix(exponent: number): string {
  const entry = DECIMAL_SI.find(([, e]) => e === exponent);
  if (entry === undefined) throw new Error(`no DecimalSI suffix for 10^${exponent}`);
  return entry[0];
}

/** The BinarySI suffix for a power of 1024 in [0, 6] (`''`, `Ki`, ... `Ei`). */
export function binarySISuffix(power: number): string {
  if (power === 0) return '';
  const entry = BINARY_SI.find(([, e]) => e === power * 10);
  if (entry === undefined) throw new Error(`no BinarySI suffix for 1024^${power}`);
  return entry[0];
}
