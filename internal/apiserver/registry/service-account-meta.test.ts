import { describe, expect, it } from 'vitest';
import { KINDS, type KubeObject } from '../../api/index.js';
import { validateMetaForCreate, validateMetaForUpdate } from './object-meta.js';

const strings = (errs: readonly { toString(): string }[]): string[] => errs.map(String);

// Kubernetes' ValidateServiceAccount is ValidateObjectMeta with a DNS-1123 subdomain name and
// nothing more: the secret and image pull secret references are not checked. In Skiff too a
// ServiceAccount gets only the registry's metadata checks, with its kind's name rule: its table.
describe('ServiceAccount', () => {
  const kind = KINDS.find((k) => k.group === '' && k.kind === 'ServiceAccount')!;
  const sa = (metadata: KubeObject['metadata'], rest: Record<string, unknown> = {}): KubeObject =>
    ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata, ...rest }) as KubeObject;
  const meta = { name: 'builder', namespace: 'ci' };
  const subdomainMsg = `a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`;

  it.each<[string, KubeObject]>([
    ['a plain one', sa(meta)],
    ['a name with dots (a subdomain, not only a label)', sa({ name: 'builder.ci-bot', namespace: 'ci' })],
    ['a generateName ending in a dash', sa({ generateName: 'builder-', namespace: 'ci' })],
    ['secret references', sa(meta, { secrets: [{ name: 'builder-token-x7k2p' }] })],
    ['image pull secrets', sa(meta, { imagePullSecrets: [{ name: 'registry-key' }] })],
    ['automountServiceAccountToken false', sa(meta, { automountServiceAccountToken: false })],
    ['references whose names are not object names', sa(meta, { secrets: [{ name: 'Not_A_Name' }], imagePullSecrets: [{ name: 'x y' }] })],
  ])('accepts %s', (_name, obj) => {
    expect(validateMetaForCreate(obj, kind)).toEqual([]);
  });

  it.each<[string, KubeObject, string[]]>([
    ['no name', sa({ namespace: 'ci' }), ['metadata.name: Required value: name or generateName is required']],
    ['a name that is not a subdomain', sa({ name: 'Builder_1', namespace: 'ci' }), [`metadata.name: Invalid value: "Builder_1": ${subdomainMsg}`]],
    [
      'a name over 253 characters',
      sa({ name: 'a'.repeat(254), namespace: 'ci' }),
      [`metadata.name: Invalid value: "${'a'.repeat(254)}": must be no more than 253 characters`],
    ],
    ['a bad generateName', sa({ generateName: 'Builder_', namespace: 'ci' }), [`metadata.generateName: Invalid value: "Builder_": ${subdomainMsg}`]],
    ['no namespace', sa({ name: 'builder' }), ['metadata.namespace: Required value']],
    ['a namespace that is not a label', sa({ name: 'builder', namespace: 'ci.example' }), ['metadata.namespace: Invalid value: "ci.example": must not contain dots']],
    [
      'a bad label key',
      sa({ ...meta, labels: { '-team': 'x' } }),
      [
        `metadata.labels: Invalid value: "-team": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`,
      ],
    ],
    [
      'a bad label value',
      sa({ ...meta, labels: { app: 'a b' } }),
      [
        `metadata.labels: Invalid value: "a b": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
      ],
    ],
    [
      'an annotation key with an empty name part',
      sa({ ...meta, annotations: { 'example.com/': 'x' } }),
      [
        'metadata.annotations: Invalid value: "example.com/": name part must be non-empty',
        `metadata.annotations: Invalid value: "example.com/": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`,
      ],
    ],
  ])('rejects %s', (_name, obj, want) => {
    expect(strings(validateMetaForCreate(obj, kind))).toEqual(want);
  });

  it('keeps its name and namespace on update', () => {
    expect(strings(validateMetaForUpdate(sa({ name: 'deployer', namespace: 'ops' }), sa(meta), kind, true))).toEqual([
      'metadata.name: Invalid value: "deployer": field is immutable',
      'metadata.namespace: Invalid value: "ops": field is immutable',
    ]);
    expect(validateMetaForUpdate(sa(meta, { automountServiceAccountToken: false }), sa(meta), kind, true)).toEqual([]);
  });
});
