/**
 * A resource.Quantity of a ResourceList as Go's `%#v` prints it, which is how Kubernetes' field
 * errors show one (its String method wants a pointer they never pass):
 * `resource.Quantity{i:resource.int64Amount{value:500, scale:-3}, d:resource.infDecAmount{Dec:(*inf.Dec)(nil)}, s:"500m", Format:"DecimalSI"}`.
 *
 * The fields are derived from the quantity's text as Kubernetes' ParseQuantity derives them (an
 * int64 and a power of ten when they fit, else an *inf.Dec; the text kept when it is canonical),
 * then rounded up to the milli as SetDefaults_ResourceList does. Skiff keeps the defaulted
 * (canonical) text, not what the client typed, so a quantity typed in another form ("1.5" for
 * "1500m") prints as its canonical form would.
 */
import { interpretSuffix, parseQuantity } from '../../resource/index.js';
import { type GoType, formatGoSyntax, goCustom, goMap, goPointer, goQuote } from '../index.js';

const INT64_MAX = 2n ** 63n - 1n;
const NANO_SCALE = -9;
const MILLI_SCALE = -3;
// maxInt64Factors: the digits an int64 always holds.
const MAX_INT64_DIGITS = 18;

/** A Quantity's unexported state. */
interface QuantityState {
  /** The int64Amount, or undefined when the amount is an *inf.Dec. */
  readonly int?: { readonly value: bigint; readonly scale: number };
  /** The cached string (`s`). */
  readonly s: string;
  readonly format: string;
}

/** Kubernetes' ParseQuantity fast path: the int64Amount of `text`, or undefined when it needs an inf.Dec. */
function parseInt64Amount(text: string): QuantityState | undefined {
  if (text === '0') return { int: { value: 0n, scale: 0 }, s: text, format: 'DecimalSI' };
  const m = /^([+-]?)0*(\d*)(?:\.(\d*))?(.*)$/.exec(text);
  const meaning = m === null ? undefined : interpretSuffix(m[4]);
  if (m === null || meaning === undefined) return undefined;
  const negative = m[1] === '-';
  const num = m[2] || '0';
  const denom = m[3] ?? '';
  let scale = 0;
  let precision: number;
  let mantissa = 1n;
  if (meaning.base === 10) {
    scale = meaning.exponent;
    precision = MAX_INT64_DIGITS - (num.length + denom.length);
  } else if (meaning.exponent >= 0 && denom === '') {
    mantissa = 2n ** BigInt(meaning.exponent);
    precision = 15 - num.length - Math.trunc((meaning.exponent * 3) / 10) - 1;
  } else precision = -1;
  scale -= denom.length;
  if (precision < 0 || scale < NANO_SCALE) return undefined;
  const shifted = num + denom;
  const value = BigInt(shifted);
  const magnitude = value * mantissa;
  if (magnitude > INT64_MAX) return undefined;
  const canonical =
    meaning.base === 2
      ? meaning.exponent % 10 === 0 && (value & 7n) !== 0n
      : scale % 3 === 0 && !shifted.endsWith('000') && shifted[0] !== '0';
  return { int: { value: negative ? -magnitude : magnitude, scale }, s: canonical ? text : '', format: meaning.format };
}

/** int64Amount.AsScale: `value` at 10^`from` rounded away from zero to 10^`to` (to > from). */
function roundAwayFromZero(value: bigint, from: number, to: number): bigint {
  const divisor = 10n ** BigInt(to - from);
  const quotient = value / divisor;
  if (quotient * divisor === value) return quotient;
  return value > 0n ? quotient + 1n : quotient - 1n;
}

/** The state of the quantity `text` once SetDefaults_ResourceList has rounded it up to the milli. */
function resourceListQuantity(text: string): QuantityState {
  const parsed = parseInt64Amount(text);
  if (parsed?.int === undefined) {
    const r = parseQuantity(text);
    return { s: '', format: r.ok ? r.quantity.format : 'DecimalSI' };
  }
  const { value, scale } = parsed.int;
  if (scale >= MILLI_SCALE) return parsed;
  return { int: { value: roundAwayFromZero(value, scale, MILLI_SCALE), scale: MILLI_SCALE }, s: '', format: parsed.format };
}

/** A ResourceList's quantity, given as its text, as `%#v` prints it. */
export const GO_QUANTITY: GoType = goCustom((value) => {
  const q = resourceListQuantity(typeof value === 'string' ? value : '0');
  const dec = formatGoSyntax(goPointer('inf.Dec'), q.int === undefined ? true : undefined);
  const int = q.int ?? { value: 0n, scale: 0 };
  return (
    `resource.Quantity{i:resource.int64Amount{value:${int.value}, scale:${int.scale}}, ` +
    `d:resource.infDecAmount{Dec:${dec}}, s:${goQuote(q.s)}, Format:${goQuote(q.format)}}`
  );
});

/** A core.ResourceList (quantities by resource name, held as text). */
export const GO_RESOURCE_LIST: GoType = goMap('core.ResourceList', GO_QUANTITY);
