import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../api/index.js';
import { parseSelector } from '../api/labels/index.js';
import { Indexer, NAMESPACE_INDEX, OWNER_UID_INDEX, POD_NODE_NAME_INDEX, metaNamespaceIndexFunc, ownerUidIndexFunc, podNodeNameIndexFunc } from './indexer.js';
import { Lister } from './listers.js';
import { keyFunc, splitKey } from './object-key.js';

const pod = (ns: string, name: string, node = '', owners: string[] = [], labels: Record<string, string> = {}): KubeObject =>
  ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { namespace: ns, name, labels, ownerReferences: owners.map((uid) => ({ uid, kind: 'ReplicaSet', name: 'rs', apiVersion: 'apps/v1' })) },
    spec: { nodeName: node },
  }) as KubeObject;

function indexer(): Indexer<KubeObject> {
  return new Indexer<KubeObject>({ [NAMESPACE_INDEX]: metaNamespaceIndexFunc, [OWNER_UID_INDEX]: ownerUidIndexFunc, [POD_NODE_NAME_INDEX]: podNodeNameIndexFunc });
}

describe('keys', () => {
  it.each([
    [{ metadata: { namespace: 'ns', name: 'a' } }, 'ns/a'],
    [{ metadata: { name: 'node-1' } }, 'node-1'],
  ])('keyFunc(%j) = %s', (obj, key) => {
    expect(keyFunc(obj as KubeObject)).toBe(key);
  });
  it('splitKey splits namespace and name', () => {
    expect(splitKey('ns/a')).toEqual({ namespace: 'ns', name: 'a' });
    expect(splitKey('node-1')).toEqual({ namespace: '', name: 'node-1' });
  });
});

describe('Indexer', () => {
  it('indexes by namespace, node name and owner uid, and keeps indexes right across update and delete', () => {
    const ix = indexer();
    ix.add(pod('a', 'p1', 'n1', ['u1']));
    ix.add(pod('a', 'p2', 'n2', ['u1', 'u2']));
    ix.add(pod('b', 'p3', ''));
    expect(ix.byIndex(NAMESPACE_INDEX, 'a').map(keyFunc).sort()).toEqual(['a/p1', 'a/p2']);
    expect(ix.byIndex(POD_NODE_NAME_INDEX, 'n1').map(keyFunc)).toEqual(['a/p1']);
    expect(ix.listIndexFuncValues(POD_NODE_NAME_INDEX).sort()).toEqual(['n1', 'n2']);
    expect(ix.byIndex(OWNER_UID_INDEX, 'u1').map(keyFunc).sort()).toEqual(['a/p1', 'a/p2']);
    ix.update(pod('a', 'p1', 'n2', []));
    expect(ix.byIndex(POD_NODE_NAME_INDEX, 'n1')).toEqual([]);
    expect(ix.byIndex(POD_NODE_NAME_INDEX, 'n2').map(keyFunc).sort()).toEqual(['a/p1', 'a/p2']);
    expect(ix.byIndex(OWNER_UID_INDEX, 'u1').map(keyFunc)).toEqual(['a/p2']);
    ix.delete(pod('a', 'p2'));
    expect(ix.byIndex(OWNER_UID_INDEX, 'u2')).toEqual([]);
    expect(ix.listKeys().sort()).toEqual(['a/p1', 'b/p3']);
  });

  it('takes custom index functions by name, indexing what is already stored', () => {
    const ix = indexer();
    ix.add(pod('a', 'p1', '', [], { app: 'web' }));
    ix.addIndexers({ byApp: (o) => [o.metadata?.labels?.['app'] ?? ''] });
    expect(ix.byIndex('byApp', 'web').map(keyFunc)).toEqual(['a/p1']);
    expect(() => ix.byIndex('nope', 'x')).toThrow(/does not exist/);
    expect(() => ix.addIndexers({ byApp: () => [] })).toThrow(/already exists/);
  });

  it('deep-freezes what it stores and hands out the same instance to every reader', () => {
    const ix = indexer();
    const p = pod('a', 'p1');
    ix.add(p);
    const got = ix.getByKey('a/p1')!;
    expect(got).toBe(p);
    expect(Object.isFrozen(got.metadata)).toBe(true);
    expect(ix.byIndex(NAMESPACE_INDEX, 'a')[0]).toBe(got);
  });

  it('replace swaps the whole contents and rebuilds the indexes', () => {
    const ix = indexer();
    ix.add(pod('a', 'p1', 'n1'));
    ix.replace([pod('b', 'p9', 'n9')]);
    expect(ix.listKeys()).toEqual(['b/p9']);
    expect(ix.byIndex(POD_NODE_NAME_INDEX, 'n1')).toEqual([]);
    expect(ix.byIndex(POD_NODE_NAME_INDEX, 'n9').map(keyFunc)).toEqual(['b/p9']);
  });
});

describe('Lister', () => {
  it('lists with a selector, per namespace, and gets by name (undefined when missing)', () => {
    const ix = indexer();
    ix.add(pod('a', 'web-1', '', [], { app: 'web' }));
    ix.add(pod('a', 'db-1', '', [], { app: 'db' }));
    ix.add(pod('b', 'web-2', '', [], { app: 'web' }));
    const lister = new Lister(ix);
    const sel = parseSelector('app=web');
    if (!sel.ok) throw new Error('bad selector');
    expect(lister.list(sel.selector).map(keyFunc).sort()).toEqual(['a/web-1', 'b/web-2']);
    expect(lister.namespace('a').list().map(keyFunc).sort()).toEqual(['a/db-1', 'a/web-1']);
    expect(lister.namespace('a').list(sel.selector).map(keyFunc)).toEqual(['a/web-1']);
    expect(lister.namespace('b').get('web-2')?.metadata?.name).toBe('web-2');
    expect(lister.namespace('b').get('nope')).toBeUndefined();
  });
});
