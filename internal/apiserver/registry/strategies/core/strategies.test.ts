import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../api/index.js';
import type { Pod__Output } from '../../../../api/generated/skiff/core/v1/Pod.js';
import type { Strategy } from '../../strategy.js';
import { computePodQOS, coreStrategies, podGracePeriod, podSelectableFields } from './index.js';

/** An object whose spec and status a test may read and write. */
type Obj = KubeObject & Record<string, unknown>;

const obj = (o: object): Obj => structuredClone(o) as Obj;

/** Runs the create path of a strategy as the registry does: defaults, prepare, validate. */
function create(s: Strategy, o: object): { object: Obj; errors: string[] } {
  const object = obj(o);
  s.defaults?.(object);
  s.prepareForCreate?.(object);
  return { object, errors: (s.validate?.(object) ?? []).map(String) };
}

const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default' }, spec: { containers: [{ name: 'web', image: 'nginx:1.25' }] } };

describe('pods', () => {
  it('start Pending with a QoS class', () => {
    const { object, errors } = create(coreStrategies.pods, pod);
    expect(errors).toEqual([]);
    expect(object.status).toEqual({ phase: 'Pending', qosClass: 'BestEffort' });
  });

  it.each<[string, object, string]>([
    ['no resources', {}, 'BestEffort'],
    ['requests only', { requests: { cpu: '100m' } }, 'Burstable'],
    ['equal cpu and memory limits', { limits: { cpu: '1', memory: '1Gi' } }, 'Guaranteed'],
    ['limits above requests', { requests: { cpu: '500m', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } }, 'Burstable'],
    ['a cpu limit only', { limits: { cpu: '1' } }, 'Burstable'],
    ['zero amounts only', { requests: { cpu: '0' }, limits: { memory: '0' } }, 'BestEffort'],
    ['other resources only', { limits: { 'ephemeral-storage': '1Gi' } }, 'BestEffort'],
    ['a zero cpu limit beside a memory limit', { limits: { cpu: '0', memory: '1Gi' } }, 'Burstable'],
  ])('with %s are %s', (_name, resources, qos) => {
    const p = { ...structuredClone(pod), spec: { containers: [{ name: 'web', image: 'nginx:1.25', resources }] } } as Pod__Output;
    coreStrategies.pods.defaults?.(p as Obj);
    expect(computePodQOS(p)).toBe(qos);
  });

  it.each<[string, object[], object[], string]>([
    ['two containers both limited', [{ limits: { cpu: '1', memory: '1Gi' } }, { limits: { cpu: '500m', memory: '64Mi' } }], [], 'Guaranteed'],
    ['one of two containers unlimited', [{ limits: { cpu: '1', memory: '1Gi' } }, {}], [], 'Burstable'],
    ['an init container without limits', [{ limits: { cpu: '1', memory: '1Gi' } }], [{}], 'Burstable'],
    ['an init container with the only requests', [{}], [{ requests: { memory: '64Mi' } }], 'Burstable'],
    ['summed requests equal to summed limits', [{ requests: { cpu: '1', memory: '1Gi' }, limits: { cpu: '1', memory: '1Gi' } }, { limits: { cpu: '2', memory: '2Gi' } }], [], 'Guaranteed'],
  ])('with %s are %s', (_name, containers, initContainers, qos) => {
    const spec = {
      containers: containers.map((resources, i) => ({ name: `c${i}`, image: 'nginx:1.25', resources })),
      initContainers: initContainers.map((resources, i) => ({ name: `i${i}`, image: 'busybox:1.36', resources })),
    };
    const p = { ...structuredClone(pod), spec } as Pod__Output;
    coreStrategies.pods.defaults?.(p as Obj);
    expect(computePodQOS(p)).toBe(qos);
  });

  it('keep their status on a spec update and their spec on a status update', () => {
    const { object: stored } = create(coreStrategies.pods, pod);
    const update = obj(stored);
    update.status = { phase: 'Running' };
    coreStrategies.pods.prepareForUpdate?.(update, stored);
    expect(update.status).toEqual(stored.status);

    const statusUpdate = obj(stored);
    (statusUpdate.spec as { nodeName?: string }).nodeName = 'elsewhere';
    statusUpdate.status = { phase: 'Running' };
    coreStrategies.pods.prepareForStatusUpdate?.(statusUpdate, stored);
    expect(statusUpdate.spec).toEqual(stored.spec);
    expect(statusUpdate.status).toEqual({ phase: 'Running', qosClass: 'BestEffort' });
  });

  it('keep their owner references on a status update, and take its label and annotation changes', () => {
    const owned = { ...structuredClone(pod), metadata: { ...structuredClone(pod.metadata), ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs', uid: 'u-rs' }] } };
    const { object: stored } = create(coreStrategies.pods, owned as Pod__Output);
    const statusUpdate = obj(stored);
    statusUpdate.metadata = { ...statusUpdate.metadata, ownerReferences: [], labels: { via: 'status' }, annotations: { a: 's' } };
    coreStrategies.pods.prepareForStatusUpdate?.(statusUpdate, stored);
    expect(statusUpdate.metadata.ownerReferences).toEqual(owned.metadata.ownerReferences);
    expect(statusUpdate.metadata).toMatchObject({ labels: { via: 'status' }, annotations: { a: 's' } });
  });

  it('drop the deletionTimestamp a status update carries (the store puts back the stored one)', () => {
    const { object: stored } = create(coreStrategies.pods, pod);
    const statusUpdate = obj(stored);
    statusUpdate.metadata = { ...statusUpdate.metadata, deletionTimestamp: '2030-01-01T00:00:00Z' };
    coreStrategies.pods.prepareForStatusUpdate?.(statusUpdate, stored);
    expect(statusUpdate.metadata).not.toHaveProperty('deletionTimestamp', '2030-01-01T00:00:00Z');
  });

  it.each<[string, Pod__Output, number | undefined, number]>([
    ['an unscheduled pod', { spec: { terminationGracePeriodSeconds: 30 } }, undefined, 0],
    ['a scheduled pod', { spec: { nodeName: 'n1', terminationGracePeriodSeconds: 45 } }, undefined, 45],
    ['a scheduled pod with a requested period', { spec: { nodeName: 'n1', terminationGracePeriodSeconds: 45 } }, 5, 5],
    ['a scheduled pod asked to go now', { spec: { nodeName: 'n1' } }, 0, 0],
    ['a negative request', { spec: { nodeName: 'n1' } }, -1, 1],
    ['a pod without its own period', { spec: { nodeName: 'n1' } }, undefined, 30],
    ['a finished pod', { spec: { nodeName: 'n1' }, status: { phase: 'Succeeded' } }, 10, 0],
    ['a failed pod', { spec: { nodeName: 'n1' }, status: { phase: 'Failed' } }, undefined, 0],
  ])('deleting %s waits the right grace period', (_name, p, requested, want) => {
    expect(podGracePeriod(p, requested)).toBe(want);
  });

  it('expose Kubernetes field selectors and return the deleted object', () => {
    expect(podSelectableFields({ spec: { nodeName: 'n1' }, status: { phase: 'Running', podIPs: [{ ip: '10.0.0.1' }] } })).toEqual({
      'spec.nodeName': 'n1',
      'spec.restartPolicy': '',
      'spec.schedulerName': '',
      'spec.serviceAccountName': '',
      'spec.hostNetwork': 'false',
      'status.phase': 'Running',
      'status.podIP': '10.0.0.1',
      'status.nominatedNodeName': '',
    });
    expect(coreStrategies.pods.returnDeletedObject).toBe(true);
    expect(coreStrategies.pods.hasStatus).toBe(true);
  });
});

describe('namespaces', () => {
  const ns = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team-a' } };

  it('start Active with the kubernetes finalizer', () => {
    const { object, errors } = create(coreStrategies.namespaces, ns);
    expect(errors).toEqual([]);
    expect(object.spec).toEqual({ finalizers: ['kubernetes'] });
    expect(object.status).toEqual({ phase: 'Active' });
    expect(object.metadata?.labels).toEqual({ 'kubernetes.io/metadata.name': 'team-a' });
  });

  it('turn Terminating when deleted and stay while spec finalizers remain', () => {
    const s = coreStrategies.namespaces;
    const { object } = create(s, ns);
    expect(s.pendingFinalizers?.(object)).toBe(true);
    s.onMarkedForDeletion?.(object);
    expect(object.status).toEqual({ phase: 'Terminating' });
    expect(s.pendingFinalizers?.(obj({ ...object, spec: {} }))).toBe(false);
  });

  it('keep spec finalizers and status on an ordinary update', () => {
    const s = coreStrategies.namespaces;
    const { object: stored } = create(s, ns);
    const update = obj({ ...stored, spec: {}, status: { phase: 'Terminating' } });
    s.prepareForUpdate?.(update, stored);
    expect(update.spec).toEqual({ finalizers: ['kubernetes'] });
    expect(update.status).toEqual({ phase: 'Active' });
  });
});

describe('the other kinds', () => {
  it('services start with an empty status and keep the stored one on update', () => {
    // Allocated values are carried over before the strategy runs, by the allocator's hooks.
    const s = coreStrategies.services;
    const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 's', namespace: 'default' }, spec: { type: 'NodePort', ports: [{ port: 80 }] } };
    const { object: stored, errors } = create(s, { ...svc, status: { loadBalancer: { ingress: [{ ip: '192.0.2.1' }] } } });
    expect(errors).toEqual([]);
    expect(stored.status).toEqual({});
    const update = obj({ ...svc, status: { loadBalancer: { ingress: [{ ip: '192.0.2.2' }] } } });
    s.defaults?.(update);
    s.prepareForUpdate?.(update, stored);
    expect(update.status).toEqual({});
    expect((s.validateUpdate?.(update, stored) ?? []).map(String)).toEqual([]);
  });

  it('replication controllers use generations and keep status apart', () => {
    const s = coreStrategies.replicationcontrollers;
    expect(s.usesGeneration).toBe(true);
    expect(s.hasStatus).toBe(true);
    const rc = {
      apiVersion: 'v1',
      kind: 'ReplicationController',
      metadata: { name: 'rc', namespace: 'default' },
      spec: { template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'web', image: 'nginx:1.25' }] } } },
      status: { replicas: 3 },
    };
    const { object, errors } = create(s, rc);
    expect(errors).toEqual([]);
    expect(object.status).toEqual({});
    expect(s.selectableFields?.(obj({ status: { replicas: 2 } }))).toEqual({ 'status.replicas': '2' });
  });

  it('events and endpoints may be created by an update', () => {
    expect(coreStrategies.events.allowCreateOnUpdate).toBe(true);
    expect(coreStrategies.endpoints.allowCreateOnUpdate).toBe(true);
    expect(coreStrategies.events.fieldLabels).toContain('involvedObject.name');
  });

  it('secrets are selectable by type and never store stringData', () => {
    const { object } = create(coreStrategies.secrets, { metadata: { name: 's', namespace: 'default' }, stringData: { a: 'b' } });
    expect(object).not.toHaveProperty('stringData');
    expect(coreStrategies.secrets.selectableFields?.(object)).toEqual({ type: 'Opaque' });
  });

  it('nodes keep the status a kubelet creates them with', () => {
    const { object } = create(coreStrategies.nodes, { metadata: { name: 'n1' }, status: { capacity: { cpu: '4' } } });
    expect(object.status).toEqual({ capacity: { cpu: '4' }, allocatable: { cpu: '4' } });
    expect(coreStrategies.nodes.selectableFields?.(object)).toEqual({ 'spec.unschedulable': 'false' });
  });
});
