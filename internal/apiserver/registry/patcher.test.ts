import { afterEach, describe, expect, it } from 'vitest';
import { OBJECT_MODIFIED, objectToJSON, type KubeObject } from '../../api/index.js';
import { parseFieldValidation, patchObject } from './patcher.js';
import { configMap, startRegistry, statusErrorOf, type ConfigMap, type RegistryFixture } from './registry-test-helpers.js';
import type { PatchType } from './request-options.js';
import type { ResourceStore } from './resource-store.js';

let fixture: RegistryFixture | undefined;

async function start(): Promise<{ f: RegistryFixture; cms: ResourceStore; services: ResourceStore }> {
  fixture = await startRegistry();
  return { f: fixture, cms: fixture.store('configmaps'), services: fixture.store('services') };
}

afterEach(async () => {
  await fixture?.dispose();
  fixture = undefined;
});

interface ServiceJSON {
  spec?: { ports?: { name?: string; port?: number; targetPort?: number | string }[] };
}

async function withService(services: ResourceStore): Promise<KubeObject> {
  return services.create('default', {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web' },
    spec: {
      ports: [
        { name: 'http', port: 80 },
        { name: 'https', port: 443 },
      ],
    },
  } as KubeObject);
}

function portsOf(obj: KubeObject): ServiceJSON['spec'] {
  return (objectToJSON(obj) as ServiceJSON).spec;
}

describe('patchObject on a ConfigMap', () => {
  it.each<[PatchType, unknown]>([
    [
      'json',
      [
        { op: 'add', path: '/data/b', value: '2' },
        { op: 'remove', path: '/data/a' },
      ],
    ],
    ['merge', { data: { a: null, b: '2' } }],
    ['strategic', { data: { a: null, b: '2' } }],
  ])('applies a %s patch', async (type, patch) => {
    const { cms } = await start();
    const created = await cms.create('default', configMap('cm', { a: '1', keep: 'yes' }));
    const { object, warnings } = await patchObject(cms, 'default', 'cm', type, JSON.stringify(patch));
    expect((object as ConfigMap).data).toEqual({ b: '2', keep: 'yes' });
    expect(warnings).toEqual([]);
    expect(Number(object.metadata?.resourceVersion)).toBeGreaterThan(Number(created.metadata?.resourceVersion));
    expect(object.metadata?.uid).toBe(created.metadata?.uid);
    expect(await cms.get('default', 'cm')).toEqual(object);
  });

  it('accepts the patch as bytes', async () => {
    const { cms } = await start();
    await cms.create('default', configMap('cm'));
    const { object } = await patchObject(cms, 'default', 'cm', 'merge', Buffer.from('{"data":{"k":"v"}}'));
    expect((object as ConfigMap).data).toEqual({ k: 'v' });
  });

  it('keeps the resourceVersion when the patch changes nothing', async () => {
    const { f, cms } = await start();
    const created = await cms.create('default', configMap('cm', { k: 'v' }));
    const before = f.storage.currentRevision();
    const { object } = await patchObject(cms, 'default', 'cm', 'merge', '{"data":{"k":"v"}}');
    expect(object.metadata?.resourceVersion).toBe(created.metadata?.resourceVersion);
    expect(f.storage.currentRevision()).toBe(before);
  });

  it('re-applies concurrent patches to the latest version, so every one lands', async () => {
    const { cms } = await start();
    await cms.create('default', configMap('cm'));
    const keys = ['a', 'b', 'c'];
    await Promise.all(keys.map((k) => patchObject(cms, 'default', 'cm', 'merge', JSON.stringify({ data: { [k]: k } }))));
    expect(((await cms.get('default', 'cm')) as ConfigMap).data).toEqual({ a: 'a', b: 'b', c: 'c' });
  });

  it.each<[PatchType, (rv: string) => unknown]>([
    ['merge', (rv) => ({ metadata: { resourceVersion: rv }, data: { k: 'lost' } })],
    ['strategic', (rv) => ({ metadata: { resourceVersion: rv }, data: { k: 'lost' } })],
    ['json', (rv) => [
      { op: 'replace', path: '/metadata/resourceVersion', value: rv },
      { op: 'add', path: '/data/k', value: 'lost' },
    ]],
  ])('answers 409 Conflict for a %s patch carrying a stale resourceVersion', async (type, patch) => {
    const { cms } = await start();
    const created = await cms.create('default', configMap('cm', { k: 'v1' }));
    await patchObject(cms, 'default', 'cm', 'merge', '{"data":{"k":"v2"}}');
    const err = await statusErrorOf(patchObject(cms, 'default', 'cm', type, JSON.stringify(patch(created.metadata!.resourceVersion!))));
    expect(err.code).toBe(409);
    expect(err.reason).toBe('Conflict');
    expect(err.message).toBe(`Operation cannot be fulfilled on configmaps "cm": ${OBJECT_MODIFIED}`);
    expect(((await cms.get('default', 'cm')) as ConfigMap).data).toEqual({ k: 'v2' });
  });

  it('accepts a patch carrying the current resourceVersion', async () => {
    const { cms } = await start();
    const created = await cms.create('default', configMap('cm', { k: 'v1' }));
    const patch = { metadata: { resourceVersion: created.metadata?.resourceVersion }, data: { k: 'v2' } };
    const { object } = await patchObject(cms, 'default', 'cm', 'merge', JSON.stringify(patch));
    expect((object as ConfigMap).data).toEqual({ k: 'v2' });
  });

  it('answers 404 for an object that does not exist', async () => {
    const { cms } = await start();
    const err = await statusErrorOf(patchObject(cms, 'default', 'missing', 'merge', '{"data":{}}'));
    expect(err.code).toBe(404);
    expect(err.message).toBe('configmaps "missing" not found');
  });

  it('answers 400 for a patch that is not JSON', async () => {
    const { cms } = await start();
    await cms.create('default', configMap('cm'));
    const err = await statusErrorOf(patchObject(cms, 'default', 'cm', 'merge', '{data:'));
    expect(err.code).toBe(400);
    expect(err.message).toMatch(/^error decoding patch: /);
  });

  it('writes nothing on dryRun', async () => {
    const { f, cms } = await start();
    await cms.create('default', configMap('cm', { k: 'v1' }));
    const before = f.storage.currentRevision();
    const { object } = await patchObject(cms, 'default', 'cm', 'merge', '{"data":{"k":"v2"}}', { dryRun: true });
    expect((object as ConfigMap).data).toEqual({ k: 'v2' });
    expect(f.storage.currentRevision()).toBe(before);
    expect(((await cms.get('default', 'cm')) as ConfigMap).data).toEqual({ k: 'v1' });
  });
});

