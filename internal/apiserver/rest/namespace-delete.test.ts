// A namespace's first delete marks it Terminating and, as namespace storage does, sets the garbage
// collector's finalizers from the options: orphanDependents=false there means foreground deletion.
import { describe, expect, it } from 'vitest';
import { useFaces, type Faces } from './faces-test-helpers.js';

const start = useFaces();

/** The metadata.finalizers of namespace `team` as stored. */
async function finalizersOfTeam({ f }: Faces): Promise<readonly string[] | undefined> {
  return (await f.store('namespaces').get('', 'team')).metadata?.finalizers;
}

describe('deleting a namespace', () => {
  it('with orphanDependents=false over REST answers 202 and asks for foreground deletion', async () => {
    const faces = await start();
    await faces.f.store('namespaces').create('', { metadata: { name: 'team' } });
    const res = await faces.rest('DELETE', '/api/v1/namespaces/team', JSON.stringify({ orphanDependents: false }));
    expect(res.code).toBe(202);
    expect(await finalizersOfTeam(faces)).toEqual(['foregroundDeletion']);
  });

  it('with orphanDependents=false over gRPC asks for foreground deletion', async () => {
    const faces = await start();
    await faces.f.store('namespaces').create('', { metadata: { name: 'team' } });
    expect(await faces.grpc('Delete', { ref: { version: 'v1', resource: 'namespaces', name: 'team' }, options: { orphanDependents: false } })).toBeUndefined();
    expect(await finalizersOfTeam(faces)).toEqual(['foregroundDeletion']);
  });

  it('with propagationPolicy=Foreground asks for foreground deletion', async () => {
    const faces = await start();
    await faces.f.store('namespaces').create('', { metadata: { name: 'team' } });
    expect((await faces.rest('DELETE', '/api/v1/namespaces/team?propagationPolicy=Foreground')).code).toBe(200);
    expect(await finalizersOfTeam(faces)).toEqual(['foregroundDeletion']);
  });
});
