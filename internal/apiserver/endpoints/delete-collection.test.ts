import { afterEach, describe, expect, it } from 'vitest';
import { configMap, startRegistry, statusErrorOf, type RegistryFixture } from '../registry/registry-test-helpers.js';
import { deleteCollection } from './resource-calls.js';

let fixture: RegistryFixture | undefined;

afterEach(async () => {
  await fixture?.dispose();
  fixture = undefined;
});

describe('deleteCollection', () => {
  it('deletes what the selector picks and answers with the list as it was read', async () => {
    fixture = await startRegistry();
    const cms = fixture.store('configmaps');
    const plain = await cms.create('default', configMap('plain', {}, { labels: { grp: 'a' } }));
    const held = await cms.create('default', configMap('held', {}, { labels: { grp: 'a' }, finalizers: ['example.com/hold'] }));
    await cms.create('default', configMap('other', {}, { labels: { grp: 'b' } }));

    const result = await deleteCollection(cms, 'default', { labelSelector: 'grp=a' }, {});

    expect(result.items.map((o) => o.metadata?.name)).toEqual(['held', 'plain']);
    expect(result.items).toEqual([held, plain]);
    expect(result.items[0]!.metadata?.deletionTimestamp).toBeUndefined();
    expect((await statusErrorOf(cms.get('default', 'plain'))).code).toBe(404);
    expect((await cms.get('default', 'held')).metadata?.deletionTimestamp).toBeDefined();
    expect((await cms.get('default', 'other')).metadata?.deletionTimestamp).toBeUndefined();
  });
});
