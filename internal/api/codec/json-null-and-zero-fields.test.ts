import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { messageType } from '../proto/root.js';
import { fromJSONValue, toJSONValue, type Internal } from './json-codec.js';
import { objectFromK8sProtobuf } from './k8s-protobuf.js';
import { encode, int, intOrString, k8sBody, msg, quantity, str } from './k8s-test-encoder.js';
import { decodeProto, encodeProto } from './proto-codec.js';

// Go's encoding/json writes `null` for a nil pointer, slice or map whose json tag has no omitempty
// (PodSpec.containers `json:"containers"`, a workload's `selector`, GRPCAction.service, every list's
// `items`), and `[]` or `{}` for an empty one; it writes a value IntOrString or Quantity even with
// omitempty (ServicePort.targetPort as 0, ResourceFieldSelector.divisor as "0"), and a value string
// without omitempty as "" (HostAlias.ip, StatefulSetSpec.serviceName). Tags read from k8s.io/api
// v0.32 (core/v1, apps/v1, batch/v1, storage/v1 types.go; meta/v1 from apimachinery).

/** Looks a value up by a dotted path of keys and list indexes ("spec.template.spec"). */
function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
}

/** The JSON text of `obj` read back: what a client of Skiff's REST face sees. */
function wire(type: protobuf.Type, obj: Internal): unknown {
  return JSON.parse(JSON.stringify(toJSONValue(type, obj)));
}

const pod = messageType('skiff.core.v1.Pod');
const podList = messageType('skiff.core.v1.PodList');
const deployment = messageType('skiff.apps.v1.Deployment');
const statefulSet = messageType('skiff.apps.v1.StatefulSet');
const daemonSet = messageType('skiff.apps.v1.DaemonSet');
const replicaSet = messageType('skiff.apps.v1.ReplicaSet');
const job = messageType('skiff.batch.v1.Job');
const pvc = messageType('skiff.core.v1.PersistentVolumeClaim');
const node = messageType('skiff.core.v1.Node');
const service = messageType('skiff.core.v1.Service');
const storageClass = messageType('skiff.storage.v1.StorageClass');

const containers = (...c: Internal[]): Internal => ({ spec: { containers: c } });
const podWithProbe = (probe: Internal): Internal => containers({ name: 'c', livenessProbe: probe });
const podWithEnv = (valueFrom: Internal): Internal => containers({ name: 'c', env: [{ name: 'E', valueFrom }] });
const jobWith = (spec: Internal): Internal => ({ spec: { template: { spec: { containers: [{ name: 'c' }] } }, ...spec } });

