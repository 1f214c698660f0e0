import { describe, expect, it } from 'vitest';
import { FieldPath } from './field-path.js';
import {
  type ObjectMetaFields,
  maskTrailingDash,
  nameIsDNS1035Label,
  nameIsDNSLabel,
  nameIsDNSSubdomain,
  validateAnnotations,
  validateLabels,
  validateNonnegativeField,
  validateObjectMeta,
} from './object-meta.js';

const meta = FieldPath.root('metadata');
const strings = (errs: readonly { toString(): string }[]): string[] => errs.map(String);

describe('validateNonnegativeField', () => {
  it('accepts zero and above', () => {
    expect(validateNonnegativeField(0, FieldPath.root('spec', 'replicas'))).toEqual([]);
  });
  it('rejects a negative number', () => {
    expect(strings(validateNonnegativeField(-1, FieldPath.root('spec', 'replicas')))).toEqual([
      'spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    ]);
  });
});

describe('maskTrailingDash and prefix name rules', () => {
  it.each([
    ['web-', 'wea'],
    ['web', 'web'],
    ['-', '-'],
    ['a-', 'a'],
  ])('%j → %j', (name, want) => {
    expect(maskTrailingDash(name)).toBe(want);
  });

  it.each([
    [nameIsDNSSubdomain, 'web-', true, 0],
    [nameIsDNSSubdomain, 'web-', false, 1],
    [nameIsDNSLabel, 'ns-', true, 0],
    [nameIsDNS1035Label, 'svc-', true, 0],
    [nameIsDNS1035Label, '1svc-', true, 1],
  ])('%o(%j, prefix=%s) has %d errors', (fn, name, prefix, count) => {
    expect(fn(name, prefix)).toHaveLength(count);
  });
});

describe('validateLabels', () => {
  it('accepts good labels', () => {
    expect(validateLabels({ app: 'web', 'app.kubernetes.io/name': '', tier: 'a.b_c-d' }, meta.child('labels'))).toEqual([]);
  });

  it('reports keys and values at the labels path, in key order', () => {
    expect(strings(validateLabels({ 'b/c/d': 'ok', a: '-bad' }, meta.child('labels')))).toEqual([
      `metadata.labels: Invalid value: "-bad": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
      `metadata.labels: Invalid value: "b/c/d": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ]);
  });
});

describe('validateAnnotations', () => {
  it('accepts upper-case prefixes (keys are checked lower-cased)', () => {
    expect(validateAnnotations({ 'Example.COM/Note': 'anything at all: {}' }, meta.child('annotations'))).toEqual([]);
  });

  it('rejects a bad key with the key as written', () => {
    expect(strings(validateAnnotations({ 'a b': '' }, meta.child('annotations')))[0]).toMatch(
      /^metadata\.annotations: Invalid value: "a b": name part must consist of/,
    );
  });

  it('allows exactly 256 KiB in total and no more', () => {
    const at = { k: 'x'.repeat(256 * 1024 - 1) };
    const over = { k: 'x'.repeat(256 * 1024) };
    expect(validateAnnotations(at, meta.child('annotations'))).toEqual([]);
    expect(strings(validateAnnotations(over, meta.child('annotations')))).toEqual([
      'metadata.annotations: Too long: may not be more than 262144 bytes',
    ]);
  });

  it('counts bytes, not characters', () => {
    const multiByte = { k: 'é'.repeat(128 * 1024) };
    expect(validateAnnotations(multiByte, meta.child('annotations'))).toHaveLength(1);
  });
});

describe('validateObjectMeta', () => {
  it.each<[string, ObjectMetaFields, boolean, string[]]>([
    ['a good namespaced object', { name: 'web', namespace: 'default' }, true, []],
    ['a good cluster-scoped object', { name: 'node-1' }, false, []],
    ['generateName alone', { generateName: 'web-', namespace: 'default' }, true, []],
    [
      'neither name nor generateName',
      { namespace: 'default' },
      true,
      ['metadata.name: Required value: name or generateName is required'],
    ],
    ['a missing namespace', { name: 'web' }, true, ['metadata.namespace: Required value']],
    [
      'a namespace on a cluster-scoped kind',
      { name: 'n', namespace: 'default' },
      false,
      ['metadata.namespace: Forbidden: not allowed on this type'],
    ],
    [
      'a namespace with dots',
      { name: 'web', namespace: 'a.b' },
      true,
      ['metadata.namespace: Invalid value: "a.b": must not contain dots'],
    ],
    [
      'a negative generation',
      { name: 'web', namespace: 'default', generation: -1 },
      true,
      ['metadata.generation: Invalid value: -1: must be greater than or equal to 0'],
    ],
  ])('%s', (_name, fields, namespaced, want) => {
    expect(strings(validateObjectMeta(fields, namespaced, nameIsDNSSubdomain, meta))).toEqual(want);
  });

  it('checks the name with the kind’s rule', () => {
    const errs = strings(validateObjectMeta({ name: 'Web_1', namespace: 'default' }, true, nameIsDNSSubdomain, meta));
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/^metadata\.name: Invalid value: "Web_1": a lowercase RFC 1123 subdomain must consist of/);
  });

  it('checks generateName as a prefix', () => {
    const errs = strings(validateObjectMeta({ generateName: 'Web-', namespace: 'default' }, true, nameIsDNSSubdomain, meta));
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatch(/^metadata\.generateName: Invalid value: "Web-": a lowercase RFC 1123 subdomain/);
  });
});
