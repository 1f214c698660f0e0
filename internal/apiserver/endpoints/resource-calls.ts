/**
 * The request-level steps both faces take the same way: the owner references a create or an
 * update carries deduplicated as they arrive (Kubernetes' handlers do it before anything else; a
 * patch has them deduplicated only after admission, in the store), which subresource a create or
 * an update goes to (`pods/binding`, `pods/eviction`, `namespaces/finalize`, `status`), the
 * warnings a kind gives a delete by its options (once a request, as Kubernetes' per-kind
 * REST.Delete and REST.DeleteCollection add them before the generic store runs), deletecollection
 * as a list then a delete of each, and a patch of a workload's `scale`. Each face only decodes its
 * wire into these calls and encodes what they return.
 */
import { cloneObject, newBadRequest, StatusError, typeFor, type KubeObject, type Status } from '../../api/index.js';
import type { JsonObject } from '../../api/patch/index.js';
import type { Registry } from '../registry/registry.js';
import type { DeleteResult, ResourceStore, UpdateResult } from '../registry/resource-store.js';
import type { DeleteOptions, ListOptions, PatchType, WriteOptions } from '../registry/request-options.js';
import { bindPod, evictPod, finalizeNamespace, getScale, unknownSubresource, updateScale, type Scale } from '../registry/subresources.js';
import { applyFieldValidation, applyPatchTo, parsePatch, patchObject, type PatchOptions, type PatchOutcome } from '../registry/patcher.js';
import { dedupOwnerReferences } from '../registry/owner-references.js';
import { toDeleteOptions, type DeleteOptionsInput } from './request-options.js';

/** The Success Status a binding or an eviction answers with. */
function created(): Status {
  return { apiVersion: 'v1', kind: 'Status', status: 'Success', code: 201, metadata: {} };
}

/** A create on a resource or one of its create-only subresources (`binding`, `eviction`). */
export async function createOn(
  registry: Registry,
  store: ResourceStore,
  namespace: string,
  name: string,
  subresource: string,
  obj: KubeObject,
  options: WriteOptions,
): Promise<KubeObject | Status> {
  dedupOwnerReferences(obj, options.warn, false);
  if (subresource === 'binding' && store.info.resource === 'pods') {
    await bindPod(registry, namespace, { ...obj, metadata: { ...obj.metadata, name: name || obj.metadata?.name } }, options);
    return created();
  }
  if (subresource === 'eviction' && store.info.resource === 'pods') {
    const eviction = obj as KubeObject & { deleteOptions?: DeleteOptionsInput };
    await evictPod(registry, namespace, name || eviction.metadata?.name || '', toDeleteOptions(eviction.deleteOptions));
    return created();
  }
  if (subresource !== '') throw unknownSubresource(store, subresource);
  if (store.info.kind === 'Binding') {
    await bindPod(registry, namespace, obj, options);
    return created();
  }
  return store.create(namespace, obj, options);
}

/** An update of a resource, its `status`, or a namespace's `finalize`. */
export async function updateOn(
  registry: Registry,
  store: ResourceStore,
  namespace: string,
  name: string,
  subresource: string,
  obj: KubeObject,
  options: WriteOptions,
): Promise<UpdateResult> {
  if (!name) throw newBadRequest('resource name may not be empty');
  dedupOwnerReferences(obj, options.warn, false);
  if (subresource === 'finalize') {
    if (store.info.resource !== 'namespaces') throw unknownSubresource(store, subresource);
    return { object: await finalizeNamespace(registry, name, obj, options), created: false };
  }
  if (subresource !== '' && subresource !== 'status') throw unknownSubresource(store, subresource);
  if (subresource === 'status' && !store.strategy.hasStatus) throw unknownSubresource(store, subresource);
  return store.update(namespace, name, obj, { ...options, subresource });
}

/**
 * Records the warnings the kind's strategy gives a delete with `options`. Called before the store
 * reads the object, so they come with every outcome (Kubernetes sends them with a 404 too, where the
 * face carries warnings on failures).
 */
function warnOfDelete(store: ResourceStore, options: DeleteOptions): void {
  for (const warning of store.strategy.deleteWarnings?.(options) ?? []) options.warn?.(warning);
}

/** A delete of one object, after the warnings its options earn. */
export async function deleteOn(store: ResourceStore, namespace: string, name: string, options: DeleteOptions): Promise<DeleteResult> {
  warnOfDelete(store, options);
  return store.delete(namespace, name, options);
}

/**
 * Deletes every object a list selects; objects already gone are skipped. Returns the list as it
 * was read. The options' warnings are given once for the request, not once per object.
 */
export async function deleteCollection(
  store: ResourceStore,
  namespace: string,
  selectors: Pick<ListOptions, 'labelSelector' | 'fieldSelector'>,
  options: DeleteOptions,
): Promise<{ resourceVersion: string; items: KubeObject[] }> {
  warnOfDelete(store, options);
  const list = await store.list(namespace, selectors);
  for (const o of list.items) {
    try {
      await store.delete(o.metadata?.namespace ?? '', o.metadata?.name ?? '', options);
    } catch (err) {
      if (!(err instanceof StatusError && err.reason === 'NotFound')) throw err;
    }
  }
  // Kubernetes answers with the list as it was read, not with what each delete left behind.
  return { resourceVersion: list.resourceVersion, items: [...list.items] };
}

/** A patch of a resource, its `status`, or a workload's `scale` (whose answer is the Scale). */
export async function patchOn(
  store: ResourceStore,
  namespace: string,
  name: string,
  subresource: string,
  type: PatchType,
  patch: string | Buffer,
  options: PatchOptions,
): Promise<PatchOutcome> {
  if (subresource === 'scale') return patchScale(store, namespace, name, type, patch, options);
  if (subresource !== '' && subresource !== 'status') throw unknownSubresource(store, subresource);
  return patchObject(store, namespace, name, type, patch, { ...options, subresource });
}

const SCALE_PATCH_ATTEMPTS = 5;

/**
 * PATCH .../scale (what `kubectl scale` sends): the patch applies to the Scale's JSON and the
 * result is written with updateScale; a patch without a resourceVersion is retried on a conflict,
 * as Kubernetes retries patches. fieldValidation judges the patch and the patched Scale as it does
 * every other patch.
 */
export async function patchScale(store: ResourceStore, namespace: string, name: string, type: PatchType, patchText: string | Buffer, options: PatchOptions): Promise<PatchOutcome> {
  const patch = parsePatch(type, patchText, options.fieldValidation ?? 'Warn');
  const scaleType = typeFor('autoscaling/v1', 'Scale')!;
  for (let attempt = 1; ; attempt++) {
    const current = cloneObject(await getScale(store, namespace, name)) as JsonObject;
    const patched = applyPatchTo(patch, current, scaleType, name);
    const warnings = applyFieldValidation(patch.validation, [...patch.problems, ...patched.problems]);
    try {
      // The Scale carries the resourceVersion it was read at, so a write in between is a Conflict.
      return { object: (await updateScale(store, namespace, name, patched.object as Scale, options)) as KubeObject, warnings };
    } catch (err) {
      if (!(err instanceof StatusError && err.reason === 'Conflict') || patch.resourceVersion !== undefined || attempt >= SCALE_PATCH_ATTEMPTS) throw err;
    }
  }
}
