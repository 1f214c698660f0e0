// The DeleteOptions body of a DELETE: Kubernetes' DELETE handlers pass a decode failure on as the
// serializer's bare error, which the client sees as a 500 with no reason.
import { describe, expect, it } from 'vitest';
import { useFaces } from './faces-test-helpers.js';

const start = useFaces();

const CONFIGMAPS = '/api/v1/namespaces/default/configmaps';
const TYPE_META = 'struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" }';

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
