/**
 * Kubernetes JSON of stored objects, memoized per object: the watch cache hands out frozen objects
 * shared by every reader, so a list, a get and every watcher that sees the same object reuse one
 * encoding. Lists are assembled from those encodings as `<Kind>List` documents.
 */
import { apiVersionOf, objectToJSON, type KindInfo, type KubeObject } from '../../api/index.js';

const memo = new WeakMap<object, string>();

/** The JSON text of an object (memoized when the object is frozen, as the cache's are). */
export function objectJSON(obj: KubeObject): string {
  const cached = memo.get(obj);
  if (cached !== undefined) return cached;
  const text = JSON.stringify(objectToJSON(obj));
  if (Object.isFrozen(obj)) memo.set(obj, text);
  return text;
}

/** List metadata as Kubernetes writes it (absent fields omitted). */
export interface ListMeta {
  readonly resourceVersion?: string;
  readonly continue?: string;
  readonly remainingItemCount?: number;
}

/** The JSON text of list metadata. */
export function listMetaJSON(meta: ListMeta): string {
  const out: Record<string, unknown> = {};
  if (meta.resourceVersion) out.resourceVersion = meta.resourceVersion;
  if (meta.continue) out.continue = meta.continue;
  if (meta.remainingItemCount !== undefined) out.remainingItemCount = meta.remainingItemCount;
  return JSON.stringify(out);
}

/** A `<Kind>List` of `items`, each item with its apiVersion and kind. */
export function listJSON(info: Pick<KindInfo, 'group' | 'version' | 'kind'>, meta: ListMeta, items: readonly KubeObject[]): string {
  const head = `{"kind":${JSON.stringify(`${info.kind}List`)},"apiVersion":${JSON.stringify(apiVersionOf(info))},"metadata":${listMetaJSON(meta)},"items":[`;
  return head + items.map(objectJSON).join(',') + ']}';
}
