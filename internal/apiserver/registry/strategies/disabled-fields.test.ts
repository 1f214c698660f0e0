import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../api/index.js';
import type { Deployment__Output } from '../../../api/generated/skiff/apps/v1/Deployment.js';
import type { StatefulSet__Output } from '../../../api/generated/skiff/apps/v1/StatefulSet.js';
import type { CronJob__Output } from '../../../api/generated/skiff/batch/v1/CronJob.js';
import type { Lease__Output } from '../../../api/generated/skiff/coordination/v1/Lease.js';
import type { ContainerStatus__Output } from '../../../api/generated/skiff/core/v1/ContainerStatus.js';
import type { Pod__Output } from '../../../api/generated/skiff/core/v1/Pod.js';
import type { PodSpec__Output } from '../../../api/generated/skiff/core/v1/PodSpec.js';
import type { Strategy } from '../strategy.js';
import { DEFAULT_STRATEGIES } from './index.js';

const web = { name: 'web', image: 'nginx:1.25' };

/** A pod spec using every field whose gate is off in Kubernetes 1.32. */
function gatedSpec(): PodSpec__Output {
  return {
    hostUsers: false,
    initContainers: [{ name: 'init', image: 'busybox', securityContext: { procMount: 'Unmasked' } }],
    containers: [
      {
        ...web,
        resizePolicy: [{ resourceName: 'cpu', restartPolicy: 'NotRequired' }],
        resources: { claims: [{ name: 'gpu' }] },
        securityContext: { procMount: 'Unmasked' },
      },
    ],
  };
}

/** The same spec as Kubernetes 1.32 stores it on create. */
const droppedSpec: PodSpec__Output = {
  initContainers: [{ name: 'init', image: 'busybox', securityContext: { procMount: 'Default' } }],
  containers: [{ ...web, resources: {}, securityContext: { procMount: 'Default' } }],
};

type Wrap = (spec: PodSpec__Output) => KubeObject;
type Unwrap = (obj: KubeObject) => PodSpec__Output | undefined;

const template = (spec: PodSpec__Output) => ({ metadata: { labels: { app: 'web' } }, spec });
const specOf = (obj: KubeObject) => (obj as { spec?: { template?: { spec?: PodSpec__Output } } }).spec?.template?.spec;

// Every kind holding a pod spec, with where it holds it.
const holders: [string, Wrap, Unwrap][] = [
  ['pods', (spec) => ({ metadata: { name: 'p' }, spec }) as Pod__Output as KubeObject, (obj) => (obj as Pod__Output).spec],
  ['podtemplates', (spec) => ({ template: template(spec) }) as KubeObject, (obj) => (obj as { template?: { spec?: PodSpec__Output } }).template?.spec],
  ['replicationcontrollers', (spec) => ({ spec: { template: template(spec) } }) as KubeObject, specOf],
  ['deployments', (spec) => ({ spec: { template: template(spec) } }) as Deployment__Output as KubeObject, specOf],
  ['replicasets', (spec) => ({ spec: { template: template(spec) } }) as KubeObject, specOf],
  ['statefulsets', (spec) => ({ spec: { template: template(spec) } }) as KubeObject, specOf],
  ['daemonsets', (spec) => ({ spec: { template: template(spec) } }) as KubeObject, specOf],
  ['jobs', (spec) => ({ metadata: { name: 'j', uid: 'u' }, spec: { template: template(spec) } }) as KubeObject, specOf],
  [
    'cronjobs',
    (spec) => ({ spec: { jobTemplate: { spec: { template: template(spec) } } } }) as CronJob__Output as KubeObject,
    (obj) => (obj as CronJob__Output).spec?.jobTemplate?.spec?.template?.spec,
  ],
];

const strategy = (resource: string): Strategy => DEFAULT_STRATEGIES[resource];

