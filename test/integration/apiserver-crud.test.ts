import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../internal/client/api-client.js';
import { StatusError, type KubeObject } from '../../internal/api/index.js';
import { startApiServer, type ApiServerProcess } from '../harness.js';

const configmaps = ApiClient.kind('configmaps');
const namespaces = ApiClient.kind('namespaces');

describe('skiff-apiserver over gRPC', () => {
  let server: ApiServerProcess;
  let client: ApiClient;

  beforeAll(async () => {
    server = await startApiServer();
    client = new ApiClient({ address: server.address });
  });
  afterAll(async () => {
    client?.close();
    await server?.stop();
  });

  it('creates, reads, updates and deletes a ConfigMap', async () => {
    const created = await client.create(
      { kind: configmaps, namespace: 'default' },
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { color: 'blue' } } as KubeObject,
    );
    expect(created.metadata?.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(created.metadata?.namespace).toBe('default');
    const got = await client.get<KubeObject & { data?: Record<string, string> }>({ kind: configmaps, namespace: 'default', name: 'settings' });
    expect(got.data).toEqual({ color: 'blue' });
    const updated = await client.update({ kind: configmaps, namespace: 'default' }, { ...got, data: { color: 'green' } } as KubeObject);
    expect(Number(updated.metadata?.resourceVersion)).toBeGreaterThan(Number(got.metadata?.resourceVersion));
    await client.delete({ kind: configmaps, namespace: 'default', name: 'settings' });
    await expect(client.get({ kind: configmaps, namespace: 'default', name: 'settings' })).rejects.toMatchObject({
      status: { reason: 'NotFound', code: 404, message: 'configmaps "settings" not found' },
    });
  });

  it('answers a stale update with Conflict and the Status intact', async () => {
    const first = await client.create({ kind: configmaps, namespace: 'default' }, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'racy' } } as KubeObject);
    await client.update({ kind: configmaps, namespace: 'default' }, { ...first, data: { a: '1' } } as KubeObject);
    const err = await client.update({ kind: configmaps, namespace: 'default' }, { ...first, data: { a: '2' } } as KubeObject).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StatusError);
    expect((err as StatusError).status).toMatchObject({
      reason: 'Conflict',
      code: 409,
      message: 'Operation cannot be fulfilled on configmaps "racy": the object has been modified; please apply your changes to the latest version and try again',
      details: { name: 'racy', kind: 'configmaps' },
    });
  });

  it('has the system namespaces from the first start', async () => {
    const list = await client.list({ kind: namespaces });
    expect(list.items.map((n) => n.metadata?.name)).toEqual(expect.arrayContaining(['default', 'kube-system', 'kube-public', 'kube-node-lease']));
  });
  it('patches an object, its status and a Deployment\'s scale, and refuses a subresource the resource lacks', async () => {
    const deployments = ApiClient.kind('deployments');
    const labels = { app: 'patched' };
    await client.create({ kind: deployments, namespace: 'default' }, {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'patched' },
      spec: { replicas: 1, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } } },
    } as KubeObject);
    const target = { kind: deployments, namespace: 'default', name: 'patched' };
    const scale = await client.patch<KubeObject & { spec?: { replicas?: number } }>({ ...target, subresource: 'scale' }, 'merge', { spec: { replicas: 4 } });
    expect(scale).toMatchObject({ apiVersion: 'autoscaling/v1', kind: 'Scale', metadata: { name: 'patched' }, spec: { replicas: 4 } });
    expect((await client.get<KubeObject & { spec?: { replicas?: number } }>(target)).spec?.replicas).toBe(4);
    const status = await client.patch<KubeObject & { status?: { observedGeneration?: number } }>({ ...target, subresource: 'status' }, 'merge', { status: { observedGeneration: 1 } });
    expect(status.status?.observedGeneration).toBe(1);
    // fieldValidation judges a scale patch as every other: the patch's own duplicates, then the
    // Scale's unknown fields, refused as Kubernetes refuses a patch (422 on the field "patch").
    await expect(client.patch({ ...target, subresource: 'scale' }, 'merge', '{"spec": {"replicas": 2, "replicas": 3, "bogus": 1}}', { fieldValidation: 'Strict' })).rejects.toMatchObject({
      status: { code: 422, reason: 'Invalid', message: expect.stringMatching(/patch: Invalid value: .*: strict decoding error: duplicate field "spec.replicas", unknown field "spec.bogus"$/) },
    });
    expect((await client.get<KubeObject & { spec?: { replicas?: number } }>(target)).spec?.replicas).toBe(4);
    // A ConfigMap that exists has no scale: the subresource, not the object, is what is missing.
    await client.create({ kind: configmaps, namespace: 'default' }, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'patched' } } as KubeObject);
    await expect(client.patch({ kind: configmaps, namespace: 'default', name: 'patched', subresource: 'scale' }, 'merge', {})).rejects.toMatchObject({
      status: { code: 404, reason: 'NotFound', message: expect.stringContaining('configmaps/scale') },
    });
  });

  // The server puts a failed call's warnings in the trailer beside the Status, and ApiClient reads
  // them there as on a success (kubectl prints a failed request's Warning headers the same way).
  it('leaves a failed call\'s warnings with the client: a Job delete by the default propagation answers NotFound and warns', async () => {
    const err = await client.delete({ kind: ApiClient.kind('jobs'), namespace: 'default', name: 'gone' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StatusError);
    expect((err as StatusError).code).toBe(404);
    expect(client.lastWarnings).toEqual([
      'child pods are preserved by default when jobs are deleted; set propagationPolicy=Background to remove them or set propagationPolicy=Orphan to suppress this warning',
    ]);
  });
});
