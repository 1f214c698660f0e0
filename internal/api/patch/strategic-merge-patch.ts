/**
 * Applies Kubernetes' strategic merge patch to the JSON form of an object, driven by a PatchSchema.
 *
 * As JSON merge patch, except: lists whose field has patchStrategy "merge" merge element by element
 * (maps by their patchMergeKey, scalars as a set) instead of being replaced; `$patch: replace |
 * delete` on a map or a list element; `$retainKeys` clears every key it does not name;
 * `$deleteFromPrimitiveList/<field>` removes scalars from a merged list; `$setElementOrder/<field>`
 * orders a merged list. A patch that is not well formed is refused with a PatchError whose code
 * and text are those Kubernetes 1.32 answers with (see patch-error.ts).
 *
 * The same merge, run with `mergeParallelList: false`, combines two patches into one (the three-way
 * patch of client-side apply): directives are then carried over into the result, not executed.
 */
import {
  DELETE_FROM_PRIMITIVE_LIST_PREFIX,
  DIRECTIVE_MARKER,
  RETAIN_KEYS_DIRECTIVE,
  SET_ELEMENT_ORDER_PREFIX,
  badArgType,
  badPatchType,
  directiveTarget,
  fieldStrategy,
  hasDirective,
  landedValue,
  mergeKeyValue,
  orderMergedList,
  sliceElementKind,
} from './strategic-merge-directives.js';
import { formatGoInterface } from '../validation/index.js';
import { cloneJson, getOwn, goJsonKind, hasOwn, isJsonObject, jsonEqual, jsonType, setOwn, type JsonObject, type JsonValue } from './json-value.js';
import { PatchError, patchResult, type PatchResult } from './patch-error.js';
import { unknownSchema, type FieldSchema, type PatchSchema } from './patch-schema.js';

/** How `mergeMap` runs: applying a patch to an object, or combining two patches. */
export interface MergeOptions {
  /** True when applying: execute `$deleteFromPrimitiveList` and `$retainKeys` rather than carry them. */
  readonly mergeParallelList: boolean;
  /** True when applying: a null for a key that is not there is dropped rather than kept. */
  readonly ignoreUnmatchedNulls: boolean;
}

const APPLY: MergeOptions = { mergeParallelList: true, ignoreUnmatchedNulls: true };

/** Kubernetes' ErrBadPatchFormatForRetainKeys, a 400 with this text alone. */
const RETAIN_KEYS_FORMAT = 'invalid patch format of retainKeys';
/** Kubernetes' ErrBadPatchFormatForSetElementOrderList, a 400 with this text alone. */
const SET_ELEMENT_ORDER_FORMAT = 'invalid patch format of setElementOrder list';

/**
 * Applies a strategic merge patch (parsed JSON, checked here) to a copy of `original`. The patch
 * must decode as a Go map: null decodes as an empty one (nothing changes), other non-objects are
 * refused with Go's decoding error.
 */
export function applyStrategicMergePatch(
  original: JsonObject,
  patch: unknown,
  schema: PatchSchema,
): PatchResult<JsonObject> {
  return patchResult(() => {
    if (patch === null) return cloneJson(original);
    if (!isJsonObject(patch)) {
      const kind = goJsonKind(patch as JsonValue);
      throw new PatchError('BadRequest', `json: cannot unmarshal ${kind} into Go value of type map[string]interface {}`);
    }
    return mergeMap(cloneJson(original), cloneJson(patch), schema, APPLY, '');
  });
}

/**
 * Merges `patch` into `original`, both owned by the caller and changed in place; returns the result
 * (which is `original` unless a `$patch` directive replaced it). Throws PatchError.
 */
export function mergeMap(
  original: JsonObject,
  patch: JsonObject,
  schema: PatchSchema,
  options: MergeOptions,
  path: string,
): JsonObject {
  // In a map only replace and delete are directives (merge is one only for list elements); a
  // replace takes the patch's map as given, its nulls and nested directives included.
  if (hasOwn(patch, DIRECTIVE_MARKER)) {
    const directive = patch[DIRECTIVE_MARKER];
    if (directive === 'delete') return {};
    if (directive !== 'replace') throw badPatchType(directive, patch);
    delete patch[DIRECTIVE_MARKER];
    return patch;
  }
  applyRetainKeys(original, patch, options);
  mergeSetElementOrder(original, patch, schema, options, path);

  for (const patchKey of Object.keys(patch)) {
    const patchValue = patch[patchKey];
    let key = patchKey;
    let isDeleteList = false;
    if (patchKey.startsWith(DELETE_FROM_PRIMITIVE_LIST_PREFIX)) {
      if (!options.mergeParallelList) {
        setOwn(original, patchKey, patchValue);
        continue;
      }
      // A deletion list that is not a list, or a field that is not a list, changes nothing below.
      key = directiveTarget(patchKey, DELETE_FROM_PRIMITIVE_LIST_PREFIX);
      isDeleteList = true;
    }
    const fieldPath = join(path, key);
    if (patchValue === null) {
      delete original[key];
      if (options.ignoreUnmatchedNulls) continue;
    }
    const originalValue = getOwn(original, key);
    if (originalValue === undefined || jsonType(originalValue) !== jsonType(patchValue)) {
      if (!isDeleteList) land(original, key, patchValue, options);
      continue;
    }
    const field = lookup(schema, key);
    if (isJsonObject(originalValue) && isJsonObject(patchValue)) {
      const { strategy } = fieldStrategy(field.patchStrategies);
      if (strategy === 'replace') setOwn(original, key, patchValue);
      else setOwn(original, key, mergeMap(originalValue, patchValue, field.schema, options, fieldPath));
    } else if (Array.isArray(originalValue) && Array.isArray(patchValue)) {
      setOwn(original, key, mergeList(originalValue, patchValue, field, isDeleteList, options, fieldPath).list);
    } else {
      setOwn(original, key, patchValue);
    }
  }
  return original;
}

