/**
 * Quantity: Kubernetes' fixed-point resource amount (`500m`, `1.5Gi`, `2e3`, `128974848`). Held
 * as an exact count of nano-units in a bigint, so no arithmetic drifts; parsed with Kubernetes'
 * scanner and errors, rounded up to the nano as Kubernetes rounds, and printed in Kubernetes'
 * canonical form within the format family it was written in (`1500m` stays `1500m`, `1024Mi`
 * prints `1Gi`, `1.5` prints `1500m`). Like Kubernetes' ParseQuantity, a string its fast path
 * judges canonical is kept as typed and printed verbatim (`+1`, `1E3`, `1.500` come back as
 * sent); arithmetic and rounding drop it. Quantities are immutable.
 */
import {
  type QuantityFormat,
  type SuffixMeaning,
  MAX_BINARY_SI_POWER,
  MAX_DECIMAL_SI_EXPONENT,
  binarySISuffix,
  decimalSISuffix,
  interpretSuffix,
} from './suffix.js';

const SPLIT_RE_STRING = '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$';

/** Kubernetes' message for a string that is not shaped like a quantity. */
export const ERR_FORMAT_WRONG = `quantities must match the regular expression '${SPLIT_RE_STRING}'`;
/** Kubernetes' message for a numeric part it cannot read. */
export const ERR_NUMERIC = 'unable to parse numeric part of quantity';
/** Kubernetes' message for an unknown suffix. */
export const ERR_SUFFIX = "unable to parse quantity's suffix";

/** The outcome of parsing a quantity string. */
export type ParseQuantityResult =
  | { readonly ok: true; readonly quantity: Quantity }
  | { readonly ok: false; readonly error: string };

const NANO = 10n ** 9n;
// Kubernetes caps BinarySI amounts at the int64 maximum.
const MAX_BINARY_NANOS = (2n ** 63n - 1n) * NANO;
// A guard, not a Kubernetes rule: `1e1000000000` would otherwise ask for a billion-digit integer.
const MAX_EXPONENT = 10_000;
const SUFFIX_CHARS = 'eEinumkKMGTP';

// How the parser builds a Quantity that keeps its string as typed. Set once by the class's static
// block, so that only parsing can attach a typed string to a Quantity.
let typedQuantity: (nanos: bigint, format: QuantityFormat, typed: string, typedScale: number) => Quantity;

/** A Kubernetes resource quantity. */
export class Quantity {
  static {
    typedQuantity = (nanos, format, typed, typedScale) => new Quantity(nanos, format, typed, typedScale);
  }

  // The canonical string, computed on first use: the same few quantities are printed for every
  // object written, and a Quantity never changes.
  private canonical: string | undefined;

  private constructor(
    /** The amount in nano-units (10^-9), exact. */
    readonly nanos: bigint,
    /** The format family the quantity prints in. */
    readonly format: QuantityFormat,
    // The string as typed, when Kubernetes' parser keeps it, and the power of ten of the int64
    // amount Kubernetes read it as (which decides whether RoundUp keeps it).
    private readonly typed?: string,
    private readonly typedScale = 0,
  ) {}

  /** Parses a quantity string with Kubernetes' grammar and messages. */
  static parse(str: string): ParseQuantityResult {
    return parseQuantity(str);
  }

  /** Parses a quantity known to be valid (constants, tests); throws on a bad one. */
  static mustParse(str: string): Quantity {
    const r = parseQuantity(str);
    if (!r.ok) throw new Error(`cannot parse '${str}': ${r.error}`);
    return r.quantity;
  }

  /** A whole-unit quantity (`Quantity.of(3, 'DecimalSI')` prints `3`), as resource.NewQuantity. */
  static of(value: number | bigint, format: QuantityFormat = 'DecimalSI'): Quantity {
    return new Quantity(toBigInt(value) * NANO, format);
  }

  /** A quantity in thousandths (`Quantity.ofMilli(1500)` prints `1500m`), as resource.NewMilliQuantity. */
  static ofMilli(value: number | bigint, format: QuantityFormat = 'DecimalSI'): Quantity {
    return new Quantity(toBigInt(value) * 10n ** 6n, format);
  }

