/**
 * The syntax error Go's encoding/json reports for a malformed JSON document, in its words
 * (`invalid character 'x' looking for beginning of value`, `unexpected end of JSON input`):
 * Kubernetes' messages quote it, and clients and people match on those words rather than on V8's.
 * A byte-by-byte scanner as Go's is; it only words the error, JSON.parse decides validity.
 */
import { goQuote } from './go-value.js';

/** Go's encoding/json nests no deeper than this. */
const MAX_NESTING_DEPTH = 10_000;
const UNEXPECTED_END = 'unexpected end of JSON input';
/** What Go's scanner reads past the last byte: a space, so a number or literal cut short fails on it. */
const PAST_END = 0x20;

const byteAt = (data: Uint8Array, i: number): number => (i < data.length ? data[i]! : PAST_END);
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);

/** A byte as Go's json quoteChar prints it: `'x'`, `'\n'`, `'\''`, `'"'`; a high byte as the Latin-1 rune Go makes of it. */
function quoteChar(c: number): string {
  if (c === 0x27) return "'\\''";
  if (c === 0x22) return `'"'`;
  // strconv.Quote escapes the two Latin-1 runes goQuote prints as they are: no-break space and soft hyphen.
  if (c === 0xa0 || c === 0xad) return `'\\u00${c.toString(16)}'`;
  return `'${goQuote(String.fromCharCode(c)).slice(1, -1)}'`;
}

function invalidChar(c: number, context: string): string {
  return `invalid character ${quoteChar(c)} ${context}`;
}

function skipSpace(data: Uint8Array, i: number): number {
  while (i < data.length && isSpace(data[i]!)) i++;
  return i;
}

/** Scans a string from its opening quote: the index past its closing quote, or Go's error. */
function scanString(data: Uint8Array, start: number): number | string {
  for (let i = start + 1; i < data.length; i++) {
    const c = data[i]!;
    if (c === 0x22) return i + 1;
    if (c < 0x20) return invalidChar(c, 'in string literal');
    if (c !== 0x5c) continue;
    const e = byteAt(data, ++i);
    if (e === 0x75) {
      for (let k = 0; k < 4; k++) {
        const h = byteAt(data, ++i);
        if (!isHex(h)) return invalidChar(h, 'in \\u hexadecimal character escape');
      }
    } else if (!'"\\/bfnrt'.includes(String.fromCharCode(e))) {
      return invalidChar(e, 'in string escape code');
    }
  }
  return UNEXPECTED_END;
}

function skipDigits(data: Uint8Array, i: number): number {
  while (isDigit(byteAt(data, i)) && i < data.length) i++;
  return i;
}

/** Scans a number: the index past it, or Go's error. */
function scanNumber(data: Uint8Array, start: number): number | string {
  let i = start;
  if (data[i] === 0x2d) i++;
  const first = byteAt(data, i);
  if (!isDigit(first)) return invalidChar(first, 'in numeric literal');
  i = first === 0x30 ? i + 1 : skipDigits(data, i);
  if (byteAt(data, i) === 0x2e) {
    const c = byteAt(data, ++i);
    if (!isDigit(c)) return invalidChar(c, 'after decimal point in numeric literal');
    i = skipDigits(data, i);
  }
  if (byteAt(data, i) === 0x65 || byteAt(data, i) === 0x45) {
    i++;
    if (byteAt(data, i) === 0x2b || byteAt(data, i) === 0x2d) i++;
    const c = byteAt(data, i);
    if (!isDigit(c)) return invalidChar(c, 'in exponent of numeric literal');
    i = skipDigits(data, i);
  }
  return i;
}

/** Scans `true`, `false` or `null`: the index past it, or Go's error naming the byte it expected. */
function scanLiteral(data: Uint8Array, start: number, literal: string): number | string {
  for (let k = 1; k < literal.length; k++) {
    const c = byteAt(data, start + k);
    if (c !== literal.charCodeAt(k)) return invalidChar(c, `in literal ${literal} (expecting '${literal[k]}')`);
  }
  return start + literal.length;
}

const LITERALS: Readonly<Record<string, string>> = { t: 'true', f: 'false', n: 'null' };

/** Scans a string, number or literal: the index past it, or Go's error. */
function scanScalar(data: Uint8Array, i: number): number | string {
  const c = data[i]!;
  if (c === 0x22) return scanString(data, i);
  if (c === 0x2d || isDigit(c)) return scanNumber(data, i);
  const literal = LITERALS[String.fromCharCode(c)];
  return literal ? scanLiteral(data, i, literal) : invalidChar(c, 'looking for beginning of value');
}

/** A container open at some depth, and so what may follow one of its values. */
type Open = 'object' | 'array';

/** The byte that closes each container: `}` and `]`. */
const CLOSERS: Readonly<Record<Open, number>> = { object: 0x7d, array: 0x5d };

/**
 * The syntax error Go's encoding/json reports for `data` (its scanner, byte by byte, in its words),
 * or undefined if it finds none. Iterative, so a deeply nested body cannot exhaust the stack.
 */
export function goJSONSyntaxError(data: Uint8Array): string | undefined {
  const open: Open[] = [];
  // What comes next: a value, an object key, or what may follow a complete value.
  let expect: 'value' | 'key' | 'after' = 'value';
  let i = 0;
  for (;;) {
    i = skipSpace(data, i);
    if (i >= data.length) return expect === 'after' && open.length === 0 ? undefined : UNEXPECTED_END;
    const c = data[i]!;
    if (expect === 'key') {
      if (c !== 0x22) return invalidChar(c, 'looking for beginning of object key string');
      const end = scanString(data, i);
      if (typeof end === 'string') return end;
      i = skipSpace(data, end);
      if (i >= data.length) return UNEXPECTED_END;
      if (data[i] !== 0x3a) return invalidChar(data[i]!, 'after object key');
      i++;
      expect = 'value';
    } else if (expect === 'value' && (c === 0x7b || c === 0x5b)) {
      const container: Open = c === 0x7b ? 'object' : 'array';
      open.push(container);
      if (open.length > MAX_NESTING_DEPTH) return invalidChar(c, 'exceeded max depth');
      i = skipSpace(data, i + 1);
      if (i < data.length && data[i] === CLOSERS[container]) {
        open.pop();
        i++;
        expect = 'after';
      } else {
        expect = container === 'object' ? 'key' : 'value';
      }
    } else if (expect === 'value') {
      const end = scanScalar(data, i);
      if (typeof end === 'string') return end;
      i = end;
      expect = 'after';
    } else {
      const step = afterValue(open, c);
      if (step.error) return step.error;
      i++;
      expect = step.next;
    }
  }
}

/** What may follow a complete value inside `open` (popping a container `c` closes), or Go's error. */
function afterValue(open: Open[], c: number): { next: 'value' | 'key' | 'after'; error?: string } {
  const top = open.at(-1);
  if (top === undefined) return { next: 'after', error: invalidChar(c, 'after top-level value') };
  if (c === 0x2c) return { next: top === 'object' ? 'key' : 'value' };
  if (c === CLOSERS[top]) {
    open.pop();
    return { next: 'after' };
  }
  return { next: 'after', error: invalidChar(c, top === 'object' ? 'after object key:value pair' : 'after array element') };
}
