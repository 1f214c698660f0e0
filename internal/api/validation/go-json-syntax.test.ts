import { describe, expect, it } from 'vitest';
import { goJSONSyntaxError } from './go-json-syntax.js';

describe('goJSONSyntaxError: Go’s encoding/json wording', () => {
  it.each([
    ['{"metadata":', 'unexpected end of JSON input'],
    ['"abc', 'unexpected end of JSON input'],
    ['  ', 'unexpected end of JSON input'],
    ['x', "invalid character 'x' looking for beginning of value"],
    ['[1,]', "invalid character ']' looking for beginning of value"],
    ['{"a" 1}', "invalid character '1' after object key"],
    ['{"a":1,}', "invalid character '}' looking for beginning of object key string"],
    ["{'a':1}", "invalid character '\\'' looking for beginning of object key string"],
    ['{"a":1 "b":2}', 'invalid character \'"\' after object key:value pair'],
    ['{"a":01}', "invalid character '1' after object key:value pair"],
    ['[1 2]', "invalid character '2' after array element"],
    ['{"a":"\n"}', "invalid character '\\n' in string literal"],
    ['{"a":"\\x"}', "invalid character 'x' in string escape code"],
    ['{"a":"\\u12G4"}', "invalid character 'G' in \\u hexadecimal character escape"],
    ['{} x', "invalid character 'x' after top-level value"],
    ['{"a":tru}', "invalid character '}' in literal true (expecting 'e')"],
    ['{"a":nul}', "invalid character '}' in literal null (expecting 'l')"],
    ['{"a":-}', "invalid character '}' in numeric literal"],
    ['{"a":1.}', "invalid character '}' after decimal point in numeric literal"],
    ['{"a":1e}', "invalid character '}' in exponent of numeric literal"],
    ['-', "invalid character ' ' in numeric literal"],
    ['\u00e9', "invalid character 'Ã' looking for beginning of value"],
  ])('%j: %s', (text, message) => {
    expect(goJSONSyntaxError(Buffer.from(text, 'utf8'))).toBe(message);
  });

  it.each([['{"a":[1,-2.5e+3,true,false,null,{"b":"\\u00e9\\n"}]}'], ['  {}  '], ['0']])('finds nothing wrong with %j', (text) => {
    expect(goJSONSyntaxError(Buffer.from(text))).toBeUndefined();
  });

  it('stops at Go’s nesting limit without exhausting the stack', () => {
    expect(goJSONSyntaxError(Buffer.from('['.repeat(10_001)))).toBe("invalid character '[' exceeded max depth");
    expect(goJSONSyntaxError(Buffer.from('['.repeat(10_000)))).toBe('unexpected end of JSON input');
  });
});
