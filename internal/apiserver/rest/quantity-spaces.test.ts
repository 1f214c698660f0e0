// A quantity sent as a string with white space around it: Kubernetes' Quantity.UnmarshalJSON trims
// the space before parsing, so the object is taken and the quantity comes back canonical.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/index.js';
import type { Pod__Output } from '../../api/generated/skiff/core/v1/Pod.js';
import { useFaces, type Faces } from './faces-test-helpers.js';

const start = useFaces();

const pod = (): KubeObject =>
  ({ metadata: { name: 'p', namespace: 'default' }, spec: { containers: [{ name: 'c', image: 'busybox', resources: { limits: { memory: ' 1Gi ', cpu: '\t500m' } } }] } }) as KubeObject;

/** The limits of pod `p`'s container as stored. */
async function storedLimits({ f }: Faces): Promise<unknown> {
  return ((await f.store('pods').get('default', 'p')) as Pod__Output).spec?.containers?.[0]?.resources?.limits;
}

describe('a quantity with white space around it', () => {
  it('is taken over REST and stored canonical', async () => {
    const faces = await start();
    const res = await faces.rest('POST', '/api/v1/namespaces/default/pods', JSON.stringify(pod()));
    expect(res.code).toBe(201);
    expect(await storedLimits(faces)).toEqual({ memory: '1Gi', cpu: '500m' });
  });

  it('is taken over gRPC and stored canonical', async () => {
    const faces = await start();
    expect(await faces.grpc('Create', { ref: { version: 'v1', resource: 'pods', namespace: 'default' }, object: { pod: pod() } })).toBeUndefined();
    expect(await storedLimits(faces)).toEqual({ memory: '1Gi', cpu: '500m' });
  });
});
