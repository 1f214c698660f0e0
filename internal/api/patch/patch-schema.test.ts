import { describe, expect, it } from 'vitest';
import { messageType } from '../proto/root.js';
import { schemaForType, unknownSchema } from './patch-schema.js';
import { mergeItemSchema, testType } from './test-schema.js';

describe('schemaForType', () => {
  const schema = mergeItemSchema();

  it.each([
    ['name', { kind: 'scalar', patchStrategies: [] }],
    ['mergingList', { kind: 'list', elementKind: 'object', patchStrategies: ['merge'], patchMergeKey: 'name' }],
    ['nonMergingList', { kind: 'list', elementKind: 'object', patchStrategies: [] }],
    ['mergingIntList', { kind: 'list', elementKind: 'scalar', patchStrategies: ['merge'] }],
    ['simpleMap', { kind: 'map', elementKind: 'scalar', patchStrategies: [] }],
    ['itemMap', { kind: 'map', elementKind: 'object', patchStrategies: [] }],
    ['replacingItem', { kind: 'object', patchStrategies: ['replace'] }],
    ['retainKeysMap', { kind: 'object', patchStrategies: ['retainKeys'] }],
    ['retainKeysMergingList', { kind: 'list', patchStrategies: ['merge', 'retainKeys'], patchMergeKey: 'name' }],
    ['port', { kind: 'scalar', patchStrategies: [] }],
    ['mapList', { kind: 'list', listType: 'map', listMapKeys: ['name', 'value'] }],
  ])('describes %s', (name, expected) => {
    expect(schema.field(name)).toMatchObject(expected);
  });

  it('descends into messages, list elements and map values', () => {
    expect(schema.field('replacingItem')?.schema).toBe(schema);
    expect(schema.field('mergingList')?.schema).toBe(schema);
    expect(schema.field('retainKeysMap')?.schema.name).toBe('skiff.patchtest.RetainKeysMergeItem');
    const itemMap = schema.field('itemMap');
    expect(itemMap?.schema.field('any-key')?.kind).toBe('object');
    expect(itemMap?.schema.field('any-key')?.schema).toBe(schema);
    expect(schema.field('simpleMap')?.schema.field('any-key')?.kind).toBe('scalar');
  });

  it('knows no field the message lacks', () => {
    expect(schema.field('nosuchfield')).toBeUndefined();
  });

  it('builds one schema per type', () => {
    expect(schemaForType(testType('MergeItem'))).toBe(schema);
  });

  it('reads the real ObjectMeta: ownerReferences merged by uid, finalizers merged as a set', () => {
    const meta = schemaForType(messageType('skiff.meta.v1.ObjectMeta'));
    expect(meta.field('ownerReferences')).toMatchObject({
      kind: 'list',
      elementKind: 'object',
      patchStrategies: ['merge'],
      patchMergeKey: 'uid',
      listType: 'map',
      listMapKeys: ['uid'],
    });
    expect(meta.field('finalizers')).toMatchObject({ kind: 'list', elementKind: 'scalar', patchStrategies: ['merge'], listType: 'set' });
    expect(meta.field('managedFields')).toMatchObject({ listType: 'atomic', patchStrategies: [] });
  });

  it('answers every field of the unknown schema as unknown, so nothing is merged by key', () => {
    expect(unknownSchema.field('anything')).toMatchObject({ kind: 'unknown', patchStrategies: [] });
    expect(unknownSchema.field('anything')?.schema).toBe(unknownSchema);
  });
});
