// Updates without a resourceVersion, as Kubernetes 1.32's generic store judges them (Store.Update in
// staging/src/k8s.io/apiserver/pkg/registry/generic/registry/store.go): a kind whose strategy does
// not AllowUnconditionalUpdate (Leases; PodDisruptionBudgets, their status included) refuses one
// with 422 Invalid named by the resource; every other kind writes it over the stored object. A
// patch applies to the stored object, so it carries that object's resourceVersion and passes.
import { describe, expect, it } from 'vitest';
import type { KubeObject, Status } from '../../api/index.js';
import { useFaces, type Faces } from './faces-test-helpers.js';

const start = useFaces();

type Face = 'REST' | 'gRPC';
const FACES: readonly Face[] = ['REST', 'gRPC'];

const MISSING = 'metadata.resourceVersion: Invalid value: 0x0: must be specified for an update';

/** One kind as both faces address it, with a valid object to create and then update. */
interface Kind {
  readonly store: string;
  readonly path: string;
  readonly ref: Record<string, string>;
  /** The field of the gRPC object envelope that holds this kind. */
  readonly envelope: string;
  readonly object: (name: string) => KubeObject;
}

const LEASES: Kind = {
  store: 'coordination.k8s.io/leases',
  path: '/apis/coordination.k8s.io/v1/namespaces/default/leases',
  ref: { group: 'coordination.k8s.io', version: 'v1', resource: 'leases', namespace: 'default' },
  envelope: 'lease',
  object: (name) => ({ metadata: { name }, spec: { holderIdentity: 'me' } }) as KubeObject,
};

const BUDGETS: Kind = {
  store: 'policy/poddisruptionbudgets',
  path: '/apis/policy/v1/namespaces/default/poddisruptionbudgets',
  ref: { group: 'policy', version: 'v1', resource: 'poddisruptionbudgets', namespace: 'default' },
  envelope: 'podDisruptionBudget',
  object: (name) => ({ metadata: { name }, spec: { minAvailable: 1, selector: { matchLabels: { app: 'web' } } } }) as KubeObject,
};

const CONFIGMAPS: Kind = {
  store: 'configmaps',
  path: '/api/v1/namespaces/default/configmaps',
  ref: { version: 'v1', resource: 'configmaps', namespace: 'default' },
  envelope: 'configMap',
  object: (name) => ({ metadata: { name }, data: { k: 'v' } }) as KubeObject,
};

/** Replaces `obj` (or its status) over `face`: the Status it fails with, or undefined. */
async function update(faces: Faces, face: Face, kind: Kind, obj: KubeObject, subresource = ''): Promise<Status | undefined> {
  const name = obj.metadata!.name!;
  if (face === 'REST') {
    const path = `${kind.path}/${name}${subresource ? `/${subresource}` : ''}`;
    const res = await faces.rest('PUT', path, JSON.stringify(obj));
    return res.code < 300 ? undefined : (res.body as Status);
  }
  const method = subresource === 'status' ? 'UpdateStatus' : 'Update';
  return faces.grpc(method, { ref: { ...kind.ref, name, subresource }, object: { [kind.envelope]: obj } });
}

/** Creates `name` of `kind` in the registry and returns what a client would send to replace it, without a resourceVersion. */
async function unversioned(faces: Faces, kind: Kind, name: string): Promise<KubeObject> {
  const created = await faces.f.store(kind.store).create('default', kind.object(name));
  const { resourceVersion: _dropped, ...metadata } = created.metadata!;
  return { ...created, metadata: { ...metadata, labels: { changed: 'yes' } } };
}

describe('an update without a resourceVersion', () => {
  it.each(FACES)('of a Lease over %s is refused as Invalid, named by the resource', async (face) => {
    const faces = await start();
    const status = await update(faces, face, LEASES, await unversioned(faces, LEASES, 'a'));
    expect(status).toMatchObject({
      code: 422,
      reason: 'Invalid',
      message: `leases.coordination.k8s.io "a" is invalid: ${MISSING}`,
      details: { name: 'a', group: 'coordination.k8s.io', kind: 'leases', causes: [{ reason: 'FieldValueInvalid', field: 'metadata.resourceVersion' }] },
    });
    expect((await faces.f.store(LEASES.store).get('default', 'a')).metadata?.labels).toBeUndefined();
  });

  it.each(FACES)('of a PodDisruptionBudget over %s is refused as Invalid', async (face) => {
    const faces = await start();
    const status = await update(faces, face, BUDGETS, await unversioned(faces, BUDGETS, 'b'));
    expect(status).toMatchObject({ code: 422, reason: 'Invalid', message: `poddisruptionbudgets.policy "b" is invalid: ${MISSING}` });
  });

  it.each(FACES)("of a PodDisruptionBudget's status over %s is refused as Invalid too", async (face) => {
    const faces = await start();
    const status = await update(faces, face, BUDGETS, await unversioned(faces, BUDGETS, 'b'), 'status');
    expect(status).toMatchObject({ code: 422, reason: 'Invalid', message: `poddisruptionbudgets.policy "b" is invalid: ${MISSING}` });
  });

  it.each(FACES)('of a ConfigMap over %s is written over the stored object', async (face) => {
    const faces = await start();
    expect(await update(faces, face, CONFIGMAPS, await unversioned(faces, CONFIGMAPS, 'c'))).toBeUndefined();
    expect((await faces.f.store(CONFIGMAPS.store).get('default', 'c')).metadata?.labels).toEqual({ changed: 'yes' });
  });
});

describe('a Lease update', () => {
  it.each(FACES)('over %s with the current resourceVersion is written', async (face) => {
    const faces = await start();
    const lease = await faces.f.store(LEASES.store).create('default', LEASES.object('a'));
    const changed = { ...lease, metadata: { ...lease.metadata, labels: { changed: 'yes' } } };
    expect(await update(faces, face, LEASES, changed)).toBeUndefined();
  });

  it('by a merge patch that names no resourceVersion is written', async () => {
    const faces = await start();
    await faces.f.store(LEASES.store).create('default', LEASES.object('a'));
    const res = await faces.rest('PATCH', `${LEASES.path}/a`, JSON.stringify({ metadata: { labels: { changed: 'yes' } } }), 'application/merge-patch+json');
    expect(res.code).toBe(200);
  });
});

describe('a PUT of a missing object', () => {
  it.each(FACES)('that is a Lease, over %s, creates it, as Kubernetes lets a Lease be created by an update', async (face) => {
    const faces = await start();
    expect(await update(faces, face, LEASES, LEASES.object('new'))).toBeUndefined();
    expect(((await faces.f.store(LEASES.store).get('default', 'new')) as KubeObject & { spec?: unknown }).spec).toEqual({ holderIdentity: 'me' });
  });

  it.each(FACES)('that is a PodDisruptionBudget, over %s, is NotFound: only some kinds are created by an update', async (face) => {
    const faces = await start();
    expect(await update(faces, face, BUDGETS, BUDGETS.object('new'))).toMatchObject({ code: 404, reason: 'NotFound' });
  });
});
