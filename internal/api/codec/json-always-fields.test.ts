import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { messageType } from '../proto/root.js';
import { fromJSONValue, toJSONValue, type Internal } from './json-codec.js';
import type { JsonObject } from './json-value.js';

// Go's encoding/json always writes a struct-valued field (`omitempty` cannot leave a struct out),
// writes a zero metav1.Time as `null`, and writes a plain scalar without `omitempty` as its zero. These
// cases pin what Skiff writes in their place, read from kubectl's output against a real Kubernetes
// (checked against k8s.io/api's types.go), and that reading it back gives the object again.

/** Looks a value up by a dotted path of keys and list indexes ("spec.template.metadata"). */
function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
}

const deployment = messageType('skiff.apps.v1.Deployment');
const service = messageType('skiff.core.v1.Service');
const pod = messageType('skiff.core.v1.Pod');
const cronJob = messageType('skiff.batch.v1.CronJob');
const revision = messageType('skiff.apps.v1.ControllerRevision');
const node = messageType('skiff.core.v1.Node');
const pdb = messageType('skiff.policy.v1.PodDisruptionBudget');
const daemonSet = messageType('skiff.apps.v1.DaemonSet');

/** What Kubernetes writes for a NodeSystemInfo nobody filled in: every one of its strings, empty. */
const EMPTY_NODE_INFO = {
  machineID: '',
  systemUUID: '',
  bootID: '',
  kernelVersion: '',
  osImage: '',
  containerRuntimeVersion: '',
  kubeletVersion: '',
  kubeProxyVersion: '',
  operatingSystem: '',
  architecture: '',
};

const WEB: Internal = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'default', creationTimestamp: '2026-01-02T03:04:05Z' },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } },
  },
};

