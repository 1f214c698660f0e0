// The warning Kubernetes 1.32's Job storage gives a delete (REST.Delete and REST.DeleteCollection in
// pkg/registry/batch/job/storage): a delete of batch/v1 Jobs that names neither a propagationPolicy
// nor orphanDependents gets the default, which orphans the pods, and is told so, once a request.
// A delete that names either, and a delete of another kind, is not warned.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/index.js';
import { JOB_DEFAULT_PROPAGATION_WARNING } from '../registry/strategies/batch/index.js';
import { useFaces, type Faces } from './faces-test-helpers.js';

const start = useFaces();

type Face = 'REST' | 'gRPC';
const FACES: readonly Face[] = ['REST', 'gRPC'];

const JOBS = '/apis/batch/v1/namespaces/default/jobs';
const JOBS_REF = { group: 'batch', version: 'v1', resource: 'jobs', namespace: 'default' };
const CONFIGMAPS = '/api/v1/namespaces/default/configmaps';
const CONFIGMAPS_REF = { version: 'v1', resource: 'configmaps', namespace: 'default' };

const job = (name: string): KubeObject =>
  ({ metadata: { name, labels: { grp: 'a' } }, spec: { template: { spec: { containers: [{ name: 'c', image: 'busybox' }], restartPolicy: 'Never' } } } }) as KubeObject;

/** A collection of one kind over both faces: its REST path and its gRPC ref. */
interface Target {
  readonly path: string;
  readonly ref: Record<string, string>;
}

const JOB_TARGET: Target = { path: JOBS, ref: JOBS_REF };
const CONFIGMAP_TARGET: Target = { path: CONFIGMAPS, ref: CONFIGMAPS_REF };

/** The warnings a delete of `name` with `options` (none: no body at all) is answered with, after checking it succeeded. */
async function deleteWarnings(faces: Faces, face: Face, target: Target, name: string, options?: Record<string, unknown>): Promise<readonly string[]> {
  if (face === 'REST') {
    const res = await faces.restCall('DELETE', `${target.path}/${name}`, options && JSON.stringify(options));
    expect(res.code).toBe(200);
    return res.warnings;
  }
  const answer = await faces.grpcCall('Delete', { ref: { ...target.ref, name }, ...(options && { options }) });
  expect(answer.status).toBeUndefined();
  return answer.warnings;
}

/** The warnings a deletecollection of the Jobs labelled `grp=a` with `options` is answered with. */
async function deleteCollectionWarnings(faces: Faces, face: Face, options?: Record<string, unknown>): Promise<readonly string[]> {
  if (face === 'REST') {
    const res = await faces.restCall('DELETE', `${JOBS}?labelSelector=grp%3Da`, options && JSON.stringify(options));
    expect(res.code).toBe(200);
    return res.warnings;
  }
  const answer = await faces.grpcCall('DeleteCollection', { ref: JOBS_REF, labelSelector: 'grp=a', ...(options && { options }) });
  expect(answer.status).toBeUndefined();
  return answer.warnings;
}

describe('a Job delete that leaves the propagation to the default', () => {
  it.each(FACES)('over %s warns that the pods are preserved, and orphans them', async (face) => {
    const faces = await start();
    await faces.f.store('batch/jobs').create('default', job('a'));
    expect(await deleteWarnings(faces, face, JOB_TARGET, 'a')).toEqual([JOB_DEFAULT_PROPAGATION_WARNING]);
    expect((await faces.f.store('batch/jobs').get('default', 'a')).metadata?.finalizers).toEqual(['orphan']);
  });

  it.each(FACES)('over %s warns on a dry run too', async (face) => {
    const faces = await start();
    await faces.f.store('batch/jobs').create('default', job('a'));
    expect(await deleteWarnings(faces, face, JOB_TARGET, 'a', { dryRun: ['All'] })).toEqual([JOB_DEFAULT_PROPAGATION_WARNING]);
  });
});

describe('a Job delete that names the propagation', () => {
  it.each<[Face, Record<string, unknown>]>(
    FACES.flatMap((face) => [
      [face, { propagationPolicy: 'Background' }],
      [face, { propagationPolicy: 'Foreground' }],
      [face, { propagationPolicy: 'Orphan' }],
      [face, { orphanDependents: true }],
      [face, { orphanDependents: false }],
    ]),
  )('over %s with %j is not warned', async (face, options) => {
    const faces = await start();
    await faces.f.store('batch/jobs').create('default', job('a'));
    expect(await deleteWarnings(faces, face, JOB_TARGET, 'a', options)).toEqual([]);
  });

  it('over REST is not warned when the query names the policy rather than a body', async () => {
    const { f, restCall } = await start();
    await f.store('batch/jobs').create('default', job('a'));
    const res = await restCall('DELETE', `${JOBS}/a?propagationPolicy=Orphan`);
    expect(res.code).toBe(200);
    expect(res.warnings).toEqual([]);
  });
});

describe('a delete of another kind', () => {
  it.each(FACES)('over %s: a ConfigMap deleted with the default propagation is not warned', async (face) => {
    const faces = await start();
    await faces.f.store('configmaps').create('default', { metadata: { name: 'a' } });
    expect(await deleteWarnings(faces, face, CONFIGMAP_TARGET, 'a')).toEqual([]);
  });
});

describe('a deletecollection of Jobs', () => {
  it.each(FACES)('over %s with the default propagation warns once for the request, whatever it deletes', async (face) => {
    const faces = await start();
    for (const name of ['a', 'b', 'c']) await faces.f.store('batch/jobs').create('default', job(name));
    expect(await deleteCollectionWarnings(faces, face)).toEqual([JOB_DEFAULT_PROPAGATION_WARNING]);
    const left = (await faces.f.store('batch/jobs').list('default')).items;
    expect(left.map((o) => o.metadata?.finalizers)).toEqual([['orphan'], ['orphan'], ['orphan']]);
  });

  it.each(FACES)('over %s with a propagation policy is not warned', async (face) => {
    const faces = await start();
    for (const name of ['a', 'b']) await faces.f.store('batch/jobs').create('default', job(name));
    expect(await deleteCollectionWarnings(faces, face, { propagationPolicy: 'Background' })).toEqual([]);
    expect((await faces.f.store('batch/jobs').list('default')).items).toEqual([]);
  });
});
