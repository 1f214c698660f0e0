/**
 * Listers: read-only views of an informer's cache, as client-go's generated listers. They return
 * the cached frozen objects themselves; a missing object is `undefined`, not an error.
 */
import type { KubeObject } from '../api/index.js';
import type { Selector } from '../api/labels/index.js';
import { NAMESPACE_INDEX, type Indexer } from './indexer.js';

function matching<T extends KubeObject>(items: T[], selector: Selector | undefined): T[] {
  if (!selector || selector.empty()) return items;
  return items.filter((o) => selector.matches(o.metadata?.labels ?? {}));
}

/** Lists and gets objects of one kind from the cache. */
export class Lister<T extends KubeObject> {
  constructor(private readonly indexer: Indexer<T>) {}

  /** Every cached object the selector matches (all of them without one). */
  list(selector?: Selector): T[] {
    return matching(this.indexer.list(), selector);
  }

  /** A cluster-scoped object by name. */
  get(name: string): T | undefined {
    return this.indexer.getByKey(name);
  }

  /** The view of one namespace. */
  namespace(namespace: string): NamespaceLister<T> {
    return new NamespaceLister(this.indexer, namespace);
  }
}

/** Lists and gets objects of one namespace from the cache. */
export class NamespaceLister<T extends KubeObject> {
  constructor(
    private readonly indexer: Indexer<T>,
    private readonly ns: string,
  ) {}

  /** Every cached object of the namespace the selector matches. */
  list(selector?: Selector): T[] {
    const items = this.indexer.getIndexers().includes(NAMESPACE_INDEX)
      ? this.indexer.byIndex(NAMESPACE_INDEX, this.ns)
      : this.indexer.list().filter((o) => (o.metadata?.namespace ?? '') === this.ns);
    return matching(items, selector);
  }

  /** An object of the namespace by name. */
  get(name: string): T | undefined {
    return this.indexer.getByKey(`${this.ns}/${name}`);
  }
}
