import { describe, expect, it } from 'vitest';
import type { Node__Output } from '../../generated/skiff/core/v1/Node.js';
import type { PersistentVolumeClaim__Output } from '../../generated/skiff/core/v1/PersistentVolumeClaim.js';
import type { PersistentVolume__Output } from '../../generated/skiff/core/v1/PersistentVolume.js';
import type { Pod__Output } from '../../generated/skiff/core/v1/Pod.js';
import {
  canonicalQuantity,
  defaultNode,
  defaultPersistentVolume,
  defaultPersistentVolumeClaim,
  defaultPod,
  defaultResourceList,
} from './index.js';

// What Kubernetes 1.32 stores and returns for a ResourceList value: SetDefaults_ResourceList's
// RoundUp(-3), then the Quantity's String().
const RESOURCE_LIST_VALUES: ReadonlyArray<readonly [string, string]> = [
  ['100m', '100m'],
  ['128Mi', '128Mi'],
  ['1000m', '1'],
  ['1500m', '1500m'],
  ['2048Mi', '2Gi'],
  ['1024Mi', '1Gi'],
  ['0.5Gi', '512Mi'],
  ['1.5Gi', '1536Mi'],
  ['1536Mi', '1536Mi'],
  ['2000', '2k'],
  ['1000000', '1M'],
  ['0.5', '500m'],
  ['.5', '500m'],
  ['1.5', '1500m'],
  ['1e3', '1e3'],
  ['12e-2', '120e-3'],
  ['1.5e-4', '1e-3'],
  ['0.5Ki', '512'],
  ['1.5Ki', '1536'],
  ['1023', '1023'],
  ['1.0001Ki', '1024103m'],
  ['0.0001', '1m'],
  ['1n', '1m'],
  ['1u', '1m'],
  ['1500u', '2m'],
  ['0.1m', '1m'],
  ['0', '0'],
  ['0Gi', '0'],
  ['0.000', '0'],
  ['-1', '-1'],
  ['-0.0001', '-1m'],
  ['-1.5Gi', '-1536Mi'],
  ['8Ei', '9223372036854775807'],
  ['123456789012345678901234', '123456789012345678901234'],
  ['10E', '10E'],
  // Kept as typed: Kubernetes' parser reuses a string its fast path judges canonical, and
  // RoundUp keeps it when it is already at milli precision.
  ['+1', '+1'],
  ['01', '01'],
  ['1.', '1.'],
  ['1.500', '1.500'],
  ['1.001', '1.001'],
  ['1E3', '1E3'],
  ['+1Ki', '+1Ki'],
];

// What does not parse stays as sent, so validation reports the string the client wrote.
const UNPARSABLE = ['', 'abc', '1K', '1Mib', '1 Gi', '1.2.3', '--1'];

describe('defaultResourceList', () => {
  it.each(RESOURCE_LIST_VALUES)('stores %j as %j', (input, stored) => {
    const list = { cpu: input };
    defaultResourceList(list);
    expect(list).toEqual({ cpu: stored });
  });

  it.each(UNPARSABLE)('leaves %j as sent', (input) => {
    const list = { memory: input };
    defaultResourceList(list);
    expect(list).toEqual({ memory: input });
  });

  it('is idempotent', () => {
    const once = Object.fromEntries(RESOURCE_LIST_VALUES.map(([input], i) => [`r${i}`, input]));
    defaultResourceList(once);
    const twice = { ...once };
    defaultResourceList(twice);
    expect(twice).toEqual(once);
  });

  it('accepts an absent list', () => {
    expect(() => defaultResourceList(undefined)).not.toThrow();
  });
});

describe('canonicalQuantity', () => {
  it.each([
    ['64Mi', '64Mi'],
    ['1.5Gi', '1536Mi'],
    ['1000m', '1'],
    ['1n', '1n'],
    ['0.1m', '100u'],
    ['1.5n', '2n'],
    ['+1', '+1'],
    ['bogus', 'bogus'],
  ])('returns %j as %j, printed canonically but not rounded to the milli', (input, want) => {
    expect(canonicalQuantity(input)).toBe(want);
  });
});

function podWith(value: string): Pod__Output {
  const list = (): Record<string, string> => ({ cpu: value });
  const container = (name: string) => ({ name, image: 'busybox', resources: { limits: list(), requests: list() } });
  const status = (name: string) => ({ name, allocatedResources: list(), resources: { limits: list(), requests: list() } });
  return {
    spec: { containers: [container('a')], initContainers: [container('i')], overhead: list() },
    status: { containerStatuses: [status('a')], initContainerStatuses: [status('i')], ephemeralContainerStatuses: [status('e')] },
  };
}