describe('JSON of nil pointers, slices and maps Kubernetes writes as null', () => {
  it.each([
    ['a pod spec without containers', pod, { metadata: { name: 'p' } }, 'spec', { containers: null }],
    ['a Deployment without a selector', deployment, { metadata: { name: 'd' } }, 'spec.selector', null],
    ['a StatefulSet without a selector', statefulSet, { metadata: { name: 's' } }, 'spec.selector', null],
    ['a DaemonSet without a selector', daemonSet, { metadata: { name: 'd' } }, 'spec.selector', null],
    ['a ReplicaSet without a selector', replicaSet, { metadata: { name: 'r' } }, 'spec.selector', null],
    ['a gRPC probe without a service', pod, podWithProbe({ grpc: { port: 9000 } }), 'spec.containers.0.livenessProbe.grpc', { port: 9000, service: null }],
    ['a data source without an API group', pvc, { spec: { dataSource: { kind: 'PersistentVolumeClaim', name: 'src' } } }, 'spec.dataSource.apiGroup', null],
    ['a data source reference without an API group', pvc, { spec: { dataSourceRef: { kind: 'PersistentVolumeClaim', name: 'src' } } }, 'spec.dataSourceRef', { apiGroup: null, kind: 'PersistentVolumeClaim', name: 'src' }],
    ['a node selector without terms', pod, { spec: { affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: {} } } } }, 'spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution', { nodeSelectorTerms: null }],
    ['a projected volume without sources', pod, { spec: { volumes: [{ name: 'v', projected: { defaultMode: 420 } }] } }, 'spec.volumes.0.projected', { sources: null, defaultMode: 420 }],
    ['a node image without names', node, { status: { images: [{ sizeBytes: 10 }] } }, 'status.images.0', { names: null, sizeBytes: 10 }],
    ['a topology requirement without values', storageClass, { allowedTopologies: [{ matchLabelExpressions: [{ key: 'zone' }] }] }, 'allowedTopologies.0.matchLabelExpressions.0', { key: 'zone', values: null }],
    ['a pod failure policy without rules', job, jobWith({ podFailurePolicy: {} }), 'spec.podFailurePolicy', { rules: null }],
    ['an exit-code rule without values', job, jobWith({ podFailurePolicy: { rules: [{ action: 'FailJob', onExitCodes: { operator: 'In' } }] } }), 'spec.podFailurePolicy.rules.0.onExitCodes', { operator: 'In', values: null }],
    ['a success policy without rules', job, jobWith({ successPolicy: {} }), 'spec.successPolicy', { rules: null }],
    ['a list without items', podList, { metadata: { resourceVersion: '7' } }, 'items', null],
  ])('writes %s', (_name, type, obj, path, expected) => {
    expect(at(wire(type, obj), path)).toStrictEqual(expected);
  });

  it.each([
    ['an empty container list', pod, { spec: { containers: [] } }, 'spec.containers'],
    ['an empty pod failure policy rule list', job, jobWith({ podFailurePolicy: { rules: [] } }), 'spec.podFailurePolicy.rules'],
    ['an empty list of items', podList, { items: [] }, 'items'],
  ])('writes %s as `[]`, where Go tells it from nil, and reads it back as absent, as storage gives it back', (_name, type, obj, path) => {
    const json = wire(type, obj);
    expect(at(json, path)).toStrictEqual([]);
    const read = fromJSONValue(type, json).object;
    expect(at(read, path.replace(/\.\d+/g, ''))).toBeUndefined();
    expect(decodeProto(type, encodeProto(type, read))).toStrictEqual(read);
  });

  it('drops `[]` and `{}` when reading, whether the Go field is omitempty (volumes, labels) or not (containers)', () => {
    const { object } = fromJSONValue(pod, { metadata: { labels: {} }, spec: { volumes: [], containers: [] } });
    expect(object).toStrictEqual({});
  });

  it('reads an empty container list back as null once stored, as Kubernetes does (protobuf has no empty list)', () => {
    const { object } = fromJSONValue(pod, { spec: { containers: [] } });
    expect(at(wire(pod, decodeProto(pod, encodeProto(pod, object))), 'spec.containers')).toBeNull();
  });

  it('writes a pointer string set to "" as "", not null: an empty API group is the core group', () => {
    const obj = { spec: { dataSource: { apiGroup: '', kind: 'PersistentVolumeClaim', name: 'src' } } };
    expect(at(wire(pvc, obj), 'spec.dataSource.apiGroup')).toBe('');
    expect(fromJSONValue(pvc, wire(pvc, obj)).object).toStrictEqual(obj);
  });

  it.each([
    ['a Deployment of nulls', deployment, { spec: { selector: null, template: { metadata: { creationTimestamp: null }, spec: { containers: null } } } }, {}],
    ['a gRPC probe with a null service', pod, { spec: { containers: [{ name: 'c', livenessProbe: { grpc: { port: 1, service: null } } }] } }, podWithProbe({ grpc: { port: 1 } })],
    ['a PodList with null items', podList, { items: null }, {}],
  ])('reads null back as absent: %s', (_name, type, json, expected) => {
    const { object, problems } = fromJSONValue(type, json);
    expect(problems).toEqual([]);
    expect(object).toStrictEqual(expected);
  });

  it.each([
    ['a pod without containers', pod, { metadata: { name: 'p' } }],
    ['a Deployment without a selector', deployment, { metadata: { name: 'd' }, spec: { replicas: 1 } }],
    ['a job with a pod failure policy without rules', job, jobWith({ podFailurePolicy: {} })],
    ['a claim whose data sources have no API group', pvc, { spec: { dataSource: { kind: 'K', name: 'n' }, dataSourceRef: { kind: 'K', name: 'n' } } }],
  ])('reads back what it writes for %s', (_name, type, obj) => {
    const { object, problems } = fromJSONValue(type, wire(type, obj));
    expect(problems).toEqual([]);
    expect(object).toStrictEqual(obj);
  });
});