describe('JSON of fields Kubernetes always writes', () => {
  it.each([
    ['a template metadata with no time', deployment, WEB, 'spec.template.metadata', { labels: { app: 'web' }, creationTimestamp: null }],
    ['a container without resources', deployment, WEB, 'spec.template.spec.containers.0.resources', {}],
    ['a Deployment status right after create', deployment, WEB, 'status', {}],
    ['a Deployment strategy left to defaulting', deployment, WEB, 'spec.strategy', {}],
    ['a ClusterIP Service status', service, { metadata: { name: 's' }, spec: { type: 'ClusterIP' } }, 'status', { loadBalancer: {} }],
    ['an absent Service status written with its own value fields', service, { metadata: { name: 's' } }, 'status.loadBalancer', {}],
    ['a pod condition never probed', pod, { status: { conditions: [{ type: 'Ready', status: 'True' }] } }, 'status.conditions.0', { type: 'Ready', status: 'True', lastProbeTime: null, lastTransitionTime: null }],
    ['a container status just created', pod, { status: { containerStatuses: [{ name: 'c' }] } }, 'status.containerStatuses.0', { name: 'c', state: {}, lastState: {}, ready: false, restartCount: 0, image: '', imageID: '' }],
    ['a Node status nobody reported', node, { metadata: { name: 'n' } }, 'status', { daemonEndpoints: { kubeletEndpoint: { Port: 0 } }, nodeInfo: EMPTY_NODE_INFO }],
    ['a Node kubelet port set by the kubelet', node, { status: { daemonEndpoints: { kubeletEndpoint: { Port: 10250 } } } }, 'status.daemonEndpoints', { kubeletEndpoint: { Port: 10250 } }],
    ['an empty PodDisruptionBudget status', pdb, { metadata: { name: 'p' } }, 'status', { disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 }],
    ['a DaemonSet status before its first sync', daemonSet, { metadata: { name: 'd' } }, 'status', { currentNumberScheduled: 0, numberMisscheduled: 0, desiredNumberScheduled: 0, numberReady: 0 }],
    ['a container port and a volume mount', deployment, { spec: { template: { spec: { containers: [{ name: 'c', ports: [{}], volumeMounts: [{}] }] } } } }, 'spec.template.spec.containers.0', { name: 'c', ports: [{ containerPort: 0 }], resources: {}, volumeMounts: [{ name: '', mountPath: '' }] }],
    ['a zero set explicitly, as the zero', pod, { status: { containerStatuses: [{ name: 'c', ready: false, restartCount: 0 }] } }, 'status.containerStatuses.0.ready', false],
    ['an omitempty scalar left out when absent', pdb, { status: { currentHealthy: 1 } }, 'status.observedGeneration', undefined],
    ['an absent CronJob job template, nested', cronJob, { metadata: { name: 'c' } }, 'spec.jobTemplate', { metadata: { creationTimestamp: null }, spec: { template: { metadata: { creationTimestamp: null }, spec: { containers: null } } } }],
    ['a present but empty struct', deployment, { spec: { strategy: {} } }, 'spec.strategy', {}],
    ['a ControllerRevision without data', revision, { metadata: { name: 'r' }, revision: 1 }, 'data', null],
  ])('writes %s', (_name, type, obj, path, expected) => {
    expect(at(toJSONValue(type, obj), path)).toStrictEqual(expected);
  });

  it('leaves pointer fields out: a pod has no securityContext, affinity or startTime unless set', () => {
    const json = toJSONValue(pod, { spec: { containers: [{ name: 'c' }] } });
    expect(json).toStrictEqual({
      metadata: { creationTimestamp: null },
      spec: { containers: [{ name: 'c', resources: {} }] },
      status: {},
    });
  });

  it('writes present fields in the order they had, with the always-written ones in their place', () => {
    const json = toJSONValue(deployment, WEB);
    expect(Object.keys(json)).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'status']);
    expect(Object.keys(at(json, 'spec.template.metadata') as JsonObject)).toEqual(['creationTimestamp', 'labels']);
    expect(Object.keys(at(json, 'spec.template.spec.containers.0') as JsonObject)).toEqual(['name', 'image', 'resources']);
  });

  it.each([
    ['a Deployment', deployment, WEB],
    ['a Service', service, { metadata: { name: 's' }, spec: { type: 'ClusterIP' } }],
    ['a pod with conditions and container states', pod, { status: { conditions: [{ type: 'Ready' }], containerStatuses: [{ name: 'c', state: { running: { startedAt: '2026-01-02T03:04:05Z' } } }] } }],
    ['a CronJob', cronJob, { metadata: { name: 'c' }, spec: { schedule: '* * * * *' } }],
    ['a Node', node, { metadata: { name: 'n' }, status: { nodeInfo: { kubeletVersion: 'v1.31.0' } } }],
    ['a PodDisruptionBudget with counts', pdb, { metadata: { name: 'p' }, status: { currentHealthy: 3, desiredHealthy: 2, disruptionsAllowed: 1, expectedPods: 3 } }],
    ['a ready container that restarted', pod, { status: { containerStatuses: [{ name: 'c', ready: true, restartCount: 2, image: 'nginx', imageID: 'sha256:1' }] } }],
  ])('reads back what it writes for %s: the always-written fields come back absent', (_name, type, obj) => {
    const { object, problems } = fromJSONValue(type, JSON.parse(JSON.stringify(toJSONValue(type, obj))));
    expect(problems).toEqual([]);
    expect(object).toStrictEqual(obj);
  });

  it.each([
    ['`{}`', { spec: { strategy: {} } }, {}],
    ['a struct holding only empty structs and null times', { spec: { template: { metadata: { creationTimestamp: null }, spec: { containers: [{ name: 'c', resources: {} }] } } } }, { spec: { template: { spec: { containers: [{ name: 'c' }] } } } }],
    ['a struct holding only empty lists', { spec: { template: { metadata: { labels: {}, finalizers: [] } } } }, {}],
  ])('reads a value struct that holds nothing (%s) as absent', (_name, json, expected) => {
    expect(fromJSONValue(deployment, json).object).toStrictEqual(expected);
  });

  // Go cannot tell `ready: false` set by the kubelet from a ContainerStatus nobody filled in, and
  // Kubernetes writes both the same way; reading the zero as absent is what keeps decode(encode(x))
  // exact for a marked scalar, and only marked scalars lose the difference.
  it.each([
    ['a zero bool and int in a container status', pod, { status: { containerStatuses: [{ name: 'c', ready: false, restartCount: 0, image: '' }] } }, { status: { containerStatuses: [{ name: 'c' }] } }],
    ['PodDisruptionBudget counts of zero', pdb, { status: { currentHealthy: 0, desiredHealthy: 0, disruptionsAllowed: 0, expectedPods: 0 } }, {}],
    ['a Node status holding only zeros', node, { status: { daemonEndpoints: { kubeletEndpoint: { Port: 0 } }, nodeInfo: EMPTY_NODE_INFO } }, {}],
    ['an unmarked zero, kept: replicas 0 is a value', deployment, { spec: { replicas: 0 } }, { spec: { replicas: 0 } }],
  ])('reads a scalar Kubernetes always writes, equal to its zero, as absent: %s', (_name, type, json, expected) => {
    const { object, problems } = fromJSONValue(type, json);
    expect(problems).toEqual([]);
    expect(object).toStrictEqual(expected);
  });

  it('keeps an empty struct Kubernetes writes only when set: emptyDir {} still asks for a volume', () => {
    const json = { spec: { volumes: [{ name: 'scratch', emptyDir: {} }] } };
    expect(fromJSONValue(pod, json).object).toStrictEqual(json);
  });

  it.each([
    ['"null" on an omitempty scalar', 'string', 'null', 'does not fit a field of kind string marked (skiff.k8s_omitempty)', { '(skiff.k8s_omitempty)': true }],
    ['"struct" on a string', 'string', 'struct', 'does not fit a field of kind string'],
    ['an unknown value', 'string', 'always', '(skiff.k8s_always) = "always"'],
    ['"zero" on bytes', 'bytes', 'zero', 'does not fit a field of kind bytes'],
    ['"zero" on an omitempty scalar', 'int32', 'zero', 'does not fit', { '(skiff.k8s_omitempty)': true }],
    ['"zero" on a time', 'string', 'zero', 'does not fit', { '(skiff.k8s_wire)': 'time' }],
  ])('refuses a mark that does not fit its field: %s', (_name, fieldType, mark, message, more: Record<string, unknown> = {}) => {
    const options = { '(skiff.k8s_always)': mark, ...more };
    const type = new protobuf.Type('Marked').add(new protobuf.Field('f', 1, fieldType, 'optional', undefined, options));
    new protobuf.Root().define('test').add(type);
    expect(() => toJSONValue(type, {})).toThrow(message);
  });
});