describe('fields of gates Kubernetes 1.32 leaves off', () => {
  it.each(holders)('are dropped from %s on create', (resource, wrap, unwrap) => {
    const obj = wrap(gatedSpec());
    strategy(resource).prepareForCreate!(obj);
    expect(unwrap(obj)).toEqual(droppedSpec);
  });

  it.each(holders)('are dropped from %s on update when the stored object did not use them', (resource, wrap, unwrap) => {
    const obj = wrap(gatedSpec());
    strategy(resource).prepareForUpdate!(obj, wrap({ containers: [web] }));
    expect(unwrap(obj)).toEqual(droppedSpec);
  });

  it.each(holders)('are kept in %s on update when the stored object used them', (resource, wrap, unwrap) => {
    const obj = wrap(gatedSpec());
    strategy(resource).prepareForUpdate!(obj, wrap(gatedSpec()));
    expect(unwrap(obj)).toEqual(gatedSpec());
  });

  it('leave a pod without them as it was', () => {
    const spec: PodSpec__Output = { containers: [{ ...web, securityContext: { procMount: 'Default' } }] };
    const pod = { metadata: { name: 'p' }, spec: structuredClone(spec) } as KubeObject;
    strategy('pods').prepareForCreate!(pod);
    expect((pod as Pod__Output).spec).toEqual(spec);
  });

  it.each<[string, (ss: StatefulSet__Output) => void, boolean]>([
    ['create', (ss) => strategy('statefulsets').prepareForCreate!(ss as KubeObject), false],
    ['update from one without it', (ss) => strategy('statefulsets').prepareForUpdate!(ss as KubeObject, {} as KubeObject), false],
    ['update from one with it', (ss) => strategy('statefulsets').prepareForUpdate!(ss as KubeObject, structuredClone(ss) as KubeObject), true],
  ])('drop a StatefulSet maxUnavailable on %s unless in use', (_name, prepare, kept) => {
    const ss: StatefulSet__Output = { spec: { updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0, maxUnavailable: { intVal: 2 } } } } };
    prepare(ss);
    expect(ss.spec?.updateStrategy?.rollingUpdate).toEqual(kept ? { partition: 0, maxUnavailable: { intVal: 2 } } : { partition: 0 });
  });

  it.each<[string, Lease__Output | undefined, Lease__Output['spec']]>([
    ['create', undefined, { holderIdentity: 'a' }],
    ['update from a Lease without them', { spec: { holderIdentity: 'a' } }, { holderIdentity: 'a' }],
    ['update from a Lease with a strategy only', { spec: { strategy: 'OldestEmulationVersion' } }, { holderIdentity: 'a', strategy: 'OldestEmulationVersion' }],
  ])('drop a Lease strategy and preferredHolder on %s unless in use', (_name, old, want) => {
    const lease: Lease__Output = { spec: { holderIdentity: 'a', strategy: 'OldestEmulationVersion', preferredHolder: 'b' } };
    if (old === undefined) strategy('leases').prepareForCreate!(lease as KubeObject);
    else strategy('leases').prepareForUpdate!(lease as KubeObject, old as KubeObject);
    expect(lease.spec).toEqual(want);
  });

  it.each<[string, PodSpec__Output, ContainerStatus__Output]>([
    ['a pod that never asked for in-place resizing', { containers: [web] }, { name: 'web', image: 'nginx:1.25' }],
    // InPlacePodVerticalScalingAllocatedStatus consults no earlier use: allocatedResources goes anyway.
    [
      'a pod whose spec asks for in-place resizing',
      { containers: [{ ...web, resizePolicy: [{ resourceName: 'cpu', restartPolicy: 'NotRequired' }] }] },
      { name: 'web', image: 'nginx:1.25', resources: { limits: { cpu: '1' } } },
    ],
  ])('drop a pod status update’s container resources and allocatedResources for %s', (_name, spec, want) => {
    const status = (): ContainerStatus__Output => ({ name: 'web', image: 'nginx:1.25', allocatedResources: { cpu: '1' }, resources: { limits: { cpu: '1' } } });
    const old = { metadata: { name: 'p' }, spec, status: { phase: 'Running' } } as Pod__Output;
    const pod = { metadata: { name: 'p' }, status: { phase: 'Running', containerStatuses: [status()], initContainerStatuses: [status()], ephemeralContainerStatuses: [status()] } } as Pod__Output;
    strategy('pods').prepareForStatusUpdate!(pod as KubeObject, old as KubeObject);
    const { containerStatuses, initContainerStatuses, ephemeralContainerStatuses } = pod.status!;
    expect({ containerStatuses, initContainerStatuses, ephemeralContainerStatuses }).toEqual({ containerStatuses: [want], initContainerStatuses: [want], ephemeralContainerStatuses: [want] });
  });
});
