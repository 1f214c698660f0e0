/**
 * Go-style printing of a bad value, so messages read exactly as Kubernetes' do: strings quoted as
 * Go's %q quotes them, integers bare, string lists as `[]string{"a", "b"}`, string maps as
 * `map[string]string{"a":"b"}`, a value of no known Go type as the untyped value it decodes to.
 * Values of Go struct types are printed by go-syntax.ts.
 */
import { goIsPrint } from './go-is-print.js';

/** The escapes strconv.Quote writes for runes with a short form of their own. */
const SHORT_ESCAPES: ReadonlyMap<string, string> = new Map([
  ['"', '\\"'],
  ['\\', '\\\\'],
  ['\x07', '\\a'],
  ['\b', '\\b'],
  ['\f', '\\f'],
  ['\n', '\\n'],
  ['\r', '\\r'],
  ['\t', '\\t'],
  ['\v', '\\v'],
]);

const hex = (cp: number, digits: number): string => cp.toString(16).padStart(digits, '0');

/**
 * Quotes a string as Go's strconv.Quote (and so %q) does: `"` and `\` backslashed, printable runes
 * (goIsPrint) as they are, the rest escaped: `\n` and its kin, `\x1b` below the space and for DEL,
 * `\u00a0` up to U+FFFF, `\U000e0001` beyond.
 */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    const short = SHORT_ESCAPES.get(ch);
    if (short !== undefined) out += short;
    else if (goIsPrint(cp)) out += ch;
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + hex(cp, 2);
    // A lone surrogate reaches Go as invalid UTF-8, which its JSON decoder turns into U+FFFD (printable).
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\ufffd';
    else if (cp < 0x10000) out += '\\u' + hex(cp, 4);
    else out += '\\U' + hex(cp, 8);
  }
  return out + '"';
}

/**
 * A string map as Go's %#v prints a map[string]string: keys sorted, each `"k":"v"`, joined by
 * `, ` (`map[string]string{"app":"web", "tier":"db"}`); an unset map is `map[string]string(nil)`.
 */
export function formatGoStringMap(m: Readonly<Record<string, string>> | null | undefined): string {
  if (m === null || m === undefined) return 'map[string]string(nil)';
  const body = Object.keys(m)
    .sort()
    .map((k) => `${goQuote(k)}:${goQuote(m[k])}`)
    .join(', ');
  return `map[string]string{${body}}`;
}

/** True for a plain object whose every value is a string: what a decoded map[string]string looks like. */
export function isStringMap(value: unknown): value is Readonly<Record<string, string>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((v) => typeof v === 'string');
}

/** A bad value Go prints as `[]string(nil)`: a list that was never set. */
export const NIL_STRING_LIST: unique symbol = Symbol('[]string(nil)');

/**
 * Prints a value as Kubernetes' field errors print a BadValue: null as `null`, strings quoted,
 * numbers and booleans bare, string and integer lists Go-style, symbols as their description. A
 * value of a Go struct type reaches here as a symbol (see go-syntax.ts); anything else is printed
 * as the untyped JSON value it is (formatGoUntyped).
 */
export function formatGoValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
      return goQuote(value);
    case 'number':
      return Number.isInteger(value) ? BigInt(value).toString() : String(value);
    case 'bigint':
    case 'boolean':
      return String(value);
    case 'symbol':
      return value.description ?? '';
  }
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return `[]string{${value.map(goQuote).join(', ')}}`;
    if (value.every((v) => typeof v === 'number' && Number.isInteger(v))) return `[]int{${value.join(', ')}}`;
  }
  return formatGoUntyped(value);
}

/**
 * A decoded JSON value (map[string]interface{}, []interface{}, string, int64, float64, bool, nil)
 * as Go's `%#v` prints it: `map[string]interface {}{"a":1, "b":[]interface {}{"x"}}`, keys sorted.
 */
export function formatGoUntyped(value: unknown): string {
  return formatDecoded(value, GO_SYNTAX);
}

/** How one of Go's verbs prints the parts of a decoded JSON value. */
interface DecodedStyle {
  readonly nil: string;
  readonly list: (items: string[]) => string;
  readonly string: (s: string) => string;
  readonly map: (entries: Array<[string, string]>) => string;
}

/** `%#v`. */
const GO_SYNTAX: DecodedStyle = {
  nil: 'interface {}(nil)',
  list: (items) => `[]interface {}{${items.join(', ')}}`,
  string: goQuote,
  map: (entries) => `map[string]interface {}{${entries.map(([k, v]) => `${goQuote(k)}:${v}`).join(', ')}}`,
};

/** `%v`. */
const GO_PLAIN: DecodedStyle = {
  nil: '<nil>',
  list: (items) => `[${items.join(' ')}]`,
  string: (s) => s,
  map: (entries) => `map[${entries.map(([k, v]) => `${k}:${v}`).join(' ')}]`,
};

function formatDecoded(value: unknown, style: DecodedStyle): string {
  if (value === null || value === undefined) return style.nil;
  if (Array.isArray(value)) return style.list(value.map((v) => formatDecoded(v, style)));
  switch (typeof value) {
    case 'string':
      return style.string(value);
    case 'number':
      return Number.isSafeInteger(value) ? String(value) : formatGoFloat(value);
    case 'object': {
      const obj = value as Record<string, unknown>;
      return style.map(Object.keys(obj).sort().map((k) => [k, formatDecoded(obj[k], style)]));
    }
  }
  return String(value);
}

/**
 * A float64 as Go's %v prints it (strconv's shortest %g): the fewest digits that read back as the
 * same number, in exponent form with at least two exponent digits (`1e+06`, `1.5e-07`) when the
 * exponent is below -4 or at least 6, plain otherwise (`1.5`, `123456`).
 */
export function formatGoFloat(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : '-Inf';
  if (value === 0) return Object.is(value, -0) ? '-0' : '0';
  const [mantissa, exponentText] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 6) {
    const sign = exponent < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
  }
  return String(value);
}

/**
 * A decoded JSON value (map[string]interface{}, []interface{}, string, number, bool, nil) as Go's
 * %v prints it, which is how Kubernetes' patch errors show a patch: maps as `map[k1:v1 k2:v2]`
 * with sorted keys, lists as `[a b]`, strings bare, whole numbers as the int64 a case-sensitive,
 * int-preserving decode gives, other numbers as float64, null as `<nil>`.
 */
export function formatGoInterface(value: unknown): string {
  return formatDecoded(value, GO_PLAIN);
}
