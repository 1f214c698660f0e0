// Each kind's DefaultGarbageCollectionPolicy, as Kubernetes 1.32's strategies declare it for the
// versions Skiff serves: a delete that names no propagation policy orphans the dependents of v1
// ReplicationControllers and batch/v1 Jobs (the `orphan` finalizer, kept for compatibility), and
// leaves those of every other kind to the garbage collector. Events are Unsupported: a delete never
// gives them either of the collector's finalizers, and drops those they hold.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/index.js';
import { useFaces, type Faces } from './faces-test-helpers.js';

const start = useFaces();

const container = { name: 'c', image: 'busybox' };
const template = { metadata: { labels: { app: 'a' } }, spec: { containers: [container] } };
const HOLD = 'example.com/hold';

/** A kind's store, REST path and gRPC ref for object `a` in `default`, and an object of it. */
interface Case {
  readonly store: string;
  readonly path: string;
  readonly ref: Record<string, string>;
  readonly object: KubeObject;
}

const JOBS: Case = {
  store: 'batch/jobs',
  path: '/apis/batch/v1/namespaces/default/jobs/a',
  ref: { group: 'batch', version: 'v1', resource: 'jobs', namespace: 'default', name: 'a' },
  object: { metadata: { name: 'a' }, spec: { template: { spec: { containers: [container], restartPolicy: 'Never' } } } } as KubeObject,
};
const RCS: Case = {
  store: 'replicationcontrollers',
  path: '/api/v1/namespaces/default/replicationcontrollers/a',
  ref: { version: 'v1', resource: 'replicationcontrollers', namespace: 'default', name: 'a' },
  object: { metadata: { name: 'a' }, spec: { selector: { app: 'a' }, template } } as KubeObject,
};
const DEPLOYMENTS: Case = {
  store: 'apps/deployments',
  path: '/apis/apps/v1/namespaces/default/deployments/a',
  ref: { group: 'apps', version: 'v1', resource: 'deployments', namespace: 'default', name: 'a' },
  object: { metadata: { name: 'a' }, spec: { selector: { matchLabels: { app: 'a' } }, template } } as KubeObject,
};
const EVENTS: Case = {
  store: 'events',
  path: '/api/v1/namespaces/default/events/a',
  ref: { version: 'v1', resource: 'events', namespace: 'default', name: 'a' },
  object: { metadata: { name: 'a' }, involvedObject: {} } as KubeObject,
};

/** Creates a copy of `c.object` with `finalizers` (a create changes, and the store freezes, what it is given). */
const create = (f: Faces['f'], c: Case, finalizers?: string[]): Promise<KubeObject> =>
  f.store(c.store).create('default', structuredClone({ ...c.object, metadata: { ...c.object.metadata, finalizers } }));

/** The finalizers `a` is left with, or 'gone'. */
async function left(f: Faces['f'], c: Case): Promise<readonly string[] | 'gone'> {
  const items = (await f.store(c.store).list('default')).items;
  return items.length === 0 ? 'gone' : (items[0]!.metadata?.finalizers ?? []);
}

/** Deletes `a` with `options` (none: no body at all) over the face named. */
async function remove(faces: Faces, face: 'REST' | 'gRPC', c: Case, options?: Record<string, unknown>): Promise<void> {
  if (face === 'REST') expect((await faces.rest('DELETE', c.path, options && JSON.stringify(options))).code).toBe(200);
  else expect(await faces.grpc('Delete', { ref: c.ref, ...(options && { options }) })).toBeUndefined();
}

describe('a delete that names no propagation policy', () => {
  it.each<['REST' | 'gRPC', string, Case, readonly string[] | 'gone']>([
    ['REST', 'orphans a Job’s pods', JOBS, ['orphan']],
    ['gRPC', 'orphans a Job’s pods', JOBS, ['orphan']],
    ['REST', 'orphans a ReplicationController’s pods', RCS, ['orphan']],
    ['gRPC', 'orphans a ReplicationController’s pods', RCS, ['orphan']],
    ['REST', 'leaves a Deployment’s ReplicaSets to the garbage collector', DEPLOYMENTS, 'gone'],
    ['gRPC', 'leaves a Deployment’s ReplicaSets to the garbage collector', DEPLOYMENTS, 'gone'],
  ])('over %s %s', async (face, _name, c, finalizers) => {
    const faces = await start();
    await create(faces.f, c);
    await remove(faces, face, c);
    expect(await left(faces.f, c)).toEqual(finalizers);
  });

  it.each<'REST' | 'gRPC'>(['REST', 'gRPC'])('over %s keeps the collector’s finalizer a Job already holds rather than orphaning', async (face) => {
    const faces = await start();
    await create(faces.f, JOBS, ['foregroundDeletion']);
    await remove(faces, face, JOBS);
    expect(await left(faces.f, JOBS)).toEqual(['foregroundDeletion']);
  });
});

describe('a delete with a propagation policy', () => {
  it.each<'REST' | 'gRPC'>(['REST', 'gRPC'])('over %s overrides a Job’s default: Background deletes it at once', async (face) => {
    const faces = await start();
    await create(faces.f, JOBS);
    await remove(faces, face, JOBS, { propagationPolicy: 'Background' });
    expect(await left(faces.f, JOBS)).toBe('gone');
  });
});

describe('an Event, whose garbage collection policy is Unsupported', () => {
  it.each<['REST' | 'gRPC', string]>([
    ['REST', 'Foreground'],
    ['gRPC', 'Foreground'],
    ['REST', 'Orphan'],
    ['gRPC', 'Orphan'],
  ])('over %s is deleted at once whatever the policy (%s)', async (face, propagationPolicy) => {
    const faces = await start();
    await create(faces.f, EVENTS);
    await remove(faces, face, EVENTS, { propagationPolicy });
    expect(await left(faces.f, EVENTS)).toBe('gone');
  });

  it.each<'REST' | 'gRPC'>(['REST', 'gRPC'])('over %s loses the collector’s finalizers it holds, keeping the others', async (face) => {
    const faces = await start();
    await create(faces.f, EVENTS, ['orphan', HOLD]);
    await remove(faces, face, EVENTS, { propagationPolicy: 'Foreground' });
    expect(await left(faces.f, EVENTS)).toEqual([HOLD]);
  });

  it('is deleted at once when the only finalizer it holds is the collector’s', async () => {
    const faces = await start();
    await create(faces.f, EVENTS, ['foregroundDeletion']);
    await remove(faces, 'REST', EVENTS);
    expect(await left(faces.f, EVENTS)).toBe('gone');
  });
});