function lookup(schema: PatchSchema, key: string): FieldSchema {
  return schema.field(key) ?? (unknownSchema.field(key) as FieldSchema);
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/**
 * Sets a patch value where there was nothing of its type to merge with: applying discards its
 * nulls and removes its `$patch` maps (the value may go entirely), combining keeps it as it is.
 */
function land(target: JsonObject, key: string, value: JsonValue, options: MergeOptions): void {
  const landed = options.mergeParallelList ? landedValue(value) : value;
  if (landed === undefined) delete target[key];
  else setOwn(target, key, landed);
}

/**
 * `$retainKeys`: when applying, a list of the keys to keep; every other key of the original goes.
 * Kubernetes answers both a non-list and a patch key missing from the list with
 * ErrBadPatchFormatForRetainKeys (400).
 */
function applyRetainKeys(original: JsonObject, patch: JsonObject, options: MergeOptions): void {
  if (!hasOwn(patch, RETAIN_KEYS_DIRECTIVE)) return;
  const retainKeys = patch[RETAIN_KEYS_DIRECTIVE];
  delete patch[RETAIN_KEYS_DIRECTIVE];
  if (!options.mergeParallelList) {
    const existing = getOwn(original, RETAIN_KEYS_DIRECTIVE);
    if (existing !== undefined && !jsonEqual(existing, retainKeys)) {
      throw new PatchError(
        'Unknown',
        `${formatGoInterface(existing)} and ${formatGoInterface(retainKeys)} are not deep equal: this may happen when calculating the 3-way diff patch`,
      );
    }
    setOwn(original, RETAIN_KEYS_DIRECTIVE, retainKeys);
    return;
  }
  if (!Array.isArray(retainKeys)) throw new PatchError('BadRequest', RETAIN_KEYS_FORMAT);
  const retained = new Set(retainKeys);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || key.startsWith(DELETE_FROM_PRIMITIVE_LIST_PREFIX) || key.startsWith(SET_ELEMENT_ORDER_PREFIX)) {
      continue;
    }
    if (!retained.has(key)) throw new PatchError('BadRequest', RETAIN_KEYS_FORMAT);
  }
  for (const key of Object.keys(original)) {
    if (!retained.has(key)) delete original[key];
  }
}

/**
 * Executes (or, when combining, carries over) every `$setElementOrder/<field>`, merging that field's
 * list here so the order can be enforced; the field is then gone from the patch.
 */
function mergeSetElementOrder(
  original: JsonObject,
  patch: JsonObject,
  schema: PatchSchema,
  options: MergeOptions,
  path: string,
): void {
  for (const directiveKey of Object.keys(patch)) {
    if (!directiveKey.startsWith(SET_ELEMENT_ORDER_PREFIX)) continue;
    const order = patch[directiveKey];
    delete patch[directiveKey];
    if (!options.mergeParallelList) {
      const existing = getOwn(original, directiveKey);
      if (existing !== undefined && !jsonEqual(existing, order)) {
        throw new PatchError('BadRequest', SET_ELEMENT_ORDER_FORMAT);
      }
      setOwn(original, directiveKey, order);
    }
    if (!Array.isArray(order)) throw badArgType('[]interface {}', order);
    const key = directiveTarget(directiveKey, SET_ELEMENT_ORDER_PREFIX);
    const fieldPath = join(path, key);
    const originalList = getOwn(original, key);
    const patchList = getOwn(patch, key);
    if (originalList !== undefined && !Array.isArray(originalList)) throw badArgType('[]interface {}', originalList);
    if (patchList !== undefined && !Array.isArray(patchList)) throw badArgType('[]interface {}', patchList);
    const field = lookup(schema, key);
    const mergeKey = field.patchMergeKey ?? '';
    validateAgainstOrder(patchList ?? [], order, mergeKey);

    let merged: JsonValue[];
    let serverOrder: JsonValue[] = originalList ?? [];
    if (originalList && patchList) {
      const result = mergeList(originalList, patchList, field, false, options, fieldPath);
      merged = result.list;
      // Kubernetes ranks live-only items against the live list as it stands after the merge deleted
      // and appended elements in place (truncated to its old length); matching that keeps items it
      // added next to the ones it removed, as kubectl users see it.
      serverOrder = result.raw.slice(0, originalList.length);
    } else if (originalList) {
      merged = originalList;
    } else if (patchList) {
      merged = options.mergeParallelList ? (landedValue(patchList, true) as JsonValue[]) : patchList;
    } else {
      continue;
    }
    sliceElementKind(originalList ?? [], patchList ?? []);
    setOwn(original, key, orderMergedList(merged, order, serverOrder, mergeKey));
    delete patch[key];
  }
}

