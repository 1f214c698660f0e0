import type { ServiceError } from '@grpc/grpc-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiTypes, encodeProto, fromServiceError, type Status } from '../../api/index.js';
import { startRegistry, type RegistryFixture } from '../registry/registry-test-helpers.js';
import { apiService } from './api-service.js';

let fixture: RegistryFixture;

beforeEach(async () => {
  fixture = await startRegistry();
});

afterEach(async () => {
  await fixture.dispose();
});

type Handler = (call: unknown, callback: (err: ServiceError | null) => void) => void;

const CONFIGMAPS = { group: '', version: 'v1', resource: 'configmaps', namespace: 'default' };

/** The Status a unary call fails with, as a gRPC client reads it from the trailer. */
function unaryStatus(method: string, request: Record<string, unknown>): Promise<Status> {
  const handler = apiService({ registry: fixture.registry, limits: { maxReadOnly: 0, maxMutating: 0 } })[method] as Handler;
  const call = { request: encodeProto(apiTypes.message(`${method}Request`), request) };
  return new Promise((resolve, reject) => {
    handler(call, (err) => (err ? resolve(fromServiceError(err).status) : reject(new Error(`${method} succeeded`))));
  });
}

/** The Status a watch fails with before it starts. */
function watchStatus(request: Record<string, unknown>): Promise<Status> {
  const handler = apiService({ registry: fixture.registry, limits: { maxReadOnly: 0, maxMutating: 0 } }).Watch as (call: unknown) => void;
  return new Promise((resolve) => {
    const call = {
      request: encodeProto(apiTypes.message('WatchRequest'), request),
      emit: (_event: string, err: ServiceError) => resolve(fromServiceError(err).status),
    };
    handler(call);
  });
}

describe('gRPC face: the same option Statuses as the REST face', () => {
  it('refuses an invalid list with the 422 ListOptions Status', async () => {
    expect(await unaryStatus('List', { ref: CONFIGMAPS, resourceVersion: '1', resourceVersionMatch: 'Bogus' })).toMatchObject({
      code: 422,
      reason: 'Invalid',
      message: 'ListOptions.meta.k8s.io "" is invalid: resourceVersionMatch: Unsupported value: "Bogus": supported values: "Exact", "NotOlderThan", ""',
      details: { group: 'meta.k8s.io', kind: 'ListOptions' },
    });
  });

  it('refuses an invalid watch with the 422 ListOptions Status', async () => {
    expect(await watchStatus({ ref: CONFIGMAPS, sendInitialEvents: true })).toMatchObject({
      code: 422,
      message: 'ListOptions.meta.k8s.io "" is invalid: resourceVersionMatch: Forbidden: sendInitialEvents requires setting resourceVersionMatch to NotOlderThan',
    });
  });

  it('refuses invalid DeleteOptions with the 422 DeleteOptions Status', async () => {
    expect(await unaryStatus('Delete', { ref: { ...CONFIGMAPS, name: 'absent' }, options: { propagationPolicy: 'Bogus' } })).toMatchObject({
      code: 422,
      message: 'DeleteOptions.meta.k8s.io "" is invalid: propagationPolicy: Unsupported value: "Bogus": supported values: "Foreground", "Background", "Orphan", "nil"',
    });
  });

  it('refuses a create with dryRun other than All with the 422 CreateOptions Status', async () => {
    const object = { configMap: { metadata: { name: 'a', namespace: 'default' } } };
    expect(await unaryStatus('Create', { ref: CONFIGMAPS, object, options: { dryRun: ['Foo'] } })).toMatchObject({
      code: 422,
      message: 'CreateOptions.meta.k8s.io "" is invalid: dryRun: Unsupported value: []string{"Foo"}: supported values: "All"',
    });
  });

  it.each([
    ['Update', { object: { configMap: { metadata: { name: 'a', namespace: 'default' } } } }, 'UpdateOptions'],
    ['Patch', { patchType: 'merge', patch: Buffer.from('{}') }, 'PatchOptions'],
  ])('refuses %s with dryRun other than All naming %s', async (method, body, kind) => {
    const status = await unaryStatus(method, { ref: { ...CONFIGMAPS, name: 'a' }, ...body, options: { dryRun: ['Foo'] } });
    expect(status).toMatchObject({ code: 422, message: `${kind}.meta.k8s.io "" is invalid: dryRun: Unsupported value: []string{"Foo"}: supported values: "All"` });
    expect(status.details).not.toHaveProperty('name');
  });
});
