// goQuote is Go's strconv.Quote (the %q of Kubernetes' messages): what it leaves as it is and how
// it escapes the rest decide how a bad value reads in a 422.
import { describe, expect, it } from 'vitest';
import { goIsPrint } from './go-is-print.js';
import { goQuote } from './go-value.js';

describe('goQuote', () => {
  it.each<[string, string, string]>([
    ['plain ASCII', 'web-1', '"web-1"'],
    ['a quote and a backslash', 'a"b\\c', '"a\\"b\\\\c"'],
    ['the short escapes', '\x07\b\f\n\r\t\v', '"\\a\\b\\f\\n\\r\\t\\v"'],
    ['other control bytes and DEL', '\x00\x1b\x7f', '"\\x00\\x1b\\x7f"'],
    ['C1 controls', '\u0085\u009f', '"\\u0085\\u009f"'],
    ['a no-break space', 'a\u00a0b', '"a\\u00a0b"'],
    ['a soft hyphen', 'a\u00adb', '"a\\u00adb"'],
    ['Latin-1 letters and signs, printable', '¡é±ÿ', '"¡é±ÿ"'],
    ['other spaces than the ASCII one', '\u2002\u3000', '"\\u2002\\u3000"'],
    ['line and paragraph separators', '\u2028\u2029', '"\\u2028\\u2029"'],
    ['format characters (zero-width space, byte order mark)', '\u200b\ufeff', '"\\u200b\\ufeff"'],
    ['private use', '\ue000', '"\\ue000"'],
    ['an unassigned rune', '\u0378', '"\\u0378"'],
    ['letters, marks and symbols of other scripts', '日本語 é 😀', '"日本語 é 😀"'],
    ['a rune beyond U+FFFF that is not printable', '\u{e0001}', '"\\U000e0001"'],
    ['a rune Unicode assigned after 15.0, which Go 1.23 does not know', '\u{2ebf0}', '"\\U0002ebf0"'],
    ['a lone surrogate, which Go reads as U+FFFD', 'a\ud800b', '"a\ufffdb"'],
  ])('%s', (_name, input, quoted) => {
    expect(goQuote(input)).toBe(quoted);
  });
});

describe('goIsPrint', () => {
  const cases: [number, boolean][] = [
    [0x20, true],
    [0x7e, true],
    [0x7f, false],
    [0xa0, false],
    [0xa1, true],
    [0xad, false],
    [0xff, true],
    [0x0378, false],
    [0x0600, false],
    [0x0620, true],
    [0x2028, false],
    [0x3000, false],
    [0xfffd, true],
    [0x1f600, true],
    [0x1fbca, true],
    [0x1fbcb, false],
    [0x2ebf0, false],
    [0x10ffff, false],
  ];
  it.each(cases.map(([cp, printable]) => [cp.toString(16).toUpperCase().padStart(4, '0'), cp, printable] as const))('U+%s: %s', (_hex, cp, printable) => {
    expect(goIsPrint(cp)).toBe(printable);
  });
});

describe('goIsPrint over the whole code space', () => {
  // Unicode only ever assigns more characters, so what Go's Unicode 15 calls printable this Node's
  // newer Unicode calls a letter, mark, number, punctuation or symbol too, and the difference is
  // only characters assigned since 15.0 (Unicode 16.0 added 5,185, 15.1 added 627).
  it('is a subset of the printable classes of the Unicode Node ships, missing only newer characters', () => {
    const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
    let goOnly = 0;
    let newer = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const node = printable.test(String.fromCodePoint(cp));
      if (goIsPrint(cp) && !node) goOnly++;
      if (!goIsPrint(cp) && node) newer++;
    }
    expect(goOnly).toBe(0);
    expect(newer).toBeGreaterThanOrEqual(627 + 5185);
  });
});
