import { describe, expect, it } from 'vitest';
import {
  isCIdentifier,
  isConfigMapKey,
  isDNS1035Label,
  isDNS1123Label,
  isDNS1123Subdomain,
  isEnvVarName,
  isQualifiedName,
  isValidLabelValue,
  isValidPortName,
  isValidPortNum,
} from './names.js';

const DNS1123_LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const DNS1123_SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const DNS1035_LABEL_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const QNAME_REGEX_MSG =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const C_IDENTIFIER_MSG =
  "a valid C identifier must start with alphabetic character or '_', followed by a string of alphanumeric characters or '_' (e.g. 'my_name',  or 'MY_NAME',  or 'MyName', regex used for validation is '[A-Za-z_][A-Za-z0-9_]*')";
const ENV_VAR_MSG =
  "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')";

describe('isDNS1123Label', () => {
  it.each([
    ['a', []],
    ['my-name', []],
    ['123-abc', []],
    ['a'.repeat(63), []],
    ['a'.repeat(64), ['must be no more than 63 characters']],
    ['', [DNS1123_LABEL_MSG]],
    ['My-Name', [DNS1123_LABEL_MSG]],
    ['-a', [DNS1123_LABEL_MSG]],
    ['a-', [DNS1123_LABEL_MSG]],
    ['a_b', [DNS1123_LABEL_MSG]],
    ['a.b', ['must not contain dots']],
  ])('%j', (value, want) => {
    expect(isDNS1123Label(value)).toEqual(want);
  });
});

describe('isDNS1123Subdomain', () => {
  it.each([
    ['example.com', []],
    ['a', []],
    ['a-b.c-d', []],
    [`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`, []],
    ['a'.repeat(254), ['must be no more than 253 characters']],
    ['-'.repeat(254), ['must be no more than 253 characters', DNS1123_SUBDOMAIN_MSG]],
    ['', [DNS1123_SUBDOMAIN_MSG]],
    ['a..b', [DNS1123_SUBDOMAIN_MSG]],
    ['.a', [DNS1123_SUBDOMAIN_MSG]],
    ['A.com', [DNS1123_SUBDOMAIN_MSG]],
  ])('%j', (value, want) => {
    expect(isDNS1123Subdomain(value)).toEqual(want);
  });
});

describe('isDNS1035Label', () => {
  it.each([
    ['my-name', []],
    ['abc-123', []],
    ['1abc', [DNS1035_LABEL_MSG]],
    ['a.b', [DNS1035_LABEL_MSG]],
    ['a'.repeat(64), ['must be no more than 63 characters']],
  ])('%j', (value, want) => {
    expect(isDNS1035Label(value)).toEqual(want);
  });
});

describe('isQualifiedName', () => {
  it.each([
    ['app', []],
    ['App.Kubernetes_io-x', []],
    ['example.com/MyName', []],
    ['kubernetes.io/hostname', []],
    ['a'.repeat(63), []],
    ['', ['name part must be non-empty', `name part ${QNAME_REGEX_MSG}`]],
    ['/a', ['prefix part must be non-empty']],
    ['example.com/', ['name part must be non-empty', `name part ${QNAME_REGEX_MSG}`]],
    ['Example.com/a', [`prefix part ${DNS1123_SUBDOMAIN_MSG}`]],
    ['a'.repeat(64), ['name part must be no more than 63 characters']],
    ['-a', [`name part ${QNAME_REGEX_MSG}`]],
    ['a b', [`name part ${QNAME_REGEX_MSG}`]],
    [
      'a/b/c',
      [
        "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
      ],
    ],
  ])('%j', (value, want) => {
    expect(isQualifiedName(value)).toEqual(want);
  });

  it('gives the same answers for names it has already seen', () => {
    for (const value of ['app', 'example.com/owner', 'a/b/c', '-a']) {
      expect(isQualifiedName(value)).toEqual(isQualifiedName(value));
    }
    expect(isQualifiedName('example.com/owner')).toEqual([]);
    expect(isQualifiedName('-a')).toEqual([`name part ${QNAME_REGEX_MSG}`]);
  });

  it('stays correct after its memory of valid names fills and is emptied', () => {
    for (let i = 0; i < 5000; i++) expect(isQualifiedName(`example.com/k${i}`)).toEqual([]);
    expect(isQualifiedName('example.com/k0')).toEqual([]);
    expect(isQualifiedName('Example.com/k0')).toEqual([`prefix part ${DNS1123_SUBDOMAIN_MSG}`]);
  });
});

describe('isValidLabelValue', () => {
  it.each([
    ['', []],
    ['MyValue', []],
    ['my_value', []],
    ['12345', []],
    ['a'.repeat(63), []],
    ['a'.repeat(64), ['must be no more than 63 characters']],
    ['-a', [LABEL_VALUE_MSG]],
    ['a/b', [LABEL_VALUE_MSG]],
    ['é', [LABEL_VALUE_MSG]],
  ])('%j', (value, want) => {
    expect(isValidLabelValue(value)).toEqual(want);
  });
});

describe('isCIdentifier and isEnvVarName', () => {
  it.each([
    ['MY_VAR', [], []],
    ['_x1', [], []],
    ['1X', [C_IDENTIFIER_MSG], [ENV_VAR_MSG]],
    ['my.env-name', [C_IDENTIFIER_MSG], []],
    ['.', [C_IDENTIFIER_MSG], ["must not be '.'"]],
    ['..', [C_IDENTIFIER_MSG], ["must not be '..'"]],
    ['..a', [C_IDENTIFIER_MSG], ["must not start with '..'"]],
    ['a=b', [C_IDENTIFIER_MSG], [ENV_VAR_MSG]],
  ])('%j', (value, cWant, envWant) => {
    expect(isCIdentifier(value)).toEqual(cWant);
    expect(isEnvVarName(value)).toEqual(envWant);
  });
});

describe('isConfigMapKey', () => {
  it.each([
    ['key.name', []],
    ['KEY_NAME', []],
    ['a/b', ["a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"]],
    ['..', ["must not be '..'"]],
  ])('%j', (value, want) => {
    expect(isConfigMapKey(value)).toEqual(want);
  });
});

describe('isValidPortNum', () => {
  it.each([
    [1, []],
    [80, []],
    [65535, []],
    [0, ['must be between 1 and 65535, inclusive']],
    [65536, ['must be between 1 and 65535, inclusive']],
    [-1, ['must be between 1 and 65535, inclusive']],
    [1.5, ['must be between 1 and 65535, inclusive']],
  ])('%j', (value, want) => {
    expect(isValidPortNum(value)).toEqual(want);
  });
});

describe('isValidPortName', () => {
  it.each([
    ['http', []],
    ['h2c-web', []],
    ['a1', []],
    ['a'.repeat(15), []],
    ['a'.repeat(16), ['must be no more than 15 characters']],
    ['', ['must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)', 'must contain at least one letter (a-z)']],
    ['8080', ['must contain at least one letter (a-z)']],
    ['HTTP', ['must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)', 'must contain at least one letter (a-z)']],
    ['a--b', ['must not contain consecutive hyphens']],
    ['-ab', ['must not begin or end with a hyphen']],
    ['ab-', ['must not begin or end with a hyphen']],
  ])('%j', (value, want) => {
    expect(isValidPortName(value)).toEqual(want);
  });
});
