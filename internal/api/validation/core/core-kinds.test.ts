import { describe, expect, it } from 'vitest';
import { defaultReplicationController } from '../../defaults/core/index.js';
import type { ReplicationController__Output } from '../../generated/skiff/core/v1/ReplicationController.js';
import {
  validateConfigMap,
  validateConfigMapUpdate,
  validateEndpoints,
  validateEvent,
  validateNamespace,
  validateNamespaceStatusUpdate,
  validateNode,
  validateNodeUpdate,
  validatePersistentVolume,
  validatePersistentVolumeClaim,
  validatePersistentVolumeClaimUpdate,
  validateReplicationController,
  validateSecret,
  validateSecretUpdate,
} from './index.js';

const strings = (errs: readonly { toString(): string }[]): string[] => errs.map(String);

describe('ConfigMap', () => {
  it('accepts text and binary keys', () => {
    expect(validateConfigMap({ data: { 'app.conf': 'x' }, binaryData: { 'logo.png': Buffer.from([1, 2]) } })).toEqual([]);
  });
  it('rejects bad keys, keys in both maps and more than 1 MiB', () => {
    const big = 'x'.repeat(1024 * 1024);
    expect(strings(validateConfigMap({ data: { 'a b': '', k: big }, binaryData: { k: Buffer.from('y') } }))).toEqual([
      `data[a b]: Invalid value: "a b": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`,
      'data[k]: Invalid value: "k": duplicate of key present in binaryData',
      '[]: Too long: may not be more than 1048576 bytes',
    ]);
  });
  it('keeps an immutable ConfigMap unchanged', () => {
    const old = { immutable: true, data: { a: '1' } };
    expect(strings(validateConfigMapUpdate({ data: { a: '2' } }, old))).toEqual([
      'immutable: Forbidden: field is immutable when `immutable` is set',
      'data: Forbidden: field is immutable when `immutable` is set',
    ]);
  });
});

describe('Secret', () => {
  it('requires the keys of its type', () => {
    expect(strings(validateSecret({ type: 'kubernetes.io/tls', data: { 'tls.crt': Buffer.from('c') } }))).toEqual(['data[tls.key]: Required value']);
    expect(strings(validateSecret({ type: 'kubernetes.io/service-account-token' }))).toEqual([
      'metadata.annotations[kubernetes.io/service-account.name]: Required value',
    ]);
  });
  it('never changes type', () => {
    expect(strings(validateSecretUpdate({ type: 'kubernetes.io/tls', data: { 'tls.crt': Buffer.from(''), 'tls.key': Buffer.from('') } }, { type: 'Opaque' }))).toEqual([
      'type: Invalid value: "kubernetes.io/tls": field is immutable',
    ]);
  });
});

describe('Namespace', () => {
  it('checks spec finalizer names', () => {
    expect(validateNamespace({ spec: { finalizers: ['kubernetes', 'example.com/cleanup'] } })).toEqual([]);
    expect(strings(validateNamespace({ spec: { finalizers: ['cleanup'] } }))).toEqual([
      'spec.finalizers: Invalid value: "cleanup": name is neither a standard finalizer name nor is it fully qualified',
    ]);
  });
  it('ties the phase to deletion', () => {
    expect(strings(validateNamespaceStatusUpdate({ status: { phase: 'Terminating' } }, {}))).toEqual([
      "status.Phase: Invalid value: \"Terminating\": may only be 'Active' if `deletionTimestamp` is empty",
    ]);
    expect(validateNamespaceStatusUpdate({ metadata: { deletionTimestamp: '2024-01-01T00:00:00Z' }, status: { phase: 'Terminating' } }, {})).toEqual([]);
  });
});

describe('Node', () => {
  it('checks taints and pod CIDRs', () => {
    expect(validateNode({ spec: { podCIDRs: ['10.244.0.0/24'], taints: [{ key: 'dedicated', value: 'gpu', effect: 'NoSchedule' }] } })).toEqual([]);
    expect(strings(validateNode({ spec: { podCIDRs: ['10.244.0.0'], taints: [{ key: 'k', effect: 'Never' }] } }))).toEqual([
      'metadata.taints[0].effect: Unsupported value: "Never": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"',
      'spec.podCIDRs[0]: Invalid value: "10.244.0.0": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)',
    ]);
  });
  it('sets the pod CIDR only once', () => {
    const old = { spec: { podCIDRs: ['10.244.0.0/24'] } };
    expect(strings(validateNodeUpdate({ spec: { podCIDRs: ['10.244.1.0/24'] } }, old))).toEqual([
      'spec.podCIDRs: Forbidden: node updates may not change podCIDR except from "" to valid',
    ]);
    expect(validateNodeUpdate(old, { spec: {} })).toEqual([]);
  });
});

