import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InflightLimiter } from '../grpc/inflight-limiter.js';
import { configMap, startRegistry, type RegistryFixture } from '../registry/registry-test-helpers.js';
import { RestServer } from './rest-server.js';

let fixture: RegistryFixture;
let server: RestServer;
let base: string;

beforeEach(async () => {
  fixture = await startRegistry();
  server = new RestServer({ registry: fixture.registry, limiter: new InflightLimiter({ maxReadOnly: 0, maxMutating: 0 }), listen: '127.0.0.1:0' });
  base = `http://${await server.start()}`;
});

afterEach(async () => {
  await server.stop();
  await fixture.dispose();
});

const CONFIGMAPS = '/api/v1/namespaces/default/configmaps';

async function call(method: string, path: string, body?: string): Promise<{ code: number; body: Record<string, unknown> }> {
  const res = await fetch(base + path, { method, body, headers: body === undefined ? {} : { 'Content-Type': 'application/json' } });
  return { code: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('REST face: methods without a route', () => {
  it.each([
    ['PUT', CONFIGMAPS],
    ['PATCH', CONFIGMAPS],
    ['POST', `${CONFIGMAPS}/a`],
  ])('%s %s answers Kubernetes’ 405', async (method, path) => {
    const res = await call(method, path, JSON.stringify(configMap('a')));
    expect(res.code).toBe(405);
    expect(res.body).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'the server does not allow this method on the requested resource',
      reason: 'MethodNotAllowed',
      details: {},
      code: 405,
    });
  });

  it('keeps 404 for a resource that does not exist', async () => {
    expect((await call('PUT', '/api/v1/namespaces/default/nothings')).code).toBe(404);
  });
});

describe('REST face: request errors as Kubernetes answers them', () => {
  it('answers malformed JSON with the kind expected, Go’s parse error and the body', async () => {
    const res = await call('POST', CONFIGMAPS, '{"metadata":');
    expect(res.code).toBe(400);
    expect(res.body).toMatchObject({
      reason: 'BadRequest',
      message:
        'the object provided is unrecognized (must be of type ConfigMap): couldn\'t get version/kind; json parse error: unexpected end of JSON input ({"metadata":)',
    });
  });

  it.each(['-1', '0'])('lists everything for limit=%s', async (limit) => {
    await fixture.store('configmaps').create('default', configMap('a'));
    await fixture.store('configmaps').create('default', configMap('b'));
    const res = await call('GET', `${CONFIGMAPS}?limit=${limit}`);
    expect(res.code).toBe(200);
    expect((res.body.items as unknown[]).length).toBe(2);
  });

  it.each([
    ['GET', `${CONFIGMAPS}?resourceVersionMatch=NotOlderThan`, 'ListOptions', 'resourceVersionMatch: Forbidden: resourceVersionMatch is forbidden unless resourceVersion is provided'],
    ['GET', `${CONFIGMAPS}?sendInitialEvents=true`, 'ListOptions', 'sendInitialEvents: Forbidden: sendInitialEvents is forbidden for list'],
    ['GET', `${CONFIGMAPS}?watch=true&sendInitialEvents=true`, 'ListOptions', 'resourceVersionMatch: Forbidden: sendInitialEvents requires setting resourceVersionMatch to NotOlderThan'],
    ['DELETE', `${CONFIGMAPS}/absent?propagationPolicy=Bogus`, 'DeleteOptions', 'propagationPolicy: Unsupported value: "Bogus": supported values: "Foreground", "Background", "Orphan", "nil"'],
    ['POST', `${CONFIGMAPS}?dryRun=Foo`, 'CreateOptions', 'dryRun: Unsupported value: []string{"Foo"}: supported values: "All"'],
    ['PUT', `${CONFIGMAPS}/a?dryRun=Foo`, 'UpdateOptions', 'dryRun: Unsupported value: []string{"Foo"}: supported values: "All"'],
  ])('%s %s answers 422 for invalid %s', async (method, path, kind, detail) => {
    const res = await call(method, path, method === 'POST' || method === 'PUT' ? JSON.stringify(configMap('a')) : undefined);
    expect(res.code).toBe(422);
    expect(res.body).toMatchObject({ reason: 'Invalid', message: `${kind}.meta.k8s.io "" is invalid: ${detail}`, details: { group: 'meta.k8s.io', kind } });
  });

  it('answers a legacy Exact list at a compacted revision with Kubernetes’ 410', async () => {
    const cms = fixture.store('configmaps');
    const a = await cms.create('default', configMap('a'));
    await cms.update('default', 'a', configMap('a', { v: '2' }));
    await fixture.storage.compact(fixture.storage.currentRevision());
    const res = await call('GET', `${CONFIGMAPS}?limit=1&resourceVersion=${a.metadata!.resourceVersion}`);
    expect(res.code).toBe(410);
    expect(res.body).toMatchObject({ reason: 'Expired', message: 'The resourceVersion for the provided list is too old.' });
  });
});
