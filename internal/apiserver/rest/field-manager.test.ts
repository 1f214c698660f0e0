// The fieldManager of a create, an update or a patch: Kubernetes' ValidateFieldManager allows at
// most 128 bytes of printable characters, and refuses anything else with a 422 naming the options.
import { describe, expect, it } from 'vitest';
import { useFaces } from './faces-test-helpers.js';

const start = useFaces();

const CONFIGMAPS = '/api/v1/namespaces/default/configmaps';
const REF = { version: 'v1', resource: 'configmaps', namespace: 'default' };
const TOO_LONG = 'm'.repeat(129);

/** The 422 of invalid options of `kind`. */
const invalid = (kind: string, detail: string): Record<string, unknown> => ({
  code: 422,
  reason: 'Invalid',
  message: `${kind}.meta.k8s.io "" is invalid: ${detail}`,
  details: { group: 'meta.k8s.io', kind },
});

// A manager, the options kind a write of it names, and the error Kubernetes gives.
const refusals: [string, string, string, string][] = [
  ['one byte over 128', TOO_LONG, 'CreateOptions', 'fieldManager: Too long: may not be more than 128 bytes'],
  ['a control character', 'kube\u0007ctl', 'UpdateOptions', 'fieldManager: Invalid value: "kube\\actl": invalid character U+0007 (at position 4)'],
  ['a C1 control after a two-byte letter', 'é\u0085', 'PatchOptions', 'fieldManager: Invalid value: "é\\u0085": invalid character U+0085 (at position 2)'],
  // Unicode 16 assigned it; Go 1.23, which Kubernetes 1.32 is built with, knows Unicode 15 only.
  ['a letter newer than Unicode 15', 'a\u1c89', 'CreateOptions', 'fieldManager: Invalid value: "a\\u1c89": invalid character U+1C89 (at position 1)'],
];

describe('fieldManager', () => {
  it.each(refusals)('is refused over REST with %s', async (_name, manager, kind, detail) => {
    const { f, rest } = await start();
    await f.store('configmaps').create('default', { metadata: { name: 'a' } });
    const query = `?fieldManager=${encodeURIComponent(manager)}`;
    const body = JSON.stringify({ metadata: { name: 'a' }, data: { k: 'v' } });
    const res =
      kind === 'CreateOptions'
        ? await rest('POST', CONFIGMAPS + query, body)
        : kind === 'UpdateOptions'
          ? await rest('PUT', `${CONFIGMAPS}/a${query}`, body)
          : await rest('PATCH', `${CONFIGMAPS}/a${query}`, '{"data":{"k":"v"}}', 'application/merge-patch+json');
    expect(res.body).toMatchObject(invalid(kind, detail));
  });

  it.each(refusals)('is refused over gRPC with %s', async (_name, fieldManager, kind, detail) => {
    const { f, grpc } = await start();
    await f.store('configmaps').create('default', { metadata: { name: 'a' } });
    const options = { fieldManager };
    const object = { configMap: { metadata: { name: 'a', namespace: 'default' }, data: { k: 'v' } } };
    const status =
      kind === 'CreateOptions'
        ? await grpc('Create', { ref: REF, object, options })
        : kind === 'UpdateOptions'
          ? await grpc('Update', { ref: { ...REF, name: 'a' }, object, options })
          : await grpc('Patch', { ref: { ...REF, name: 'a' }, patchType: 'merge', patch: Buffer.from('{"data":{"k":"v"}}'), options });
    expect(status).toMatchObject(invalid(kind, detail));
  });

  it('is judged before dryRun, as Kubernetes lists the errors', async () => {
    const { rest } = await start();
    const res = await rest('POST', `${CONFIGMAPS}?fieldManager=${TOO_LONG}&dryRun=Foo`, JSON.stringify({ metadata: { name: 'a' } }));
    expect(res.body).toMatchObject(
      invalid('CreateOptions', '[fieldManager: Too long: may not be more than 128 bytes, dryRun: Unsupported value: []string{"Foo"}: supported values: "All"]'),
    );
  });

  it('takes 128 bytes of printable characters, spaces and all', async () => {
    const { rest } = await start();
    const manager = `my manager ${'é'.repeat(58)}${'m'.repeat(1)}`;
    expect(Buffer.byteLength(manager)).toBe(128);
    const res = await rest('POST', `${CONFIGMAPS}?fieldManager=${encodeURIComponent(manager)}`, JSON.stringify({ metadata: { name: 'a' } }));
    expect(res.code).toBe(201);
  });
});