describe('JSON of value fields Kubernetes writes as their zero', () => {
  it.each([
    ['a service port without a target port', service, { spec: { ports: [{ port: 80 }] } }, 'spec.ports.0', { port: 80, targetPort: 0 }],
    ['an HTTP probe without a port', pod, podWithProbe({ httpGet: { path: '/' } }), 'spec.containers.0.livenessProbe.httpGet', { path: '/', port: 0 }],
    ['a TCP probe without a port', pod, podWithProbe({ tcpSocket: {} }), 'spec.containers.0.livenessProbe.tcpSocket', { port: 0 }],
    ['a resource field reference without a divisor', pod, podWithEnv({ resourceFieldRef: { resource: 'limits.cpu' } }), 'spec.containers.0.env.0.valueFrom.resourceFieldRef', { resource: 'limits.cpu', divisor: '0' }],
    ['a host alias without an IP', pod, { spec: { hostAliases: [{ hostnames: ['h'] }] } }, 'spec.hostAliases.0', { ip: '', hostnames: ['h'] }],
    ['a pod IP and a host IP without an address', pod, { status: { podIPs: [{}], hostIPs: [{}] } }, 'status', { hostIPs: [{ ip: '' }], podIPs: [{ ip: '' }] }],
    ['a StatefulSet without a service name', statefulSet, { spec: { replicas: 1 } }, 'spec.serviceName', ''],
  ])('writes %s', (_name, type, obj, path, expected) => {
    expect(at(wire(type, obj), path)).toStrictEqual(expected);
  });

  it.each([
    ['targetPort 0', service, { spec: { ports: [{ port: 80, targetPort: 0 }] } }, { spec: { ports: [{ port: 80 }] } }],
    ['divisor "0"', pod, podWithEnv({ resourceFieldRef: { resource: 'limits.cpu', divisor: '0' } }), podWithEnv({ resourceFieldRef: { resource: 'limits.cpu' } })],
    ['serviceName ""', statefulSet, { spec: { serviceName: '' } }, {}],
    ['a host alias ip ""', pod, { spec: { hostAliases: [{ ip: '', hostnames: ['h'] }] } }, { spec: { hostAliases: [{ hostnames: ['h'] }] } }],
  ])('reads the zero back as absent, since Go cannot tell it from unset: %s', (_name, type, json, expected) => {
    const { object, problems } = fromJSONValue(type, json);
    expect(problems).toEqual([]);
    expect(object).toStrictEqual(expected);
  });

  it.each([
    ['a named target port "0"', service, { spec: { ports: [{ port: 80, targetPort: { strVal: '0' } }] } }],
    ['an empty named target port', service, { spec: { ports: [{ port: 80, targetPort: { strVal: '' } }] } }],
    ['a numeric target port', service, { spec: { ports: [{ port: 80, targetPort: { intVal: 8080 } }] } }],
    ['a divisor of 1m', pod, podWithEnv({ resourceFieldRef: { resource: 'limits.cpu', divisor: '1m' } })],
    ['a service name', statefulSet, { spec: { serviceName: 'web' } }],
  ])('keeps a value that is not the zero: %s', (_name, type, obj) => {
    expect(fromJSONValue(type, wire(type, obj)).object).toStrictEqual(obj);
  });

  it('reads the zeros Kubernetes protobuf writes for an unset target port and divisor as absent', () => {
    const ports = msg(2, msg(1, str(1, ''), str(2, 'TCP'), int(3, 80), intOrString(4, 0), int(5, 0)));
    const raw = encode(msg(1, str(1, 's')), ports);
    const svc = objectFromK8sProtobuf(k8sBody('v1', 'Service', raw)).object;
    expect(at(svc, 'spec.ports.0')).toStrictEqual({ protocol: 'TCP', port: 80 });
    const env = msg(7, str(1, 'E'), msg(3, msg(2, str(2, 'limits.cpu'), quantity(3, '0'))));
    const p = objectFromK8sProtobuf(k8sBody('v1', 'Pod', encode(msg(1, str(1, 'p')), msg(2, msg(2, str(1, 'c'), env))))).object;
    expect(at(p, 'spec.containers.0.env.0')).toStrictEqual({ name: 'E', valueFrom: { resourceFieldRef: { resource: 'limits.cpu' } } });
  });
});

describe('the (skiff.k8s_always) marks on shapes beyond the kinds', () => {
  function marked(fieldType: string, mark: string, rule?: 'repeated' | 'map', more: Record<string, unknown> = {}): protobuf.Type {
    const options = { '(skiff.k8s_always)': mark, ...more };
    const f = rule === 'map' ? new protobuf.MapField('f', 1, 'string', fieldType, options) : new protobuf.Field('f', 1, fieldType, rule ?? 'optional', undefined, options);
    const type = new protobuf.Type('Marked').add(f);
    new protobuf.Root().define('test').add(type);
    return type;
  }

  it('writes a nil map without omitempty as null, an empty one as {}, and reads {} back as absent', () => {
    const type = marked('string', 'null', 'map');
    expect(toJSONValue(type, {})).toStrictEqual({ f: null });
    expect(toJSONValue(type, { f: {} })).toStrictEqual({ f: {} });
    expect(fromJSONValue(type, { f: {} }).object).toStrictEqual({});
    expect(fromJSONValue(type, { f: null }).object).toStrictEqual({});
  });

  it('writes a nil integer pointer without omitempty as null, and 0 as 0', () => {
    const type = marked('int32', 'null');
    expect(toJSONValue(type, {})).toStrictEqual({ f: null });
    expect(fromJSONValue(type, { f: 0 }).object).toStrictEqual({ f: 0 });
  });

  it('writes the zero of a value Quantity as "0"', () => {
    const type = marked('string', 'zero', undefined, { '(skiff.k8s_wire)': 'quantity' });
    expect(toJSONValue(type, {})).toStrictEqual({ f: '0' });
    expect(fromJSONValue(type, { f: 0 }).object).toStrictEqual({});
  });

  it.each([
    ['"zero" on a list', 'int32', 'zero', 'repeated', 'does not fit a list'],
    ['"struct" on a map', 'string', 'struct', 'map', 'does not fit a map'],
  ])('refuses a mark that does not fit its field: %s', (_name, fieldType, mark, rule, message) => {
    expect(() => toJSONValue(marked(fieldType, mark, rule as 'repeated' | 'map'), {})).toThrow(message);
  });
});
