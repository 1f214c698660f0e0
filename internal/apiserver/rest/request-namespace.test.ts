// The namespace an object names against the one the request is for, as Kubernetes'
// EnsureObjectNamespaceMatchesRequestNamespace reconciles them on create, update and patch: a
// cluster-scoped object (a PriorityClass, a Namespace) loses a namespace its manifest names, as
// `kubectl apply` of a manifest carrying `namespace: default` needs; a namespaced one takes the
// request's when it names none; only two different namespaces are refused.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/index.js';
import { useFaces, type Faces } from './faces-test-helpers.js';

const start = useFaces();

const PRIORITY_CLASSES = '/apis/scheduling.k8s.io/v1/priorityclasses';
const PC_REF = { group: 'scheduling.k8s.io', version: 'v1', resource: 'priorityclasses' };
const CM_REF = { version: 'v1', resource: 'configmaps', namespace: 'default' };

const priorityClass = (value: number): Record<string, unknown> => ({
  apiVersion: 'scheduling.k8s.io/v1',
  kind: 'PriorityClass',
  metadata: { name: 'high', namespace: 'default' },
  value,
});

const MISMATCH = { code: 400, reason: 'BadRequest', message: 'the namespace of the provided object does not match the namespace sent on the request' };

/** The stored PriorityClass `high`. */
const storedClass = (f: Faces['f']): Promise<KubeObject> => f.store('scheduling.k8s.io/priorityclasses').get('', 'high');

describe('a cluster-scoped object that names a namespace', () => {
  it('is created without it over REST, a Namespace as a PriorityClass', async () => {
    const { f, rest } = await start();
    const created = await rest('POST', PRIORITY_CLASSES, JSON.stringify(priorityClass(1)));
    expect(created.code).toBe(201);
    expect(created.body.metadata).not.toHaveProperty('namespace');
    const ns = await rest('POST', '/api/v1/namespaces', JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team', namespace: 'default' } }));
    expect(ns.code).toBe(201);
    expect(ns.body.metadata).not.toHaveProperty('namespace');
    expect((await storedClass(f)).metadata?.namespace).toBeUndefined();
  });

  it('is updated and patched without it over REST', async () => {
    const { f, rest } = await start();
    await rest('POST', PRIORITY_CLASSES, JSON.stringify(priorityClass(1)));
    const updated = await rest('PUT', `${PRIORITY_CLASSES}/high`, JSON.stringify(priorityClass(1)));
    expect(updated.code).toBe(200);
    expect(updated.body.metadata).not.toHaveProperty('namespace');
    const patched = await rest('PATCH', `${PRIORITY_CLASSES}/high`, '{"metadata":{"namespace":"default","labels":{"a":"b"}}}', 'application/merge-patch+json');
    expect(patched.code).toBe(200);
    expect(patched.body.metadata).toMatchObject({ labels: { a: 'b' } });
    expect(patched.body.metadata).not.toHaveProperty('namespace');
    expect((await storedClass(f)).metadata?.namespace).toBeUndefined();
  });

  it('is created, updated and patched without it over gRPC', async () => {
    const { f, grpc } = await start();
    const object = { priorityClass: priorityClass(1) };
    expect(await grpc('Create', { ref: PC_REF, object })).toBeUndefined();
    expect(await grpc('Update', { ref: { ...PC_REF, name: 'high' }, object })).toBeUndefined();
    const patch = Buffer.from('{"metadata":{"namespace":"default","labels":{"a":"b"}}}');
    expect(await grpc('Patch', { ref: { ...PC_REF, name: 'high' }, patchType: 'merge', patch })).toBeUndefined();
    const stored = await storedClass(f);
    expect(stored.metadata?.labels).toEqual({ a: 'b' });
    expect(stored.metadata?.namespace).toBeUndefined();
  });
});

describe('a namespaced object', () => {
  it('takes the request’s namespace when it names none', async () => {
    const { f, rest, grpc } = await start();
    expect((await rest('POST', '/api/v1/namespaces/default/configmaps', '{"metadata":{"name":"a"}}')).body.metadata).toMatchObject({ namespace: 'default' });
    expect(await grpc('Create', { ref: CM_REF, object: { configMap: { metadata: { name: 'b' } } } })).toBeUndefined();
    expect((await f.store('configmaps').get('default', 'b')).metadata?.namespace).toBe('default');
  });

  it.each([
    ['create', 'POST', '/api/v1/namespaces/default/configmaps', '{"metadata":{"name":"a","namespace":"other"}}', 'application/json'],
    ['update', 'PUT', '/api/v1/namespaces/default/configmaps/a', '{"metadata":{"name":"a","namespace":"other"}}', 'application/json'],
    ['patch', 'PATCH', '/api/v1/namespaces/default/configmaps/a', '{"metadata":{"namespace":"other"}}', 'application/merge-patch+json'],
  ])('is refused over REST when it names another namespace: %s', async (_name, method, path, body, contentType) => {
    const { f, rest } = await start();
    await f.store('configmaps').create('default', { metadata: { name: 'a' } });
    expect((await rest(method, path, body, contentType)).body).toMatchObject(MISMATCH);
  });

  it.each([
    ['Create', { ref: CM_REF, object: { configMap: { metadata: { name: 'a', namespace: 'other' } } } }],
    ['Update', { ref: { ...CM_REF, name: 'a' }, object: { configMap: { metadata: { name: 'a', namespace: 'other' } } } }],
    ['Patch', { ref: { ...CM_REF, name: 'a' }, patchType: 'merge', patch: Buffer.from('{"metadata":{"namespace":"other"}}') }],
  ])('is refused over gRPC when it names another namespace: %s', async (method, request) => {
    const { f, grpc } = await start();
    if (method !== 'Create') await f.store('configmaps').create('default', { metadata: { name: 'a' } });
    expect(await grpc(method, request)).toMatchObject(MISMATCH);
  });
});
