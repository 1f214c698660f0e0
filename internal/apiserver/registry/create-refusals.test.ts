import { afterEach, describe, expect, it } from 'vitest';
import { configMap, startRegistry, statusErrorOf, type ConfigMap, type RegistryFixture } from './registry-test-helpers.js';
import type { ResourceStore } from './resource-store.js';

// What a create refuses beyond validation, in Kubernetes' words: a name in use (also on a dry
// run, and said differently while the holder is being deleted; a generated one is made again) and a
// resourceVersion carried over from a read.

let fixture: RegistryFixture | undefined;

async function configMaps(generateName?: (prefix: string) => string): Promise<ResourceStore> {
  fixture = await startRegistry({ generateName });
  return fixture.store('configmaps');
}

/** A name generator that hands out `names` in turn, so a test decides which names collide. */
function namesInTurn(...names: string[]): (prefix: string) => string {
  let i = 0;
  return (prefix) => prefix + names[Math.min(i++, names.length - 1)];
}

afterEach(async () => {
  await fixture?.dispose();
  fixture = undefined;
});

describe('ResourceStore.create refusals', () => {
  it('answers AlreadyExists to a dry run of a name that is taken, and stores nothing on a free one', async () => {
    const cms = await configMaps();
    await cms.create('default', configMap('a'));
    const err = await statusErrorOf(cms.create('default', configMap('a', { k: 'other' }), { dryRun: true }));
    expect(err.code).toBe(409);
    expect(err.message).toBe('configmaps "a" already exists');
    expect(((await cms.get('default', 'a')) as ConfigMap).data).toEqual({});

    const dry = await cms.create('default', configMap('b'), { dryRun: true });
    expect(dry.metadata?.name).toBe('b');
    expect((await statusErrorOf(cms.get('default', 'b'))).code).toBe(404);
  });

  it('makes a generated name again when it is taken, redoing the create from the request', async () => {
    const cms = await configMaps(namesInTurn('aaaaa', 'aaaaa', 'bbbbb'));
    await cms.create('default', configMap('web-aaaaa'));
    const created = await cms.create('default', { ...configMap(''), metadata: { generateName: 'web-', namespace: 'default', labels: { app: 'web' } } });
    expect(created.metadata).toMatchObject({ name: 'web-bbbbb', generateName: 'web-', labels: { app: 'web' } });
  });

  it('gives up after eight taken names with Kubernetes\' generate-name conflict', async () => {
    let made = 0;
    const cms = await configMaps((prefix) => {
      made++;
      return `${prefix}aaaaa`;
    });
    await cms.create('default', configMap('web-aaaaa'));
    const err = await statusErrorOf(cms.create('default', { ...configMap(''), metadata: { generateName: 'web-', namespace: 'default' } }));
    expect(made).toBe(8);
    expect(err.reason).toBe('AlreadyExists');
    expect(err.message).toBe('configmaps "web-aaaaa" already exists, the server was not able to generate a unique name for the object');
    expect(err.status.details).toMatchObject({ name: 'web-aaaaa', kind: 'configmaps', retryAfterSeconds: 1 });
  });

  it('says the object in the way is being deleted when it is held by a finalizer', async () => {
    const cms = await configMaps();
    await cms.create('default', configMap('held', {}, { finalizers: ['example.com/hold'] }));
    await cms.delete('default', 'held');
    const err = await statusErrorOf(cms.create('default', configMap('held')));
    expect(err.code).toBe(409);
    expect(err.reason).toBe('AlreadyExists');
    expect(err.message).toBe('object is being deleted: configmaps "held" already exists');
  });

  it.each([['15'], ['007'], ['18446744073709551615']])('refuses resourceVersion %s with a 500 and no reason, as the storage does', async (rv) => {
    const cms = await configMaps();
    const err = await statusErrorOf(cms.create('default', configMap('copied', {}, { resourceVersion: rv })));
    expect(err.code).toBe(500);
    expect(err.status.reason).toBeUndefined();
    expect(err.message).toBe('resourceVersion should not be set on objects to be created');
    expect((await statusErrorOf(cms.get('default', 'copied'))).code).toBe(404);
  });

  it.each([['0'], ['-1'], ['abc'], ['18446744073709551616']])('accepts resourceVersion %s, which the storage cannot read as a revision', async (rv) => {
    const cms = await configMaps();
    const created = await cms.create('default', configMap('copied', {}, { resourceVersion: rv }));
    expect(created.metadata?.resourceVersion).not.toBe(rv);
  });

  it('does not check the resourceVersion on a dry run, as Kubernetes checks it only when storing', async () => {
    const cms = await configMaps();
    const dry = await cms.create('default', configMap('copied', {}, { resourceVersion: '15' }), { dryRun: true });
    expect(dry.metadata?.name).toBe('copied');
  });
});
