/**
 * The request-level steps both faces take the same way: which subresource a create or an update
 * goes to (`pods/binding`, `pods/eviction`, `namespaces/finalize`, `status`), deletecollection as
 * a list then a delete of each, and a patch of a workload's `scale`. Each face only decodes its
 * wire into these calls and encodes what they return.
 */
import { cloneObject, newBadRequest, StatusError, typeFor, type KubeObject, type Status } from '../../api/index.js';
import { applyJsonPatch, applyMergePatch, applyStrategicMergePatch, PatchError, schemaForType, type JsonValue, type PatchResult } from '../../api/patch/index.js';
import type { Registry } from '../registry/registry.js';
import type { ResourceStore, UpdateResult } from '../registry/resource-store.js';
import type { DeleteOptions, ListOptions, PatchType, WriteOptions } from '../registry/request-options.js';
import { bindPod, evictPod, finalizeNamespace, getScale, unknownSubresource, updateScale, type Scale } from '../registry/subresources.js';
import { applyFieldValidation, decodePatched, patchFieldProblems, patchObject, type PatchOptions, type PatchOutcome } from '../registry/patcher.js';
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
  if (subresource === 'finalize') {
    if (store.info.resource !== 'namespaces') throw unknownSubresource(store, subresource);
    return { object: await finalizeNamespace(registry, name, obj, options), created: false };
  }
  if (subresource !== '' && subresource !== 'status') throw unknownSubresource(store, subresource);
  if (subresource === 'status' && !store.strategy.hasStatus) throw unknownSubresource(store, subresource);
  return store.update(namespace, name, obj, { ...options, subresource });
}

/** Deletes every object a list selects; objects already gone are skipped. Returns the deleted (or marked) objects. */
export async function deleteCollection(
  store: ResourceStore,
  namespace: string,
  selectors: Pick<ListOptions, 'labelSelector' | 'fieldSelector'>,
  options: DeleteOptions,
): Promise<{ resourceVersion: string; items: KubeObject[] }> {
  const list = await store.list(namespace, selectors);
  const items: KubeObject[] = [];
  for (const o of list.items) {
    try {
      const r = await store.delete(o.metadata?.namespace ?? '', o.metadata?.name ?? '', options);
      items.push(r.object ?? o);
    } catch (err) {
      if (!(err instanceof StatusError && err.reason === 'NotFound')) throw err;
    }
  }
  return { resourceVersion: list.resourceVersion, items };
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
  let patch: unknown;
  try {
    patch = JSON.parse(patchText.toString());
  } catch (err) {
    throw newBadRequest(`error decoding patch: ${(err as Error).message}`);
  }
  const validation = options.fieldValidation ?? 'Warn';
  const patchProblems = validation === 'Ignore' ? [] : patchFieldProblems(type, patch, patchText.toString());
  const scaleType = typeFor('autoscaling/v1', 'Scale')!;
  for (let attempt = 1; ; attempt++) {
    const current = cloneObject(await getScale(store, namespace, name)) as Record<string, JsonValue>;
    const result = applyTo(type, current, patch, scaleType);
    if (!result.ok) throw newBadRequest(result.error.message);
    const next = result.value as Scale;
    const warnings = applyFieldValidation(validation, [...patchProblems, ...decodePatched(scaleType, next).problems]);
    const pinned = (patch as { metadata?: { resourceVersion?: unknown } } | null)?.metadata?.resourceVersion;
    try {
      // The Scale carries the resourceVersion it was read at, so a write in between is a Conflict.
      return { object: (await updateScale(store, namespace, name, next, options)) as KubeObject, warnings };
    } catch (err) {
      if (!(err instanceof StatusError && err.reason === 'Conflict') || typeof pinned === 'string' || attempt >= SCALE_PATCH_ATTEMPTS) throw err;
    }
  }
}

function applyTo(type: PatchType, original: Record<string, JsonValue>, patch: unknown, scaleType: Parameters<typeof schemaForType>[0]): PatchResult<JsonValue> {
  switch (type) {
    case 'json':
      return applyJsonPatch(original, patch);
    case 'merge':
      if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return { ok: false, error: new PatchError('BadRequest', 'a merge patch must be a JSON object') };
      return { ok: true, value: applyMergePatch(original, patch as JsonValue) };
    case 'strategic':
      return applyStrategicMergePatch(original, patch, schemaForType(scaleType));
  }
}