  /** A quantity of exactly `nanos` nano-units. */
  static fromNanos(nanos: bigint, format: QuantityFormat = 'DecimalSI'): Quantity {
    return new Quantity(nanos, format);
  }

  /** Whether the amount is zero. */
  isZero(): boolean {
    return this.nanos === 0n;
  }

  /** -1, 0 or 1 by the amount's sign. */
  sign(): -1 | 0 | 1 {
    return this.nanos < 0n ? -1 : this.nanos > 0n ? 1 : 0;
  }

  /** -1, 0 or 1 as this amount is less than, equal to or greater than `other`'s. */
  cmp(other: Quantity): -1 | 0 | 1 {
    return this.nanos < other.nanos ? -1 : this.nanos > other.nanos ? 1 : 0;
  }

  /** Whether the amounts are equal, whatever their formats. */
  equal(other: Quantity): boolean {
    return this.nanos === other.nanos;
  }

  /** The sum, in this quantity's format (or `other`'s when this one is zero, as Kubernetes does). */
  add(other: Quantity): Quantity {
    return new Quantity(this.nanos + other.nanos, this.isZero() ? other.format : this.format);
  }

  /** The difference, formatted as `add` formats. */
  sub(other: Quantity): Quantity {
    return new Quantity(this.nanos - other.nanos, this.isZero() ? other.format : this.format);
  }

  /** The negation. */
  neg(): Quantity {
    return new Quantity(-this.nanos, this.format);
  }

  /** The amount in whole units, rounded away from zero (`1500m` → 2). Exact up to 2^53. */
  value(): number {
    return Number(this.scaledValue(0));
  }

  /** The amount in thousandths, rounded away from zero (`1.5` → 1500). Exact up to 2^53. */
  milliValue(): number {
    return Number(this.scaledValue(-3));
  }

  /** The amount in units of 10^scale, rounded away from zero, exactly. */
  scaledValue(scale: number): bigint {
    const shift = scale + 9;
    if (shift <= 0) return this.nanos * powerOfTen(-shift);
    return divideAwayFromZero(this.nanos, powerOfTen(shift));
  }

  /**
   * This quantity rounded away from zero to a multiple of 10^scale, in the same format
   * (Kubernetes' RoundUp; the ResourceList defaulter rounds to the milli, scale -3, so `0.1m`
   * becomes `1m`). As in Kubernetes, a string kept as typed survives when it was read at `scale`
   * or coarser, and is dropped otherwise.
   */
  roundUp(scale: number): Quantity {
    if (this.typed !== undefined && this.typedScale >= scale) return this;
    const shift = scale + 9;
    const rounded = shift <= 0 ? this.nanos : this.scaledValue(scale) * powerOfTen(shift);
    if (rounded === this.nanos && this.typed === undefined) return this;
    return new Quantity(rounded, this.format);
  }

  /** Kubernetes' String(): the string as typed when the parser kept it, else the canonical form (`1500m`, `1Gi`, `2e3`, `0`). */
  toString(): string {
    return this.typed ?? (this.canonical ??= canonicalString(this.nanos, this.format));
  }

  /** The JSON form: toString(), as Kubernetes' MarshalJSON writes String(). */
  toJSON(): string {
    return this.toString();
  }
}

/**
 * Recent parses by string: the same few quantities ("100m", "128Mi") are parsed several times for
 * every Pod written (defaults, validation, QoS), and a Quantity is immutable. Bounded in entries
 * and in the length of what is kept.
 */
const parsedQuantities = new Map<string, ParseQuantityResult>();
const PARSED_QUANTITIES_MAX = 1024;
const PARSED_QUANTITY_MAX_LENGTH = 64;

/**
 * Parses a quantity as Kubernetes reads one from a request: Quantity.UnmarshalJSON trims the white
 * space around the string (`" 1Gi "` is `1Gi`), then resource.ParseQuantity, which takes none.
 * Every quantity Skiff parses is a field of a decoded object, so it is read this way.
 */
export function parseQuantity(str: string): ParseQuantityResult {
  if (str.length > PARSED_QUANTITY_MAX_LENGTH) return parseQuantityUncached(str);
  let result = parsedQuantities.get(str);
  if (result === undefined) {
    result = Object.freeze(parseQuantityUncached(str));
    if (parsedQuantities.size >= PARSED_QUANTITIES_MAX) parsedQuantities.clear();
    parsedQuantities.set(str, result);
  }
  return result;
}