describe('patchObject: fieldValidation', () => {
  const UNKNOWN = JSON.stringify({ metadata: { bogus: 'x' }, data: { k: 'v2' } });

  it('Strict rejects an unknown field with Kubernetes\' 422 on the patch and writes nothing', async () => {
    const { cms } = await start();
    await cms.create('default', configMap('cm', { k: 'v1' }));
    const err = await statusErrorOf(patchObject(cms, 'default', 'cm', 'merge', UNKNOWN, { fieldValidation: 'Strict' }));
    expect(err.code).toBe(422);
    expect(err.reason).toBe('Invalid');
    // kubectl prints it as `The request is invalid: patch: Invalid value: "{...}": strict decoding error: ...`.
    expect(err.message).toMatch(/^ "" is invalid: patch: Invalid value: "\{.*\}": strict decoding error: unknown field "metadata.bogus"$/);
    expect(err.status.details?.causes).toEqual([expect.objectContaining({ reason: 'FieldValueInvalid', field: 'patch' })]);
    expect(((await cms.get('default', 'cm')) as ConfigMap).data).toEqual({ k: 'v1' });
  });

  it.each([
    ['Warn', ['unknown field "metadata.bogus"']],
    [undefined, ['unknown field "metadata.bogus"']],
    ['Ignore', []],
  ] as const)('%s applies the patch, drops the field and answers warnings %j', async (fieldValidation, warnings) => {
    const { cms } = await start();
    await cms.create('default', configMap('cm', { k: 'v1' }));
    const outcome = await patchObject(cms, 'default', 'cm', 'strategic', UNKNOWN, fieldValidation ? { fieldValidation } : {});
    expect(outcome.warnings).toEqual(warnings);
    expect((outcome.object as ConfigMap).data).toEqual({ k: 'v2' });
    expect(objectToJSON(outcome.object)).not.toHaveProperty('metadata.bogus');
  });

  // A key twice in a patch (JSON.parse would silently keep the last) is found in the patch text,
  // before anything unknown in the patched object; a JSON patch's operations are checked for
  // fields an operation does not have and fields given twice.
  const DUPLICATED = '{"data": {"k": "v2", "k": "v3"}, "metadata": {"labels": {"tier": "a", "tier": "b"}, "bogus": 1}}';
  const OPS = '[{"op": "add", "path": "/data/k", "value": "v2", "note": "x"}, {"op": "add", "path": "/data/a", "path": "/data/b", "value": "v3"}]';
  it.each([
    ['merge', DUPLICATED, ['duplicate field "data.k"', 'duplicate field "metadata.labels.tier"', 'unknown field "metadata.bogus"']],
    ['strategic', DUPLICATED, ['duplicate field "data.k"', 'duplicate field "metadata.labels.tier"', 'unknown field "metadata.bogus"']],
    ['json', OPS, ['json patch unknown field "[0].note"', 'json patch duplicate field "[1].path"']],
    // In text order within an operation too; a value's own repeated key counts, an unknown field given twice is reported once.
    [
      'json',
      '[{"op": "add", "op": "add", "path": "/metadata/labels", "value": {"a": "1", "a": "2"}, "x": 1, "x": 2}]',
      ['json patch duplicate field "[0].op"', 'json patch duplicate field "[0].value.a"', 'json patch unknown field "[0].x"'],
    ],
  ] as const)('a %s patch: Strict names every problem of the patch and writes nothing, Warn warns in the same order', async (type, patch, problems) => {
    const { cms } = await start();
    await cms.create('default', configMap('cm', { k: 'v1' }));
    const err = await statusErrorOf(patchObject(cms, 'default', 'cm', type, patch, { fieldValidation: 'Strict' }));
    expect(err).toMatchObject({ code: 422, reason: 'Invalid' });
    expect(err.message.endsWith(`: strict decoding error: ${problems.join(', ')}`)).toBe(true);
    expect(((await cms.get('default', 'cm')) as ConfigMap).data).toEqual({ k: 'v1' });
    const warned = await patchObject(cms, 'default', 'cm', type, patch, { fieldValidation: 'Warn' });
    expect(warned.warnings).toEqual(problems);
    const ignored = await patchObject(cms, 'default', 'cm', type, patch, { fieldValidation: 'Ignore' });
    expect(ignored.warnings).toEqual([]);
  });

  it.each([
    [undefined, 'Warn'],
    ['', 'Warn'],
    ['Strict', 'Strict'],
    ['Ignore', 'Ignore'],
  ])('parses fieldValidation %j as %s', (text, expected) => {
    expect(parseFieldValidation(text)).toBe(expected);
  });

  it('answers 400 for an unknown fieldValidation', () => {
    expect(() => parseFieldValidation('Loose')).toThrow('fieldValidation: Unsupported value: "Loose": supported values: "Ignore", "Strict", "Warn"');
  });
});

