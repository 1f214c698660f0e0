import { describe, expect, it } from 'vitest';
import { unmarshalObjectError } from './secret-json.js';
import { validateSecret } from './secret.js';

const bytes = (text: string): Buffer => Buffer.from(text, 'latin1');

describe('unmarshalObjectError: Go encoding/json syntax errors', () => {
  it.each([
    ['', 'unexpected end of JSON input'],
    ['   ', 'unexpected end of JSON input'],
    ['x', "invalid character 'x' looking for beginning of value"],
    ['not json', "invalid character 'o' in literal null (expecting 'u')"],
    ['{', 'unexpected end of JSON input'],
    ['{"auths"', 'unexpected end of JSON input'],
    ['{"a', 'unexpected end of JSON input'],
    ['{"a"}', "invalid character '}' after object key"],
    ['{"a":1,}', "invalid character '}' looking for beginning of object key string"],
    ['{,}', "invalid character ',' looking for beginning of object key string"],
    ['{"a":1 "b":2}', `invalid character '"' after object key:value pair`],
    ['[1 2]', "invalid character '2' after array element"],
    ['[1,]', "invalid character ']' looking for beginning of value"],
    ['{} x', "invalid character 'x' after top-level value"],
    ['01', "invalid character '1' after top-level value"],
    ['tru', "invalid character ' ' in literal true (expecting 'e')"],
    ['fAlse', "invalid character 'A' in literal false (expecting 'a')"],
    ['-', "invalid character ' ' in numeric literal"],
    ['-x', "invalid character 'x' in numeric literal"],
    ['1.', "invalid character ' ' after decimal point in numeric literal"],
    ['1e', "invalid character ' ' in exponent of numeric literal"],
    ['1e+}', "invalid character '}' in exponent of numeric literal"],
    ['"a\x01"', "invalid character '\\x01' in string literal"],
    ['"a\n"', "invalid character '\\n' in string literal"],
    ['"\\q"', "invalid character 'q' in string escape code"],
    ['"\\', "invalid character ' ' in string escape code"],
    ['"\\u12g4"', "invalid character 'g' in \\u hexadecimal character escape"],
    ["'a'", "invalid character '\\'' looking for beginning of value"],
    ['\\', "invalid character '\\\\' looking for beginning of value"],
    ['\x00', "invalid character '\\x00' looking for beginning of value"],
    ['\x7f', "invalid character '\\x7f' looking for beginning of value"],
    ['\x80', "invalid character '\\u0080' looking for beginning of value"],
    ['\xef\xbb\xbf{}', "invalid character 'ï' looking for beginning of value"],
    ['['.repeat(10_001), "invalid character '[' exceeded max depth"],
  ])('%j: %s', (input, error) => {
    expect(unmarshalObjectError(bytes(input))).toBe(error);
  });
});

describe('unmarshalObjectError: decoding into a map', () => {
  it.each([
    ['[]', 'json: cannot unmarshal array into Go value of type map[string]interface {}'],
    ['"auths"', 'json: cannot unmarshal string into Go value of type map[string]interface {}'],
    [' -1.5e3 ', 'json: cannot unmarshal number into Go value of type map[string]interface {}'],
    ['true', 'json: cannot unmarshal bool into Go value of type map[string]interface {}'],
  ])('%j: %s', (input, error) => {
    expect(unmarshalObjectError(bytes(input))).toBe(error);
  });

  it.each([
    '{}',
    ' null ',
    '{"auths":{"r.example.com":{"auth":"dTpw"}}}',
    '{\n\t"a" : [1, 0, -0.5, 2.5E+3, 1e-2, true, false, null, "x\\u00e9\\n\\/"], "b": {} }\r\n',
    // Ten thousand levels, Go's limit, counting the object.
    '{"deep":' + '['.repeat(9_999) + ']'.repeat(9_999) + '}',
  ])('accepts %j', (input) => {
    expect(unmarshalObjectError(bytes(input))).toBeUndefined();
  });
});

describe('validateSecret: docker config that is not a JSON object', () => {
  it.each([
    ['kubernetes.io/dockerconfigjson', '.dockerconfigjson'],
    ['kubernetes.io/dockercfg', '.dockercfg'],
  ])('%s reports Go\'s error on data[%s]', (type, key) => {
    const errs = validateSecret({ type, data: { [key]: Buffer.from('xyz') } }).map(String);
    expect(errs).toEqual([`data[${key}]: Invalid value: "<secret contents redacted>": invalid character 'x' looking for beginning of value`]);
  });
});