/** Go's strings.TrimSpace: Unicode white space (unicode.IsSpace) at either end. */
const SURROUNDING_SPACE = /^\p{White_Space}+|\p{White_Space}+$/gu;

function parseQuantityUncached(typed: string): ParseQuantityResult {
  const str = typed.replace(SURROUNDING_SPACE, '');
  if (str.length === 0) return { ok: false, error: ERR_FORMAT_WRONG };
  const scanned = scan(str);
  if (scanned === undefined) return { ok: false, error: ERR_FORMAT_WRONG };
  const meaning = interpretSuffix(scanned.suffix);
  if (meaning === undefined) return { ok: false, error: ERR_SUFFIX };
  if (meaning.exponent > MAX_EXPONENT) return { ok: false, error: ERR_NUMERIC };

  const digits = BigInt(scanned.num + scanned.denom);
  let magnitude: bigint;
  if (meaning.base === 10) {
    magnitude = scaleByPowerOfTen(digits, meaning.exponent - scanned.denom.length + 9);
  } else {
    magnitude = scaleByPowerOfTen(digits * 2n ** BigInt(meaning.exponent), 9 - scanned.denom.length);
  }
  let format = meaning.format;
  if (format === 'BinarySI') {
    if (magnitude > MAX_BINARY_NANOS) magnitude = MAX_BINARY_NANOS;
    // A binary amount strictly between 0 and 1 cannot print in binary form without rounding.
    if (magnitude > 0n && magnitude < NANO) format = 'DecimalSI';
  }
  const nanos = scanned.positive ? magnitude : -magnitude;
  const typedScale = keptTypedScale(scanned, meaning);
  if (typedScale !== undefined) return { ok: true, quantity: typedQuantity(nanos, format, str, typedScale) };
  return { ok: true, quantity: Quantity.fromNanos(nanos, format) };
}

interface Scanned {
  positive: boolean;
  /** Integer digits, leading zeros stripped ('0' when none). */
  num: string;
  /** Fraction digits. */
  denom: string;
  suffix: string;
}

// Kubernetes' hand-written scanner, which is looser than the regular expression its message quotes
// (`-` alone and `.` alone read as zero); kept so the same strings are accepted.
function scan(str: string): Scanned | undefined {
  const end = str.length;
  let pos = 0;
  let positive = true;
  if (str[0] === '-') {
    positive = false;
    pos++;
  } else if (str[0] === '+') {
    pos++;
  }
  while (pos < end && str[pos] === '0') pos++;
  if (pos >= end) return { positive, num: '0', denom: '', suffix: '' };
  const numStart = pos;
  while (pos < end && isDigit(str[pos])) pos++;
  const num = str.slice(numStart, pos) || '0';
  let denom = '';
  if (pos < end && str[pos] === '.') {
    pos++;
    const denomStart = pos;
    while (pos < end && isDigit(str[pos])) pos++;
    denom = str.slice(denomStart, pos);
  }
  const suffixStart = pos;
  while (pos < end && SUFFIX_CHARS.includes(str[pos])) pos++;
  if (pos < end && (str[pos] === '-' || str[pos] === '+')) pos++;
  while (pos < end && isDigit(str[pos])) pos++;
  if (pos < end) return undefined;
  return { positive, num, denom, suffix: str.slice(suffixStart) };
}

// The largest digit count Kubernetes reads into an int64 on its fast path (maxInt64Factors).
const MAX_INT64_DIGITS = 18;
// The smallest power of ten Kubernetes' int64 amounts hold (nano).
const MIN_INT64_SCALE = -9;

/**
 * Whether Kubernetes' ParseQuantity keeps the string as typed, and if so the power of ten of the
 * int64 amount it reads: its fast path (few enough digits, at most nano precision) keeps the
 * string when the digits look canonical (a BinarySI count not divisible by 8; a decimal scale
 * that is a multiple of 3, with no leading zero and fewer than three trailing ones), without
 * looking at the sign, the leading zeros it skipped, the point or the suffix's spelling. So
 * `+1`, `01`, `1.`, `1E3`, `1e+3` and `1.500` are kept and printed as typed.
 */