describe('Endpoints', () => {
  it('checks addresses and ports', () => {
    expect(validateEndpoints({ subsets: [{ addresses: [{ ip: '10.244.0.5' }], ports: [{ port: 80, protocol: 'TCP' }] }] })).toEqual([]);
    // Skiff's pods live on loopback addresses (127.128.0.0/10), so loopback is allowed; link-local is not.
    expect(validateEndpoints({ subsets: [{ addresses: [{ ip: '127.128.0.5' }], ports: [{ port: 80, protocol: 'TCP' }] }] })).toEqual([]);
    expect(strings(validateEndpoints({ subsets: [{ addresses: [{ ip: '169.254.0.1' }], ports: [{ port: 80, protocol: 'TCP' }, { port: 81, protocol: 'TCP' }] }, {}] }))).toEqual([
      'subsets[0].addresses[0].ip: Invalid value: "169.254.0.1": may not be in the link-local range (169.254.0.0/16, fe80::/10)',
      'subsets[0].ports[0].name: Required value',
      'subsets[0].ports[1].name: Required value',
      'subsets[1]: Required value: must specify `addresses` or `notReadyAddresses`',
    ]);
  });
});

describe('Event', () => {
  it('requires the involved object in the event namespace', () => {
    expect(validateEvent({ metadata: { namespace: 'a' }, involvedObject: { kind: 'Pod', namespace: 'a', name: 'p' } })).toEqual([]);
    expect(validateEvent({ metadata: { namespace: 'default' }, involvedObject: { kind: 'Node', name: 'n' } })).toEqual([]);
    expect(strings(validateEvent({ metadata: { namespace: 'a' }, involvedObject: { kind: 'Pod', namespace: 'b' } }))).toEqual([
      'involvedObject.namespace: Invalid value: "b": does not match event.namespace',
    ]);
  });
});

describe('ReplicationController', () => {
  const rc = (spec: ReplicationController__Output['spec']): ReplicationController__Output => {
    const r: ReplicationController__Output = { spec };
    defaultReplicationController(r);
    return r;
  };
  const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.25' }] } };

  it('accepts a selector matching the template', () => {
    expect(validateReplicationController(rc({ template }))).toEqual([]);
  });
  it.each<[string, ReplicationController__Output['spec'], string[]]>([
    ['negative replicas', { replicas: -1, template }, ['spec.replicas: Invalid value: -1: must be greater than or equal to 0']],
    [
      'a selector the template does not match',
      { selector: { app: 'db' }, template },
      ['spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`'],
    ],
    [
      'a template that does not restart always',
      { template: { ...template, spec: { ...template.spec, restartPolicy: 'OnFailure' } } },
      ['spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"'],
    ],
    ['no template', {}, ['spec.selector: Required value', 'spec.template: Required value']],
  ])('rejects %s', (_name, spec, want) => {
    expect(strings(validateReplicationController(rc(spec)))).toEqual(want);
  });
});

describe('PersistentVolume and PersistentVolumeClaim', () => {
  it('validates a PersistentVolume', () => {
    const good = { spec: { accessModes: ['ReadWriteOnce'], capacity: { storage: '1Gi' }, hostPath: { path: '/data', type: '' } } };
    expect(validatePersistentVolume(good)).toEqual([]);
    expect(strings(validatePersistentVolume({ spec: { accessModes: ['ReadWriteSometimes'], capacity: { storage: '0' } } }))).toEqual([
      'spec.accessModes: Unsupported value: "ReadWriteSometimes": supported values: "ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"',
      'spec.capacity[storage]: Invalid value: "0": must be greater than zero',
      'spec: Required value: must specify a volume type',
    ]);
  });
  it('validates a claim and its updates', () => {
    const claim = { spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, volumeMode: 'Filesystem' } };
    expect(validatePersistentVolumeClaim(claim)).toEqual([]);
    expect(strings(validatePersistentVolumeClaim({ spec: {} }))).toEqual([
      'spec.accessModes: Required value: at least 1 access mode is required',
      'spec.resources[storage]: Required value',
    ]);
    const bound = { ...structuredClone(claim), status: { phase: 'Bound', capacity: { storage: '1Gi' } } };
    const grown = structuredClone(bound);
    grown.spec.resources.requests.storage = '2Gi';
    expect(validatePersistentVolumeClaimUpdate(grown, bound)).toEqual([]);
    const changed = structuredClone(bound);
    changed.spec.accessModes = ['ReadWriteMany'];
    expect(strings(validatePersistentVolumeClaimUpdate(changed, bound))[0].split('\n')[0]).toBe(
      'spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims',
    );
  });
});
