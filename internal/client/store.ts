/**
 * Store: client-go's `cache.Store`, the interface of an informer's cache. Objects are keyed by
 * `keyFunc` (`namespace/name`, or `name`), and what it hands out is what it holds: frozen objects
 * shared by every reader, never copies.
 */

/** A keyed cache of objects. */
export interface Store<T> {
  /** Inserts or replaces the object under its key. */
  add(obj: T): void;
  /** Same as `add`; the name says the caller expects the key to exist. */
  update(obj: T): void;
  /** Removes the object with `obj`'s key. */
  delete(obj: T): void;
  /** Every object, in no particular order. */
  list(): T[];
  /** Every key. */
  listKeys(): string[];
  /** The stored object with `obj`'s key. */
  get(obj: T): T | undefined;
  /** The stored object with `key`. */
  getByKey(key: string): T | undefined;
  /** Replaces the whole contents with `items`. */
  replace(items: readonly T[]): void;
}
