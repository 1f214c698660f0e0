// The metadata checks of an update, as Kubernetes 1.32 runs them (rest.BeforeUpdate). The generic
// store's validateCommonFields comes first: the new metadata as every object's, its name and
// generateName held only to the path-segment rule (ValidateObjectMetaAccessor, which includes
// ValidateFinalizers), then as an update of the stored object (ValidateObjectMetaAccessorUpdate:
// no new finalizers while deleting, then the immutable fields). The kind's ValidateUpdate follows:
// the core API's finalizer names, and for most kinds the metadata again as a create judges it, with
// the kind's name rule; Leases, Deployments, StatefulSets, CronJobs, PodTemplates,
// PriorityClasses, PodDisruptionBudgets and v1 Events skip that. The message lists each error once.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/index.js';
import { useFaces, type Faces } from './faces-test-helpers.js';

const start = useFaces();

const CONFIGMAPS = '/api/v1/namespaces/default/configmaps';
const CM_REF = { version: 'v1', resource: 'configmaps', namespace: 'default', name: 'a' };
const LEASES = '/apis/coordination.k8s.io/v1/namespaces/default/leases';
const LEASE_REF = { group: 'coordination.k8s.io', version: 'v1', resource: 'leases', namespace: 'default', name: 'a' };
const HOLD = 'example.com/hold';

/** isQualifiedName's complaint about a name part. */
const NAME_PART =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character " +
  "(e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
/** isDNS1123Subdomain's complaint, about a generateName `Web_` (its last character masked). */
const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character " +
  "(e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

/** The stored object with `meta` merged into its metadata, as the body of an update. */
async function changed(f: Faces['f'], store: string, meta: NonNullable<KubeObject['metadata']>): Promise<KubeObject> {
  const current = structuredClone(await f.store(store).get('default', 'a'));
  return { ...current, metadata: { ...current.metadata, ...meta } };
}

/** The Status an update of `body` fails with, or undefined when it succeeds, over the face named. */
async function update(faces: Faces, face: 'REST' | 'gRPC', path: string, ref: Record<string, string>, envelope: string, body: KubeObject): Promise<unknown> {
  if (face === 'REST') {
    const res = await faces.rest('PUT', `${path}/a`, JSON.stringify(body));
    return res.code === 200 ? undefined : res.body;
  }
  return faces.grpc('Update', { ref, object: { [envelope]: body } });
}

const FACES: readonly ('REST' | 'gRPC')[] = ['REST', 'gRPC'];

describe('an update’s metadata errors', () => {
  it.each(FACES)('come in Kubernetes’ order, each once, over %s', async (face) => {
    const faces = await start();
    await faces.f.store('configmaps').create('default', { metadata: { name: 'a', finalizers: [HOLD] } });
    await faces.f.store('configmaps').delete('default', 'a');
    const body = await changed(faces.f, 'configmaps', { uid: 'other', labels: { 'bad key': 'x' }, finalizers: [HOLD, 'cleanup', 'Bad Name'] });
    expect(await update(faces, face, CONFIGMAPS, CM_REF, 'configMap', body)).toMatchObject({
      code: 422,
      message:
        'ConfigMap "a" is invalid: [' +
        [
          `metadata.labels: Invalid value: "bad key": ${NAME_PART}`,
          `metadata.finalizers: Invalid value: "Bad Name": ${NAME_PART}`,
          'metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{"Bad Name", "cleanup"}',
          'metadata.uid: Invalid value: "other": field is immutable',
          'metadata.finalizers[1]: Invalid value: "cleanup": name is neither a standard finalizer name nor is it fully qualified',
          'metadata.finalizers[2]: Invalid value: "Bad Name": name is neither a standard finalizer name nor is it fully qualified',
        ].join(', ') +
        ']',
    });
  });

  it.each(FACES)('include both of the garbage collector’s finalizers at once, over %s', async (face) => {
    const faces = await start();
    await faces.f.store('configmaps').create('default', { metadata: { name: 'a' } });
    const body = await changed(faces.f, 'configmaps', { finalizers: ['orphan', 'foregroundDeletion'] });
    expect(await update(faces, face, CONFIGMAPS, CM_REF, 'configMap', body)).toMatchObject({
      code: 422,
      message: 'ConfigMap "a" is invalid: metadata.finalizers: Invalid value: []string{"orphan", "foregroundDeletion"}: finalizer orphan and foregroundDeletion cannot be both set',
    });
  });
});

describe('an update’s generateName', () => {
  it.each(FACES)('answers to the path-segment rule for every kind, over %s', async (face) => {
    const faces = await start();
    await faces.f.store('coordination.k8s.io/leases').create('default', { metadata: { name: 'a' } });
    const body = await changed(faces.f, 'coordination.k8s.io/leases', { generateName: 'a/b%' });
    expect(await update(faces, face, LEASES, LEASE_REF, 'lease', body)).toMatchObject({
      code: 422,
      message: `Lease.coordination.k8s.io "a" is invalid: [metadata.generateName: Invalid value: "a/b%": may not contain '/', metadata.generateName: Invalid value: "a/b%": may not contain '%']`,
    });
  });

  it.each(FACES)('answers to the kind’s name rule where its update validates the object as a create does (ConfigMaps), over %s', async (face) => {
    const faces = await start();
    await faces.f.store('configmaps').create('default', { metadata: { name: 'a' } });
    const body = await changed(faces.f, 'configmaps', { generateName: 'Web_' });
    expect(await update(faces, face, CONFIGMAPS, CM_REF, 'configMap', body)).toMatchObject({
      code: 422,
      message: `ConfigMap "a" is invalid: metadata.generateName: Invalid value: "Web_": ${SUBDOMAIN}`,
    });
  });

  it.each(FACES)('is not held to the kind’s name rule where its update checks metadata only as an update (Leases), over %s', async (face) => {
    const faces = await start();
    await faces.f.store('coordination.k8s.io/leases').create('default', { metadata: { name: 'a' } });
    const body = await changed(faces.f, 'coordination.k8s.io/leases', { generateName: 'Web_' });
    expect(await update(faces, face, LEASES, LEASE_REF, 'lease', body)).toBeUndefined();
    expect((await faces.f.store('coordination.k8s.io/leases').get('default', 'a')).metadata?.generateName).toBe('Web_');
  });
});
