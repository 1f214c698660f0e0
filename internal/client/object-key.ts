/**
 * Object keys: how caches and work queues name an object (`namespace/name`, or `name` for
 * cluster-scoped kinds), and the tombstone a delete carries when the cache missed the final state.
 */
import type { KubeObject } from '../api/index.js';

/** A delete the informer inferred from a relist: the object's last known state, which may be stale. */
export class DeletedFinalStateUnknown<T = KubeObject> {
  constructor(
    readonly key: string,
    readonly obj: T,
  ) {}
}

/** The cache and queue key of an object: `namespace/name`, or `name` when it has no namespace. */
export function keyFunc(obj: KubeObject | DeletedFinalStateUnknown<unknown>): string {
  if (obj instanceof DeletedFinalStateUnknown) return obj.key;
  const name = obj.metadata?.name ?? '';
  const namespace = obj.metadata?.namespace ?? '';
  return namespace === '' ? name : `${namespace}/${name}`;
}

/** Splits a key into namespace (empty for cluster-scoped) and name. */
export function splitKey(key: string): { namespace: string; name: string } {
  const slash = key.indexOf('/');
  return slash < 0 ? { namespace: '', name: key } : { namespace: key.slice(0, slash), name: key.slice(slash + 1) };
}

/** The object inside a delete notification, whether it is the object or a tombstone. */
export function unwrapTombstone<T>(obj: T | DeletedFinalStateUnknown<T>): T {
  return obj instanceof DeletedFinalStateUnknown ? obj.obj : obj;
}
