// A pod status update loses the container status fields of gates Kubernetes 1.32 leaves off
// (InPlacePodVerticalScaling, InPlacePodVerticalScalingAllocatedStatus), as its pod strategy drops them.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/index.js';
import type { Pod__Output } from '../../api/generated/skiff/core/v1/Pod.js';
import { useFaces, type Faces } from './faces-test-helpers.js';

const start = useFaces();

/** A status reporting the gated fields for container `c`. */
const reported = { phase: 'Running', containerStatuses: [{ name: 'c', image: 'busybox', ready: true, allocatedResources: { cpu: '1' }, resources: { limits: { cpu: '1' } } }] };

/** Creates pod `p`; returns the pod as stored, for a status update to start from. */
async function createPod({ f }: Faces): Promise<KubeObject> {
  return f.store('pods').create('default', { metadata: { name: 'p' }, spec: { containers: [{ name: 'c', image: 'busybox' }] } } as KubeObject);
}

/** The container statuses of pod `p` as stored. */
async function storedStatuses({ f }: Faces): Promise<unknown> {
  return ((await f.store('pods').get('default', 'p')) as Pod__Output).status?.containerStatuses;
}

const dropped = [{ name: 'c', image: 'busybox', ready: true }];

describe('a pod status update', () => {
  it('loses resources and allocatedResources over REST', async () => {
    const faces = await start();
    const pod = await createPod(faces);
    const res = await faces.rest('PUT', '/api/v1/namespaces/default/pods/p/status', JSON.stringify({ ...pod, status: reported }));
    expect(res.code).toBe(200);
    expect((res.body.status as Pod__Output['status'])?.containerStatuses).toMatchObject(dropped);
    expect(await storedStatuses(faces)).toEqual(dropped);
  });

  it('loses resources and allocatedResources over gRPC', async () => {
    const faces = await start();
    const pod = await createPod(faces);
    const ref = { version: 'v1', resource: 'pods', namespace: 'default', name: 'p' };
    expect(await faces.grpc('UpdateStatus', { ref, object: { pod: { ...pod, status: reported } } })).toBeUndefined();
    expect(await storedStatuses(faces)).toEqual(dropped);
  });
});
