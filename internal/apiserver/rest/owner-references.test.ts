// metadata.ownerReferences as Kubernetes' ValidateOwnerReferences judges them: a reference's errors
// at `metadata.ownerReferences.<field>` (no index), core v1 Events refused as owners, and no rule
// against an object naming itself.
import { describe, expect, it } from 'vitest';
import { useFaces } from './faces-test-helpers.js';

const start = useFaces();

const CONFIGMAPS = '/api/v1/namespaces/default/configmaps';
const REF = { version: 'v1', resource: 'configmaps', namespace: 'default' };

const EMPTY_REF = { apiVersion: '', kind: '', name: '', uid: '' };
const EVENT_OWNER = { apiVersion: 'v1', kind: 'Event', name: 'e', uid: 'u1' };

/** The 422 of ConfigMap `a`. */
const invalid = (detail: string): Record<string, unknown> => ({ code: 422, reason: 'Invalid', message: `ConfigMap "a" is invalid: ${detail}` });

const cases: [string, Record<string, unknown>[], string][] = [
  [
    'a reference with nothing in it',
    [EMPTY_REF],
    '[metadata.ownerReferences.apiVersion: Invalid value: "": version must not be empty, metadata.ownerReferences.kind: Invalid value: "": kind must not be empty, ' +
      'metadata.ownerReferences.name: Invalid value: "": name must not be empty, metadata.ownerReferences.uid: Invalid value: "": uid must not be empty]',
  ],
  [
    'an apiVersion Kubernetes cannot parse, in the second reference',
    [{ apiVersion: 'v1', kind: 'ConfigMap', name: 'o', uid: 'u0' }, { apiVersion: 'a/b/c', kind: 'Thing', name: 't', uid: 'u2' }],
    'metadata.ownerReferences.apiVersion: Invalid value: "a/b/c": version must not be empty',
  ],
  [
    'a core v1 Event as owner',
    [EVENT_OWNER],
    'metadata.ownerReferences: Invalid value: v1.OwnerReference{APIVersion:"v1", Kind:"Event", Name:"e", UID:"u1", Controller:(*bool)(nil), BlockOwnerDeletion:(*bool)(nil)}: /v1, Kind=Event is disallowed from being an owner',
  ],
];

describe('ownerReferences', () => {
  it.each(cases)('refuses over REST %s', async (_name, ownerReferences, detail) => {
    const { rest } = await start();
    const res = await rest('POST', CONFIGMAPS, JSON.stringify({ metadata: { name: 'a', ownerReferences } }));
    expect(res.body).toMatchObject(invalid(detail));
  });

  it.each(cases)('refuses over gRPC %s', async (_name, ownerReferences, detail) => {
    const { grpc } = await start();
    expect(await grpc('Create', { ref: REF, object: { configMap: { metadata: { name: 'a', ownerReferences } } } })).toMatchObject(invalid(detail));
  });

  it('takes an events.k8s.io Event as owner: only the core group’s is banned', async () => {
    const { rest } = await start();
    const ownerReferences = [{ ...EVENT_OWNER, apiVersion: 'events.k8s.io/v1' }];
    expect((await rest('POST', CONFIGMAPS, JSON.stringify({ metadata: { name: 'a', ownerReferences } }))).code).toBe(201);
  });

  it('lets an object name itself as its owner, over both faces', async () => {
    const { f, rest, grpc } = await start();
    const created = await f.store('configmaps').create('default', { metadata: { name: 'a' } });
    const self = { apiVersion: 'v1', kind: 'ConfigMap', name: 'a', uid: created.metadata!.uid! };
    const patch = JSON.stringify({ metadata: { ownerReferences: [self] } });
    expect((await rest('PATCH', `${CONFIGMAPS}/a`, patch, 'application/merge-patch+json')).code).toBe(200);
    const object = { configMap: { metadata: { name: 'a', ownerReferences: [self, { ...self, uid: 'other' }] } } };
    expect(await grpc('Update', { ref: { ...REF, name: 'a' }, object })).toBeUndefined();
    expect((await f.store('configmaps').get('default', 'a')).metadata?.ownerReferences?.map((r) => r.uid)).toEqual([self.uid, 'other']);
  });
});