describe('defaultPod: quantities', () => {
  const lists: ReadonlyArray<readonly [string, (p: Pod__Output) => Record<string, string> | undefined]> = [
    ['containers[0].resources.limits', (p) => p.spec?.containers?.[0].resources?.limits],
    ['containers[0].resources.requests', (p) => p.spec?.containers?.[0].resources?.requests],
    ['initContainers[0].resources.limits', (p) => p.spec?.initContainers?.[0].resources?.limits],
    ['initContainers[0].resources.requests', (p) => p.spec?.initContainers?.[0].resources?.requests],
    ['overhead', (p) => p.spec?.overhead],
    ['status.containerStatuses[0].allocatedResources', (p) => p.status?.containerStatuses?.[0].allocatedResources],
    ['status.containerStatuses[0].resources.limits', (p) => p.status?.containerStatuses?.[0].resources?.limits],
    ['status.initContainerStatuses[0].resources.requests', (p) => p.status?.initContainerStatuses?.[0].resources?.requests],
    ['status.ephemeralContainerStatuses[0].allocatedResources', (p) => p.status?.ephemeralContainerStatuses?.[0].allocatedResources],
  ];

  it.each(lists)('rounds and canonicalizes %s', (_path, list) => {
    const pod = podWith('0.5001');
    defaultPod(pod);
    expect(list(pod)).toEqual({ cpu: '501m' });
  });

  it('copies canonical limits into absent requests', () => {
    const pod: Pod__Output = { spec: { containers: [{ name: 'a', resources: { limits: { memory: '1024Mi' } } }] } };
    defaultPod(pod);
    expect(pod.spec?.containers?.[0].resources).toEqual({ limits: { memory: '1Gi' }, requests: { memory: '1Gi' } });
  });

  it('leaves a quantity that does not parse for validation', () => {
    const pod: Pod__Output = { spec: { containers: [{ name: 'a', resources: { requests: { cpu: 'lots' } } }] } };
    defaultPod(pod);
    expect(pod.spec?.containers?.[0].resources?.requests).toEqual({ cpu: 'lots' });
  });

  it('prints an emptyDir size limit canonically, without rounding it to the milli', () => {
    const pod: Pod__Output = {
      spec: {
        volumes: [
          { name: 'a', emptyDir: { sizeLimit: '1.5Gi' } },
          { name: 'b', emptyDir: { sizeLimit: '0.5n' } },
          { name: 'c', emptyDir: { medium: 'Memory' } },
        ],
      },
    };
    defaultPod(pod);
    expect(pod.spec?.volumes?.map((v) => v.emptyDir)).toEqual([{ sizeLimit: '1536Mi' }, { sizeLimit: '1n' }, { medium: 'Memory' }]);
  });

  it.each([
    [undefined, '0'],
    ['1000m', '1'],
    ['1Mi', '1Mi'],
    ['1.5', '1500m'],
    ['bad', 'bad'],
  ])('stores a downward API divisor of %j as %j, in env, volume and projected files', (divisor, want) => {
    const ref = () => ({ containerName: 'a', resource: 'limits.cpu', ...(divisor === undefined ? {} : { divisor }) });
    const pod: Pod__Output = {
      spec: {
        containers: [{ name: 'a', env: [{ name: 'CPU', valueFrom: { resourceFieldRef: ref() } }] }],
        volumes: [
          { name: 'd', downwardAPI: { items: [{ path: 'cpu', resourceFieldRef: ref() }] } },
          { name: 'p', projected: { sources: [{ downwardAPI: { items: [{ path: 'cpu', resourceFieldRef: ref() }] } }] } },
        ],
      },
    };
    defaultPod(pod);
    const volumes = pod.spec?.volumes;
    expect([
      pod.spec?.containers?.[0].env?.[0].valueFrom?.resourceFieldRef?.divisor,
      volumes?.[0].downwardAPI?.items?.[0].resourceFieldRef?.divisor,
      volumes?.[1].projected?.sources?.[0].downwardAPI?.items?.[0].resourceFieldRef?.divisor,
    ]).toEqual([want, want, want]);
  });
});

describe('PersistentVolume, PersistentVolumeClaim and Node quantities', () => {
  it('rounds and canonicalizes a PersistentVolume capacity', () => {
    const pv: PersistentVolume__Output = { spec: { capacity: { storage: '10240Mi' } } };
    defaultPersistentVolume(pv);
    expect(pv.spec?.capacity).toEqual({ storage: '10Gi' });
  });

  it('rounds and canonicalizes every ResourceList of a claim', () => {
    const pvc: PersistentVolumeClaim__Output = {
      spec: { resources: { requests: { storage: '0.5Gi' }, limits: { storage: '2048Mi' } } },
      status: { capacity: { storage: '1000M' }, allocatedResources: { storage: '0.0001' } },
    };
    defaultPersistentVolumeClaim(pvc);
    expect(pvc.spec?.resources).toEqual({ requests: { storage: '512Mi' }, limits: { storage: '2Gi' } });
    expect(pvc.status).toEqual({ phase: 'Pending', capacity: { storage: '1G' }, allocatedResources: { storage: '1m' } });
  });

  it('rounds and canonicalizes node capacity and allocatable, and copies the canonical capacity', () => {
    const node: Node__Output = { status: { capacity: { cpu: '4000m', memory: '16384Mi', pods: '110' } } };
    defaultNode(node);
    expect(node.status?.capacity).toEqual({ cpu: '4', memory: '16Gi', pods: '110' });
    expect(node.status?.allocatable).toEqual({ cpu: '4', memory: '16Gi', pods: '110' });
    const reported: Node__Output = { status: { capacity: { cpu: '4' }, allocatable: { cpu: '3.8' } } };
    defaultNode(reported);
    expect(reported.status?.allocatable).toEqual({ cpu: '3800m' });
  });
});
