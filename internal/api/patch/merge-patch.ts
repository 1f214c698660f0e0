/**
 * RFC 7386 JSON merge patch: objects merge key by key, `null` deletes a key, anything else (arrays
 * included) replaces. Inputs are never changed.
 */
import { cloneJson, getOwn, hasOwn, isJsonObject, jsonEqual, setOwn, type JsonObject, type JsonValue } from './json-value.js';
import { PatchError, type PatchResult } from './patch-error.js';

/**
 * Applies a merge patch document (parsed JSON) as Kubernetes does with evanphx/json-patch's
 * MergePatch: a patch that is null or a scalar is ErrBadJSONPatch (400 `Invalid JSON Patch`); a
 * list replaces the document whole.
 */
export function applyJsonMergePatch(document: JsonValue, patch: unknown): PatchResult<JsonValue> {
  if (!isJsonObject(patch) && !Array.isArray(patch)) return { ok: false, error: new PatchError('BadRequest', 'Invalid JSON Patch') };
  return { ok: true, value: applyMergePatch(document, patch) };
}

/** Applies a merge patch to `original` (absent: nothing) and returns the result. */
export function applyMergePatch(original: JsonValue | undefined, patch: JsonValue): JsonValue {
  if (!isJsonObject(patch)) return cloneJson(patch);
  const target: JsonObject = isJsonObject(original) ? cloneJson(original) : {};
  for (const key of Object.keys(patch)) {
    const value = patch[key];
    if (value === null) delete target[key];
    else setOwn(target, key, applyMergePatch(getOwn(target, key), value));
  }
  return target;
}

/**
 * The merge patch that turns `original` into `modified`: removed keys as `null`, changed values
 * replaced, nested objects diffed. Nulls inside `modified` cannot be expressed and are sent as null
 * (so they delete).
 */
export function createMergePatch(original: JsonValue, modified: JsonValue): JsonValue {
  if (!isJsonObject(original) || !isJsonObject(modified)) return cloneJson(modified);
  const patch: JsonObject = {};
  for (const key of Object.keys(original)) {
    if (!hasOwn(modified, key)) setOwn(patch, key, null);
  }
  for (const key of Object.keys(modified)) {
    const before = getOwn(original, key);
    const after = modified[key];
    if (before === undefined) {
      setOwn(patch, key, cloneJson(after));
    } else if (isJsonObject(before) && isJsonObject(after)) {
      const sub = createMergePatch(before, after);
      if (isJsonObject(sub) && Object.keys(sub).length > 0) setOwn(patch, key, sub);
    } else if (!jsonEqual(before, after)) {
      setOwn(patch, key, cloneJson(after));
    }
  }
  return patch;
}
