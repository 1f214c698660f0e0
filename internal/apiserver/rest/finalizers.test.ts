// metadata.finalizers as Kubernetes 1.32 judges them, and as a delete with a propagation policy
// leaves them. A create and an update both run apimachinery's ValidateFinalizers (qualified names,
// reported at `metadata.finalizers`; not both of the garbage collector's; an update through the
// generic store's validateCommonFields, see update-metadata.test.ts) and the core API's check of
// each name (`metadata.finalizers[i]`); repeated names always pass. A delete takes both of the
// collector's out and appends the one its policy asks for.
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../api/index.js';
import { useFaces, type Faces } from './faces-test-helpers.js';

const start = useFaces();

const CONFIGMAPS = '/api/v1/namespaces/default/configmaps';
const REF = { version: 'v1', resource: 'configmaps', namespace: 'default' };
const HOLD = 'example.com/hold';

/** The fields the 422 of a create of ConfigMap `a` with `finalizers` names, over REST. */
async function refusedFields({ rest }: Faces, finalizers: string[]): Promise<unknown> {
  const res = await rest('POST', CONFIGMAPS, JSON.stringify({ metadata: { name: 'a', finalizers } }));
  expect(res.code).toBe(422);
  return ((res.body.details as { causes: { field: string }[] }).causes ?? []).map((c) => c.field);
}

/** ConfigMap `a` as stored. */
const stored = (f: Faces['f']): Promise<KubeObject> => f.store('configmaps').get('default', 'a');

describe('finalizers on create', () => {
  it('reports a name that is not a qualified name at metadata.finalizers, then at its index as not fully qualified', async () => {
    expect(await refusedFields(await start(), ['ok.example/x', 'Bad Name'])).toEqual(['metadata.finalizers', 'metadata.finalizers[1]']);
  });

  it('refuses both of the garbage collector’s', async () => {
    const { rest } = await start();
    const res = await rest('POST', CONFIGMAPS, JSON.stringify({ metadata: { name: 'a', finalizers: ['orphan', 'foregroundDeletion'] } }));
    expect(res.body).toMatchObject({
      code: 422,
      message: 'ConfigMap "a" is invalid: metadata.finalizers: Invalid value: []string{"orphan", "foregroundDeletion"}: finalizer orphan and foregroundDeletion cannot be both set',
    });
  });

  it('takes a name twice, over both faces', async () => {
    const { f, rest, grpc } = await start();
    expect((await rest('POST', CONFIGMAPS, JSON.stringify({ metadata: { name: 'a', finalizers: [HOLD, HOLD] } }))).code).toBe(201);
    expect(await grpc('Create', { ref: REF, object: { configMap: { metadata: { name: 'b', finalizers: [HOLD, HOLD] } } } })).toBeUndefined();
    expect((await stored(f)).metadata?.finalizers).toEqual([HOLD, HOLD]);
  });
});

describe('finalizers on update', () => {
  it('take a name twice, over both faces', async () => {
    const { f, rest, grpc } = await start();
    await f.store('configmaps').create('default', { metadata: { name: 'a' } });
    const patch = JSON.stringify({ metadata: { finalizers: [HOLD, HOLD] } });
    expect((await rest('PATCH', `${CONFIGMAPS}/a`, patch, 'application/merge-patch+json')).code).toBe(200);
    const object = { configMap: { metadata: { name: 'a', finalizers: ['orphan', HOLD, 'orphan'] } } };
    expect(await grpc('Update', { ref: { ...REF, name: 'a' }, object })).toBeUndefined();
    expect((await stored(f)).metadata?.finalizers).toEqual(['orphan', HOLD, 'orphan']);
  });

  it('still refuses a name that is neither standard nor fully qualified', async () => {
    const { f, rest } = await start();
    await f.store('configmaps').create('default', { metadata: { name: 'a' } });
    const res = await rest('PATCH', `${CONFIGMAPS}/a`, JSON.stringify({ metadata: { finalizers: ['cleanup'] } }), 'application/merge-patch+json');
    expect(res.body).toMatchObject({
      code: 422,
      message: 'ConfigMap "a" is invalid: metadata.finalizers[0]: Invalid value: "cleanup": name is neither a standard finalizer name nor is it fully qualified',
    });
  });
});

describe('a delete with a propagation policy', () => {
  /** ConfigMap `a`, updated to hold the collector's other finalizer before another. */
  async function holdingForeground(faces: Faces): Promise<void> {
    await faces.f.store('configmaps').create('default', { metadata: { name: 'a' } });
    const patch = JSON.stringify({ metadata: { finalizers: ['foregroundDeletion', HOLD] } });
    expect((await faces.rest('PATCH', `${CONFIGMAPS}/a`, patch, 'application/merge-patch+json')).code).toBe(200);
  }

  it('puts the finalizer it asks for after the others, in place of the collector’s other one, over REST', async () => {
    const faces = await start();
    await holdingForeground(faces);
    expect((await faces.rest('DELETE', `${CONFIGMAPS}/a`, '{"propagationPolicy":"Orphan"}')).code).toBe(200);
    expect((await stored(faces.f)).metadata?.finalizers).toEqual([HOLD, 'orphan']);
  });

  it('puts the finalizer it asks for after the others, in place of the collector’s other one, over gRPC', async () => {
    const faces = await start();
    await holdingForeground(faces);
    expect(await faces.grpc('Delete', { ref: { ...REF, name: 'a' }, options: { propagationPolicy: 'Orphan' } })).toBeUndefined();
    expect((await stored(faces.f)).metadata?.finalizers).toEqual([HOLD, 'orphan']);
  });
});