function keptTypedScale(scanned: Scanned, meaning: SuffixMeaning): number | undefined {
  if (meaning.format === 'BinarySI') {
    // Kubernetes' precision estimate: 15 - digits - exponent*3/10 - 1 must not be negative.
    const fastPath = scanned.denom === '' && scanned.num.length <= 14 - (meaning.exponent * 3) / 10;
    // A multiple of 8 may be a multiple of 1024, which prints with a larger suffix.
    return fastPath && Number(scanned.num.slice(-3)) % 8 !== 0 ? 0 : undefined;
  }
  const shifted = scanned.num + scanned.denom;
  const scale = meaning.exponent - scanned.denom.length;
  if (shifted.length > MAX_INT64_DIGITS || scale < MIN_INT64_SCALE || scale % 3 !== 0) return undefined;
  return shifted[0] !== '0' && !shifted.endsWith('000') ? scale : undefined;
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

// n * 10^shift for a non-negative n, rounding a fractional result up (Kubernetes rounds sub-nano
// amounts up so that asking for some of a resource never yields none).
function scaleByPowerOfTen(n: bigint, shift: number): bigint {
  if (shift >= 0) return n * 10n ** BigInt(shift);
  if (n === 0n) return 0n;
  // Dividing by more than n's own magnitude leaves a fraction in (0, 1): one nano after rounding.
  if (-shift > n.toString().length) return 1n;
  return divideAwayFromZero(n, 10n ** BigInt(-shift));
}

// Powers of ten by exponent, computed once each: rounding and scaling ask for the same few small
// ones. Larger ones (from `1e9000`) are computed each time, so that odd input cannot fill memory.
const POWERS_OF_TEN: bigint[] = Array.from({ length: 40 }, (_, i) => 10n ** BigInt(i));

function powerOfTen(exponent: number): bigint {
  return POWERS_OF_TEN[exponent] ?? 10n ** BigInt(exponent);
}

function divideAwayFromZero(n: bigint, d: bigint): bigint {
  const q = n / d;
  if (n % d === 0n) return q;
  return n < 0n ? q - 1n : q + 1n;
}

function removeFactors(n: bigint, factor: bigint): [bigint, number] {
  let times = 0;
  while (n !== 0n && n % factor === 0n) {
    n /= factor;
    times++;
  }
  return [n, times];
}

// Kubernetes' CanonicalizeBytes: the largest suffix of the format family that leaves a whole mantissa.
function canonicalString(nanos: bigint, format: QuantityFormat): string {
  if (nanos === 0n) return '0';
  // Small or fractional binary amounts print as DecimalSI rather than round.
  if (format === 'BinarySI' && abs(nanos) >= 1024n * NANO && nanos % NANO === 0n) return binaryString(nanos / NANO);
  let [mantissa, exponent] = removeFactors(nanos, 10n);
  exponent -= 9;
  // Print with an exponent that is a multiple of 3, moving digits into the mantissa.
  while (exponent % 3 !== 0) {
    mantissa *= 10n;
    exponent--;
  }
  if (format === 'DecimalExponent') return exponent === 0 ? `${mantissa}` : `${mantissa}e${exponent}`;
  // Beyond `E` Kubernetes has no suffix (it prints the mantissa alone, a wrong number); keep `E`
  // and a longer mantissa instead, so the value survives a round trip.
  if (exponent > MAX_DECIMAL_SI_EXPONENT) {
    mantissa *= powerOfTen(exponent - MAX_DECIMAL_SI_EXPONENT);
    exponent = MAX_DECIMAL_SI_EXPONENT;
  }
  return `${mantissa}${decimalSISuffix(exponent)}`;
}

function binaryString(units: bigint): string {
  let [mantissa, power] = removeFactors(units, 1024n);
  if (power > MAX_BINARY_SI_POWER) {
    mantissa *= 1024n ** BigInt(power - MAX_BINARY_SI_POWER);
    power = MAX_BINARY_SI_POWER;
  }
  return `${mantissa}${binarySISuffix(power)}`;
}

function abs(n: bigint): bigint {
  return n < 0n ? -n : n;
}

function toBigInt(value: number | bigint): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) throw new RangeError(`not a safe integer: ${value}`);
  return BigInt(value);
}
