// The DeleteOptions body of a DELETE: Kubernetes' DELETE handlers pass a decode failure on as the
// serializer's bare error, which the client sees as a 500 with no reason.
import { describe, expect, it } from 'vitest';
import { k8sBody } from '../../api/codec/k8s-test-encoder.js';
import { useFaces } from './faces-test-helpers.js';

const start = useFaces();

const CONFIGMAPS = '/api/v1/namespaces/default/configmaps';
const TYPE_META = 'struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" }';

/** The scheme Kubernetes' DELETE handlers decode with, as it names itself in its errors. */
const META_SCHEME = 'pkg/apis/meta/internalversion/scheme/register.go:27';

/** Kubernetes' Status for an error that is not an API status. */
const serverError = (message: string): Record<string, unknown> => ({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, code: 500 });

describe('a DELETE whose body is not a DeleteOptions', () => {
  it.each([
    ['cut short', '{"gracePeriodSeconds":', 'unexpected end of JSON input'],
    ['not JSON', 'x', "invalid character 'x' looking for beginning of value"],
    ['only spaces', '  ', 'unexpected end of JSON input'],
    ['a list', '[]', `json: cannot unmarshal array into Go value of type ${TYPE_META}`],
    ['a string', '"Orphan"', `json: cannot unmarshal string into Go value of type ${TYPE_META}`],
  ])('answers a body %s with the JSON serializer’s 500, deleting nothing', async (_name, body, detail) => {
    const { f, rest } = await start();
    await f.store('configmaps').create('default', { metadata: { name: 'a' } });
    const res = await rest('DELETE', `${CONFIGMAPS}/a`, body);
    expect(res).toEqual({ code: 500, body: serverError(`couldn't get version/kind; json parse error: ${detail}`) });
    expect((await f.store('configmaps').get('default', 'a')).metadata?.name).toBe('a');
  });

  it('answers a deletecollection the same way, deleting nothing', async () => {
    const { f, rest } = await start();
    await f.store('configmaps').create('default', { metadata: { name: 'a' } });
    const res = await rest('DELETE', CONFIGMAPS, '{"orphanDependents":}');
    expect(res).toEqual({ code: 500, body: serverError("couldn't get version/kind; json parse error: invalid character '}' looking for beginning of value") });
    expect((await f.store('configmaps').list('default')).items).toHaveLength(1);
  });

  it.each([
    ['a field of the wrong type', '{"gracePeriodSeconds":"soon"}', 'application/json'],
    ['malformed YAML', 'gracePeriodSeconds: [', 'application/yaml'],
    ['a protobuf body that is not one', 'not protobuf', 'application/vnd.kubernetes.protobuf'],
  ])('answers %s with a 500 without a reason', async (_name, body, contentType) => {
    const { f, rest } = await start();
    await f.store('configmaps').create('default', { metadata: { name: 'a' } });
    const res = await rest('DELETE', `${CONFIGMAPS}/a`, body, contentType);
    expect(res.code).toBe(500);
    expect(res.body).toMatchObject({ status: 'Failure', code: 500 });
    expect(res.body).not.toHaveProperty('reason');
  });

  it('reads a body of null as no options', async () => {
    const { f, rest } = await start();
    await f.store('configmaps').create('default', { metadata: { name: 'a' } });
    expect((await rest('DELETE', `${CONFIGMAPS}/a`, 'null')).code).toBe(200);
  });
});

describe('a DELETE whose body names another kind than DeleteOptions', () => {
  const notRegistered = (kind: string, version: string): string => `no kind "${kind}" is registered for version "${version}" in scheme "${META_SCHEME}"`;
  it.each<[string, string, string, string]>([
    ['a Pod', '{"kind":"Pod","apiVersion":"v1"}', 'application/json', notRegistered('Pod', 'v1')],
    ['a Deployment', '{"kind":"Deployment","apiVersion":"apps/v1","gracePeriodSeconds":"soon"}', 'application/json', notRegistered('Deployment', 'apps/v1')],
    ['a Pod without an apiVersion, read in meta.k8s.io/v1', '{"kind":"Pod"}', 'application/json', notRegistered('Pod', 'meta.k8s.io/v1')],
    ['a Pod in YAML', 'kind: Pod\napiVersion: v1\n', 'application/yaml', notRegistered('Pod', 'v1')],
    // Every byte of this envelope is ASCII, so it travels unchanged as text.
    ['a Pod in protobuf', k8sBody('v1', 'Pod', new Uint8Array(0)).toString('latin1'), 'application/vnd.kubernetes.protobuf', notRegistered('Pod', 'v1')],
    ['a Status, a kind of the meta scheme that is no DeleteOptions', '{"kind":"Status","apiVersion":"v1"}', 'application/json', 'converting (v1.Status) to (v1.DeleteOptions): unknown conversion'],
    ['an apiVersion with two slashes', '{"apiVersion":"a/b/c"}', 'application/json', 'unexpected GroupVersion string: a/b/c'],
    ['a group without a version', '{"apiVersion":"apps/","kind":"DeleteOptions"}', 'application/json', 'Object \'apiVersion\' is missing in \'{"apiVersion":"apps/","kind":"DeleteOptions"}\''],
  ])('answers %s with the serializer’s 500, deleting nothing', async (_name, body, contentType, message) => {
    const { f, rest } = await start();
    await f.store('configmaps').create('default', { metadata: { name: 'a' } });
    const res = await rest('DELETE', `${CONFIGMAPS}/a`, body, contentType);
    expect(res).toEqual({ code: 500, body: serverError(message) });
    expect((await f.store('configmaps').get('default', 'a')).metadata?.name).toBe('a');
  });

  it.each([
    ['in the group version of the resource, as client-go writes it', '{"kind":"DeleteOptions","apiVersion":"apps/v1","gracePeriodSeconds":0}'],
    ['in meta.k8s.io/v1', '{"kind":"DeleteOptions","apiVersion":"meta.k8s.io/v1"}'],
    ['with an apiVersion alone', '{"apiVersion":"v1"}'],
  ])('takes a DeleteOptions %s', async (_name, body) => {
    const { f, rest } = await start();
    await f.store('configmaps').create('default', { metadata: { name: 'a' } });
    expect((await rest('DELETE', `${CONFIGMAPS}/a`, body)).code).toBe(200);
  });
});
