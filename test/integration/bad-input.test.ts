import { Client, credentials, Metadata, type ServiceError } from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../internal/client/api-client.js';
import { encodeProto, fromServiceError, messageType, type KubeObject } from '../../internal/api/index.js';
import { startApiServer, type ApiServerProcess } from '../harness.js';

const configmaps = ApiClient.kind('configmaps');
const pods = ApiClient.kind('pods');

describe('bad input over gRPC never crashes the server or leaves partial state', () => {
  let server: ApiServerProcess;
  let client: ApiClient;
  beforeAll(async () => {
    server = await startApiServer({ args: ['--max-mutating-requests-inflight', '1'] });
    client = new ApiClient({ address: server.address });
  });
  afterAll(async () => {
    client.close();
    await server.stop();
  });

  function raw(method: string, body: Buffer): Promise<ServiceError> {
    const c = new Client(server.address, credentials.createInsecure());
    const id = (b: Buffer): Buffer => b;
    return new Promise((resolve) =>
      c.makeUnaryRequest(`/skiff.api.v1.Api/${method}`, id, id, body, new Metadata(), {}, (err) => {
        c.close();
        resolve(err as ServiceError);
      }),
    );
  }

  it('answers a malformed message with 400 BadRequest', async () => {
    const err = fromServiceError(await raw('Create', Buffer.from([0x0a, 0xff, 0xff, 0xff, 0x0f, 0x01])));
    expect(err.status).toMatchObject({ code: 400, reason: 'BadRequest' });
    expect(err.status.message).toMatch(/^malformed CreateRequest/);
  });

  it('answers a body over 3 MiB with 413 and stores nothing', async () => {
    const big = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'huge' }, data: { blob: 'x'.repeat(3.5 * 1024 * 1024) } } as KubeObject;
    await expect(client.create({ kind: configmaps, namespace: 'default' }, big)).rejects.toMatchObject({ status: { code: 413, reason: 'RequestEntityTooLarge' } });
    await expect(client.get({ kind: configmaps, namespace: 'default', name: 'huge' })).rejects.toMatchObject({ status: { reason: 'NotFound' } });
  });

  it.each([3.2, 20])('answers a %s MiB message with the Status in its trailer, for every gRPC client', async (mib) => {
    // A bare client with no Skiff code: the server's own trailer must say what went wrong.
    const err = await raw('Create', Buffer.alloc(Math.round(mib * 1024 * 1024), 0x20));
    expect(err.code).toBe(8); // RESOURCE_EXHAUSTED
    expect(err.metadata.get('skiff-status-bin')).toHaveLength(1);
    expect(fromServiceError(err).status).toMatchObject({ code: 413, reason: 'RequestEntityTooLarge', message: 'Request entity too large: limit is 3145728' });
  });

  it('answers an object over 1.5 MiB with 413 and stores nothing', async () => {
    // An Event: no validation rule of its own bounds the message, so only the object limit does.
    const events = ApiClient.kind('events');
    const big = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'large' },
      involvedObject: { kind: 'Pod', namespace: 'default', name: 'web' },
      reason: 'Noisy',
      message: 'x'.repeat(1.6 * 1024 * 1024),
    } as KubeObject;
    await expect(client.create({ kind: events, namespace: 'default' }, big)).rejects.toMatchObject({ status: { code: 413, reason: 'RequestEntityTooLarge' } });
    await expect(client.get({ kind: events, namespace: 'default', name: 'large' })).rejects.toMatchObject({ status: { reason: 'NotFound' } });
  });

  it('answers an object of another kind than the resource with 400 and stores nothing', async () => {
    const create = (resource: string, object: Record<string, unknown>): Promise<ServiceError> =>
      raw('Create', encodeProto(messageType('skiff.api.v1.CreateRequest'), { ref: { group: resource === 'deployments' ? 'apps' : '', version: 'v1', resource, namespace: 'default' }, object }));
    // The envelope's field says what the object is, even when the object does not say it itself.
    const secret = fromServiceError(await create('configmaps', { secret: { metadata: { name: 'mixed' }, data: { k: Buffer.from('v') } } }));
    expect(secret.status).toMatchObject({
      code: 400,
      reason: 'BadRequest',
      message: 'the API version in the data (v1) and kind (Secret) do not match the resource configmaps (v1, Kind=ConfigMap)',
    });
    const pod = fromServiceError(await create('deployments', { pod: { metadata: { name: 'mixed' }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } }));
    expect(pod.status).toMatchObject({ code: 400, reason: 'BadRequest', message: expect.stringContaining('do not match the resource deployments') });
    const lying = fromServiceError(await create('configmaps', { secret: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'mixed' } } }));
    expect(lying.status).toMatchObject({ code: 400, reason: 'BadRequest', message: 'the object in the envelope field "secret" has apiVersion "v1" and kind "ConfigMap": that field holds v1 Secret' });
    await expect(client.get({ kind: configmaps, namespace: 'default', name: 'mixed' })).rejects.toMatchObject({ status: { reason: 'NotFound' } });
    await expect(client.get({ kind: ApiClient.kind('deployments'), namespace: 'default', name: 'mixed' })).rejects.toMatchObject({ status: { reason: 'NotFound' } });
  });

  it('answers an unknown resource with 404 naming it', async () => {
    const widgets = { ...configmaps, resource: 'widgets', group: 'example.com' };
    await expect(client.list({ kind: widgets, namespace: 'default' })).rejects.toMatchObject({
      status: { code: 404, reason: 'NotFound', message: 'the server could not find the requested resource (resource "widgets" in group "example.com" version "v1")' },
    });
  });

  it('answers an invalid object with 422 and every cause, and stores nothing', async () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'Bad_Name' }, spec: { containers: [{ name: 'c' }] } } as KubeObject;
    const err = (await client.create({ kind: pods, namespace: 'default' }, pod).then(
      () => undefined,
      (e: unknown) => e,
    )) as { status: { reason: string; code: number; message: string; details: { causes: { field: string }[] } } };
    expect(err.status).toMatchObject({ code: 422, reason: 'Invalid' });
    expect(err.status.message).toMatch(/^Pod "Bad_Name" is invalid: \[/);
    expect(err.status.details.causes.map((c) => c.field)).toEqual(expect.arrayContaining(['metadata.name', 'spec.containers[0].image']));
  });

  it('refuses mutating requests over the in-flight limit with 429 and a retry hint, and reads still pass', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        client.create({ kind: configmaps, namespace: 'default' }, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `burst-${i}` } } as KubeObject),
      ),
    );
    const refused = results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason as { status: { code: number; reason: string; details?: { retryAfterSeconds?: number } } });
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect(r.status).toMatchObject({ code: 429, reason: 'TooManyRequests', details: { retryAfterSeconds: 1 } });
    const created = results.filter((r) => r.status === 'fulfilled').length;
    const listed = (await client.list({ kind: configmaps, namespace: 'default' })).items.filter((o) => o.metadata?.name?.startsWith('burst-'));
    expect(listed).toHaveLength(created);
  });

  it('is still serving after all of that', async () => {
    expect((await client.list({ kind: ApiClient.kind('namespaces') })).items.length).toBeGreaterThanOrEqual(4);
  });
});
