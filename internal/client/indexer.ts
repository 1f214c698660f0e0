/**
 * Indexer: the informer's cache (client-go's `cache.Indexer` over a thread-safe store). A Store
 * with named indexes: an index function maps an object to the values it is filed under, and
 * `byIndex(name, value)` returns the objects filed under a value. Objects are deep-frozen on entry
 * and shared by every reader: callers that want to change one clone it first (`cloneObject`).
 */
import { deepFreeze, type KubeObject } from '../api/index.js';
import { keyFunc } from './object-key.js';
import type { Store } from './store.js';

/** The values an object is filed under in one index. */
export type IndexFunc<T> = (obj: T) => readonly string[];

/** Index functions by index name. */
export type Indexers<T> = Readonly<Record<string, IndexFunc<T>>>;

/** The index of objects by namespace (client-go's `cache.NamespaceIndex`). */
export const NAMESPACE_INDEX = 'namespace';
/** The index of objects by the uid of each of their owners. */
export const OWNER_UID_INDEX = 'ownerUid';
/** The index of pods by `spec.nodeName` (empty node names are not indexed). */
export const POD_NODE_NAME_INDEX = 'spec.nodeName';

/** Files an object under its namespace. */
export function metaNamespaceIndexFunc(obj: KubeObject): readonly string[] {
  return [obj.metadata?.namespace ?? ''];
}

/** Files an object under the uid of every ownerReference. */
export function ownerUidIndexFunc(obj: KubeObject): readonly string[] {
  return (obj.metadata?.ownerReferences ?? []).map((r) => r.uid ?? '').filter((u) => u !== '');
}

/** Files a pod under the node it is bound to. */
export function podNodeNameIndexFunc(obj: KubeObject): readonly string[] {
  const node = (obj as KubeObject & { spec?: { nodeName?: string } }).spec?.nodeName ?? '';
  return node === '' ? [] : [node];
}

/** A keyed store of frozen objects with named indexes. */
export class Indexer<T extends KubeObject> implements Store<T> {
  private readonly items = new Map<string, T>();
  private readonly indexers = new Map<string, IndexFunc<T>>();
  /** index name → value → keys filed under it. */
  private readonly indices = new Map<string, Map<string, Set<string>>>();

  constructor(indexers: Indexers<T> = {}) {
    this.addIndexers(indexers);
  }

  /** Registers more index functions; existing objects are indexed at once. */
  addIndexers(indexers: Indexers<T>): void {
    for (const [name, fn] of Object.entries(indexers)) {
      if (this.indexers.has(name)) throw new Error(`indexer "${name}" already exists`);
      this.indexers.set(name, fn);
      const index = new Map<string, Set<string>>();
      this.indices.set(name, index);
      for (const [key, obj] of this.items) for (const v of fn(obj)) file(index, v, key);
    }
  }

  /** The names of the registered indexes. */
  getIndexers(): string[] {
    return [...this.indexers.keys()];
  }

  add(obj: T): void {
    const key = keyFunc(obj);
    const frozen = deepFreeze(obj);
    const old = this.items.get(key);
    this.items.set(key, frozen);
    this.reindex(key, old, frozen);
  }

  update(obj: T): void {
    this.add(obj);
  }

  delete(obj: T): void {
    this.deleteKey(keyFunc(obj));
  }

  /** Removes the object stored under `key`. */
  deleteKey(key: string): void {
    const old = this.items.get(key);
    if (old === undefined) return;
    this.items.delete(key);
    this.reindex(key, old, undefined);
  }

  list(): T[] {
    return [...this.items.values()];
  }

  listKeys(): string[] {
    return [...this.items.keys()];
  }

  get(obj: T): T | undefined {
    return this.items.get(keyFunc(obj));
  }

  getByKey(key: string): T | undefined {
    return this.items.get(key);
  }

  replace(items: readonly T[]): void {
    this.items.clear();
    for (const index of this.indices.values()) index.clear();
    for (const obj of items) this.add(obj);
  }

  /** How many objects are stored. */
  size(): number {
    return this.items.size;
  }

  /** The objects filed under `value` in index `name`. */
  byIndex(name: string, value: string): T[] {
    return this.indexKeys(name, value).map((k) => this.items.get(k)!);
  }

  /** The keys filed under `value` in index `name`. */
  indexKeys(name: string, value: string): string[] {
    return [...(this.requireIndex(name).get(value) ?? [])];
  }

  /** The objects that share any index value with `obj` in index `name`. */
  index(name: string, obj: T): T[] {
    const fn = this.indexers.get(name);
    if (!fn) throw new Error(`index "${name}" does not exist`);
    const keys = new Set<string>();
    for (const v of fn(obj)) for (const k of this.indexKeys(name, v)) keys.add(k);
    return [...keys].map((k) => this.items.get(k)!);
  }

  /** Every value index `name` files objects under. */
  listIndexFuncValues(name: string): string[] {
    return [...this.requireIndex(name).keys()];
  }

  private requireIndex(name: string): Map<string, Set<string>> {
    const index = this.indices.get(name);
    if (!index) throw new Error(`index "${name}" does not exist`);
    return index;
  }

  private reindex(key: string, old: T | undefined, next: T | undefined): void {
    for (const [name, fn] of this.indexers) {
      const index = this.indices.get(name)!;
      if (old !== undefined) for (const v of fn(old)) unfile(index, v, key);
      if (next !== undefined) for (const v of fn(next)) file(index, v, key);
    }
  }
}

function file(index: Map<string, Set<string>>, value: string, key: string): void {
  let keys = index.get(value);
  if (!keys) index.set(value, (keys = new Set()));
  keys.add(key);
}

function unfile(index: Map<string, Set<string>>, value: string, key: string): void {
  const keys = index.get(value);
  if (!keys) return;
  keys.delete(key);
  if (keys.size === 0) index.delete(value);
}