/** The patch's list must name its elements in the order `$setElementOrder` gives (deletions aside). */
function validateAgainstOrder(patchList: readonly JsonValue[], order: readonly JsonValue[], mergeKey: string): void {
  if (patchList.length === 0 || order.length === 0) return;
  const items = mergeKey ? patchList.filter((v) => !(isJsonObject(v) && getOwn(v, DIRECTIVE_MARKER) === 'delete')) : patchList;
  const same = (a: JsonValue, b: JsonValue): boolean =>
    mergeKey ? mergeKeyValue(a, mergeKey) === mergeKeyValue(b, mergeKey) : a === b;
  let p = 0;
  let o = 0;
  while (p < items.length && o < order.length) {
    if (hasDirective(items[p])) {
      p++;
      continue;
    }
    if (same(items[p], order[o])) p++;
    o++;
  }
  if (p < items.length) {
    throw new PatchError(
      'Unknown',
      `The order in patch list:\n${formatGoInterface(patchList)}\n doesn't match ${SET_ELEMENT_ORDER_PREFIX} list:\n${formatGoInterface(order)}\n`,
    );
  }
}

/** A merged list in its final order, and `raw`: the live elements left after deletions, then those added. */
interface MergedList {
  readonly list: JsonValue[];
  readonly raw: JsonValue[];
}

function mergeList(
  original: JsonValue[],
  patch: JsonValue[],
  field: FieldSchema,
  isDeleteList: boolean,
  options: MergeOptions,
  path: string,
): MergedList {
  const done = (list: JsonValue[]): MergedList => ({ list, raw: original });
  const { strategy } = fieldStrategy(field.patchStrategies);
  // A deletion list deletes whatever the field's strategy, as Kubernetes does; a list that does not
  // merge is replaced by the patch's list as given.
  if (strategy !== 'merge' && !isDeleteList) return done(patch);
  if (original.length === 0 && patch.length === 0) return done(original);
  const kind = sliceElementKind(original, patch);
  if (kind !== 'object') {
    if (options.mergeParallelList && isDeleteList) return done(original.filter((v) => !patch.includes(v)));
    const merged: JsonValue[] = [];
    for (const v of [...original, ...patch]) if (!merged.includes(v)) merged.push(v);
    return done(orderMergedList(merged, patch, original, ''));
  }
  const mergeKey = field.patchMergeKey;
  if (!mergeKey) throw new PatchError('Unknown', `cannot merge lists without merge key for ${field.schema.name}`);

  let base = original;
  const plain: JsonObject[] = [];
  let replace = false;
  for (const element of patch as JsonObject[]) {
    const directive = getOwn(element, DIRECTIVE_MARKER);
    if (directive === undefined) {
      plain.push(element);
    } else if (directive === 'delete') {
      const value = mergeKeyValue(element, mergeKey);
      base = base.filter((v) => !(isJsonObject(v) && getOwn(v, mergeKey) === value));
    } else if (directive === 'replace') {
      replace = true;
    } else if (directive === 'merge') {
      throw new PatchError('Unknown', 'merging lists cannot yet be specified in the patch');
    } else {
      throw badPatchType(directive, element);
    }
  }
  if (replace) {
    for (const element of plain) mergeKeyValue(element, mergeKey);
    return done(plain);
  }

  const merged = [...base];
  for (const element of plain) {
    const value = mergeKeyValue(element, mergeKey);
    const at = merged.findIndex((v) => isJsonObject(v) && getOwn(v, mergeKey) === value);
    const elementPath = `${path}[${mergeKey}=${JSON.stringify(value)}]`;
    // An element new to the list is appended as the patch gives it, as Kubernetes does.
    if (at >= 0) merged[at] = mergeMap(merged[at] as JsonObject, element, field.schema, options, elementPath);
    else merged.push(element);
  }
  return { list: orderMergedList(merged, plain, base, mergeKey), raw: merged };
}
