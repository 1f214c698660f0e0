// Warnings on a request that fails, as Kubernetes 1.32 answers them: its warning recorder writes a
// `Warning` header the moment a warning is added (staging/src/k8s.io/apiserver/pkg/endpoints/filters/
// warning.go), so what was recorded before the failure goes out with the error Status. Skiff's
// gRPC face puts them in the warnings trailer beside the Status.
import { describe, expect, it } from 'vitest';
import type { Status } from '../../api/index.js';
import { JOB_DEFAULT_PROPAGATION_WARNING } from '../registry/strategies/batch/index.js';
import { useFaces, type Faces } from './faces-test-helpers.js';

const start = useFaces();

type Face = 'REST' | 'gRPC';
const FACES: readonly Face[] = ['REST', 'gRPC'];

/** The Status a failed call answered with, and its warnings. */
interface Failure {
  readonly status?: Partial<Status>;
  readonly warnings: readonly string[];
}

async function call(faces: Faces, face: Face, rest: [method: string, path: string, body?: string], grpc: [method: string, request: Record<string, unknown>]): Promise<Failure> {
  if (face === 'gRPC') return faces.grpcCall(...grpc);
  const res = await faces.restCall(...rest);
  return { status: res.body as Partial<Status>, warnings: res.warnings };
}

const OWNER = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid: 'u1' };
const DUPLICATES =
  '.metadata.ownerReferences contains duplicate entries; API server dedups owner references in 1.20+, and may reject such requests as early as 1.24; please fix your requests; duplicate UID(s) observed: u1';

describe('a request that warns and then fails', () => {
  it.each(FACES)('over %s: a Job delete by the default propagation answers NotFound with the warning', async (face) => {
    const faces = await start();
    const answer = await call(faces, face, ['DELETE', '/apis/batch/v1/namespaces/default/jobs/gone'], [
      'Delete',
      { ref: { group: 'batch', version: 'v1', resource: 'jobs', namespace: 'default', name: 'gone' } },
    ]);
    expect(answer.status).toMatchObject({ code: 404, reason: 'NotFound' });
    expect(answer.warnings).toEqual([JOB_DEFAULT_PROPAGATION_WARNING]);
  });

  it.each(FACES)('over %s: a create with repeated owner references answers Invalid with the dedup warning', async (face) => {
    const faces = await start();
    const object = { metadata: { name: 'Not_A_Name', ownerReferences: [OWNER, OWNER] } };
    const answer = await call(faces, face, ['POST', '/api/v1/namespaces/default/configmaps', JSON.stringify(object)], [
      'Create',
      { ref: { version: 'v1', resource: 'configmaps', namespace: 'default' }, object: { configMap: object } },
    ]);
    expect(answer.status).toMatchObject({ code: 422, reason: 'Invalid' });
    expect(answer.warnings).toEqual([DUPLICATES]);
  });
});

describe('a request that fails without warning', () => {
  it.each(FACES)('over %s answers with no warnings', async (face) => {
    const faces = await start();
    const answer = await call(faces, face, ['DELETE', '/api/v1/namespaces/default/configmaps/gone'], [
      'Delete',
      { ref: { version: 'v1', resource: 'configmaps', namespace: 'default', name: 'gone' } },
    ]);
    expect(answer.status).toMatchObject({ code: 404 });
    expect(answer.warnings).toEqual([]);
  });
});