describe('patchObject on a Service’s ports', () => {
  it('strategic merge merges ports by port number', async () => {
    const { services } = await start();
    await withService(services);
    const { object } = await patchObject(services, 'default', 'web', 'strategic', JSON.stringify({ spec: { ports: [{ port: 80, targetPort: 8080 }] } }));
    expect(portsOf(object)?.ports).toEqual([
      { name: 'http', port: 80, targetPort: 8080 },
      // An unset targetPort is written as Go writes it (0): this store runs no Service defaulting.
      { name: 'https', port: 443, targetPort: 0 },
    ]);
  });

  it('strategic merge adds a port with a new port number and deletes one with $patch: delete', async () => {
    const { services } = await start();
    await withService(services);
    const patch = { spec: { ports: [{ name: 'alt', port: 8443 }, { port: 80, $patch: 'delete' }] } };
    const { object } = await patchObject(services, 'default', 'web', 'strategic', JSON.stringify(patch));
    expect(portsOf(object)?.ports?.map((p) => p.port).sort()).toEqual([443, 8443]);
  });

  it('JSON merge patch replaces the whole list', async () => {
    const { services } = await start();
    await withService(services);
    const { object } = await patchObject(services, 'default', 'web', 'merge', JSON.stringify({ spec: { ports: [{ port: 80, targetPort: 'http-alt' }] } }));
    expect(portsOf(object)?.ports).toEqual([{ port: 80, targetPort: 'http-alt' }]);
  });

  it('JSON patch edits one element by index', async () => {
    const { services } = await start();
    await withService(services);
    const { object } = await patchObject(services, 'default', 'web', 'json', JSON.stringify([{ op: 'replace', path: '/spec/ports/1/port', value: 8443 }]));
    expect(portsOf(object)?.ports).toEqual([
      { name: 'http', port: 80, targetPort: 0 },
      { name: 'https', port: 8443, targetPort: 0 },
    ]);
  });
});
