// Repeated owner references, as Kubernetes 1.32's handlers treat them (dedupOwnerReferencesAndAddWarning):
// a reference equal in every field to one before it is dropped and the request goes on, with a
// warning naming the UID of each one dropped. A create or an update is deduplicated as it arrives;
// a patch only after mutating admission, so its warning says so. References that share a UID but
// differ in another field all stay.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/index.js';
import { useFaces, type Faces } from './faces-test-helpers.js';

const start = useFaces();

const CONFIGMAPS = '/api/v1/namespaces/default/configmaps';
const REF = { version: 'v1', resource: 'configmaps', namespace: 'default' };

const OWNER = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid: 'u1' };
const OTHER = { apiVersion: 'v1', kind: 'Pod', name: 'p', uid: 'u2' };
/** OWNER's UID with another kind: not a duplicate, since Kubernetes compares whole references. */
const SAME_UID = { ...OWNER, kind: 'Deployment' };
const REFS = [OWNER, OTHER, OWNER, SAME_UID, OWNER];
const KEPT = [OWNER, OTHER, SAME_UID];

const ADVICE = 'API server dedups owner references in 1.20+, and may reject such requests as early as 1.24; please fix your requests; duplicate UID(s) observed: u1, u1';
const ON_ARRIVAL = `.metadata.ownerReferences contains duplicate entries; ${ADVICE}`;
const AFTER_ADMISSION = `.metadata.ownerReferences contains duplicate entries after mutating admission happens; ${ADVICE}`;

/** The owner references ConfigMap `a` is stored with. */
const storedRefs = async (f: Faces['f']): Promise<unknown> => ((await f.store('configmaps').get('default', 'a')) as KubeObject).metadata?.ownerReferences;

const existing = (f: Faces['f']): Promise<KubeObject> => f.store('configmaps').create('default', { metadata: { name: 'a' } });

describe('repeated owner references', () => {
  it('are dropped from a create with a warning, over REST', async () => {
    const { f, restCall } = await start();
    const res = await restCall('POST', CONFIGMAPS, JSON.stringify({ metadata: { name: 'a', ownerReferences: REFS } }));
    expect(res.code).toBe(201);
    expect(res.warnings).toEqual([ON_ARRIVAL]);
    expect(await storedRefs(f)).toEqual(KEPT);
  });

  it('are dropped from a create with a warning, over gRPC', async () => {
    const { f, grpcCall } = await start();
    const answer = await grpcCall('Create', { ref: REF, object: { configMap: { metadata: { name: 'a', ownerReferences: REFS } } } });
    expect(answer).toEqual({ warnings: [ON_ARRIVAL] });
    expect(await storedRefs(f)).toEqual(KEPT);
  });

  it('are dropped from an update with a warning, over REST', async () => {
    const { f, restCall } = await start();
    await existing(f);
    const res = await restCall('PUT', `${CONFIGMAPS}/a`, JSON.stringify({ metadata: { name: 'a', ownerReferences: REFS } }));
    expect(res.code).toBe(200);
    expect(res.warnings).toEqual([ON_ARRIVAL]);
    expect(await storedRefs(f)).toEqual(KEPT);
  });

  it('are dropped from an update with a warning, over gRPC', async () => {
    const { f, grpcCall } = await start();
    await existing(f);
    const answer = await grpcCall('Update', { ref: { ...REF, name: 'a' }, object: { configMap: { metadata: { name: 'a', ownerReferences: REFS } } } });
    expect(answer).toEqual({ warnings: [ON_ARRIVAL] });
    expect(await storedRefs(f)).toEqual(KEPT);
  });

  it('are dropped from what a patch makes, with the after-admission warning, over REST', async () => {
    const { f, restCall } = await start();
    await existing(f);
    const res = await restCall('PATCH', `${CONFIGMAPS}/a`, JSON.stringify({ metadata: { ownerReferences: REFS } }), 'application/merge-patch+json');
    expect(res.code).toBe(200);
    expect(res.warnings).toEqual([AFTER_ADMISSION]);
    expect(await storedRefs(f)).toEqual(KEPT);
  });

  it('are dropped from what a patch makes, with the after-admission warning, over gRPC', async () => {
    const { f, grpcCall } = await start();
    await existing(f);
    const patch = Buffer.from(JSON.stringify({ metadata: { ownerReferences: REFS } }));
    expect(await grpcCall('Patch', { ref: { ...REF, name: 'a' }, patchType: 'merge', patch })).toEqual({ warnings: [AFTER_ADMISSION] });
    expect(await storedRefs(f)).toEqual(KEPT);
  });

  it('come after what decoding warns about, over REST', async () => {
    const { restCall } = await start();
    const res = await restCall('POST', CONFIGMAPS, JSON.stringify({ metadata: { name: 'a', ownerReferences: REFS }, spec: {} }));
    expect(res.warnings).toEqual(['unknown field "spec"', ON_ARRIVAL]);
  });

  it('are no reason to warn when only a UID repeats, over both faces', async () => {
    const { restCall, grpcCall } = await start();
    const refs = [OWNER, SAME_UID, { ...OWNER, controller: false }];
    const res = await restCall('POST', CONFIGMAPS, JSON.stringify({ metadata: { name: 'a', ownerReferences: refs } }));
    expect({ code: res.code, warnings: res.warnings }).toEqual({ code: 201, warnings: [] });
    expect(await grpcCall('Create', { ref: REF, object: { configMap: { metadata: { name: 'b', ownerReferences: refs } } } })).toEqual({ warnings: [] });
  });
});
