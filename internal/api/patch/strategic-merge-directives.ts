/**
 * The vocabulary of strategic merge patch, shared by the engine that applies patches and the one that
 * computes them: directive keys, patch strategies, list element kinds and the ordering rules for
 * merged lists (`$setElementOrder` first, then the order in the patch, then the live order).
 */
import { getOwn, hasOwn, isJsonObject, jsonType, setOwn, type JsonObject, type JsonValue } from './json-value.js';
import { PatchError } from './patch-error.js';

/** `$patch`: replace, delete or merge on a map or a list element. */
export const DIRECTIVE_MARKER = '$patch';
/** `$retainKeys`: the keys a map keeps; all others are cleared. */
export const RETAIN_KEYS_DIRECTIVE = '$retainKeys';
/** `$deleteFromPrimitiveList/<field>`: values to remove from a merged list of scalars. */
export const DELETE_FROM_PRIMITIVE_LIST_PREFIX = '$deleteFromPrimitiveList';
/** `$setElementOrder/<field>`: the order of a merged list after the patch. */
export const SET_ELEMENT_ORDER_PREFIX = '$setElementOrder';

/** The strategy of a field once `retainKeys` is split off: merge, replace or none (the default). */
export interface FieldStrategy {
  readonly retainKeys: boolean;
  readonly strategy: 'merge' | 'replace' | '';
}

/** Splits a field's patch strategies into retainKeys and the other strategy, as Kubernetes does. */
export function fieldStrategy(strategies: readonly string[], path: string): FieldStrategy {
  const rest = strategies.filter((s) => s !== 'retainKeys');
  const retainKeys = rest.length !== strategies.length;
  if (rest.length > 1 || (rest.length === 1 && rest[0] !== 'merge' && rest[0] !== 'replace')) {
    throw new PatchError('Invalid', `unexpected patch strategy: ${strategies.join(',')}`, path);
  }
  return { retainKeys, strategy: (rest[0] as 'merge' | 'replace' | undefined) ?? '' };
}

/** The field a parallel-list directive (`$setElementOrder/spec`) refers to. */
export function directiveTarget(key: string, prefix: string, path: string): string {
  const slash = key.indexOf('/');
  if (slash < 0 || key.slice(0, slash) !== prefix || slash === key.length - 1) {
    const what = prefix === SET_ELEMENT_ORDER_PREFIX ? 'setElementOrder list' : 'primitive list';
    throw new PatchError('BadRequest', `invalid patch format of ${what}: ${JSON.stringify(key)}`, path);
  }
  return key.slice(slash + 1);
}

/** The kind shared by every element of the lists; lists of lists and mixed lists are refused. */
export function sliceElementKind(path: string, ...lists: readonly JsonValue[][]): 'object' | 'scalar' | 'empty' {
  let seen: string | undefined;
  for (const list of lists) {
    for (const v of list) {
      const t = jsonType(v);
      if (t === 'array') throw new PatchError('Invalid', 'lists of lists are not supported', path);
      if (seen !== undefined && seen !== t) throw new PatchError('Invalid', 'list element types are not identical', path);
      seen = t;
    }
  }
  if (seen === undefined) return 'empty';
  return seen === 'object' ? 'object' : 'scalar';
}

/** The element as an object carrying its merge key; an error names what is missing. */
export function mergeKeyValue(v: JsonValue, mergeKey: string, path: string): JsonValue {
  if (!isJsonObject(v)) {
    throw new PatchError('Invalid', `expected a map in a list merged by "${mergeKey}", got ${JSON.stringify(v)}`, path);
  }
  const key = getOwn(v, mergeKey);
  if (key === undefined) {
    throw new PatchError('Invalid', `map: ${JSON.stringify(v)} does not contain declared merge key: ${mergeKey}`, path);
  }
  return key;
}

/** True when the element is a map carrying `$patch`. */
export function hasDirective(v: JsonValue): boolean {
  return isJsonObject(v) && hasOwn(v, DIRECTIVE_MARKER);
}

/** The identity of a list element for ordering: its merge key value for maps, itself for scalars. */
function identity(v: JsonValue, mergeKey: string): JsonValue | undefined {
  if (!mergeKey) return v;
  return isJsonObject(v) ? getOwn(v, mergeKey) : undefined;
}

function indexIn(list: readonly JsonValue[], v: JsonValue, mergeKey: string): number {
  const id = identity(v, mergeKey);
  return list.findIndex((e) => identity(e, mergeKey) === id);
}

/**
 * Sorts `items` by their position in `order` (stable; items not in `order` keep their relative place
 * after those that are). For maps, `$patch: delete` elements go last, and every element must carry
 * the merge key.
 */
export function normalizeSliceOrder(
  items: readonly JsonValue[],
  order: readonly JsonValue[],
  mergeKey: string,
  path: string,
): JsonValue[] {
  let toSort = [...items];
  let toDelete: JsonValue[] = [];
  if (mergeKey) {
    for (const v of [...items, ...order]) mergeKeyValue(v, mergeKey, path);
    toDelete = toSort.filter((v) => isJsonObject(v) && getOwn(v, DIRECTIVE_MARKER) === 'delete');
    toSort = toSort.filter((v) => !toDelete.includes(v));
  }
  const ranked = toSort.map((v, i) => ({ v, i, at: indexIn(order, v, mergeKey) }));
  ranked.sort((a, b) => {
    if (a.at >= 0 && b.at >= 0) return a.at - b.at;
    if (a.at >= 0) return -1;
    if (b.at >= 0) return 1;
    return a.i - b.i;
  });
  return [...ranked.map((r) => r.v), ...toDelete];
}

/**
 * Interleaves the patch's items with the live-only items: each side keeps its own order, and a
 * live-only item goes before a patch item only when the live list had it before that item. So items
 * new to the list come before the live-only items that follow them, as Kubernetes orders them.
 */
function mergeSortedSlice(
  serverOnly: readonly JsonValue[],
  patchItems: readonly JsonValue[],
  serverOrder: readonly JsonValue[],
  mergeKey: string,
): JsonValue[] {
  const out: JsonValue[] = [];
  let i = 0;
  let j = 0;
  while (i < serverOnly.length || j < patchItems.length) {
    if (j >= patchItems.length) {
      out.push(serverOnly[i++]);
    } else if (i >= serverOnly.length) {
      out.push(patchItems[j++]);
    } else {
      const li = indexIn(serverOrder, serverOnly[i], mergeKey);
      const ri = indexIn(serverOrder, patchItems[j], mergeKey);
      if (li >= 0 && ri >= 0 && li < ri) out.push(serverOnly[i++]);
      else out.push(patchItems[j++]);
    }
  }
  return out;
}

/**
 * Orders a merged list: the items named by the patch (or its `$setElementOrder`) in `patchOrder`,
 * the live-only items in `serverOrder`, the two interleaved by `mergeSortedSlice`.
 */
export function orderMergedList(
  merged: readonly JsonValue[],
  patchOrder: readonly JsonValue[],
  serverOrder: readonly JsonValue[],
  mergeKey: string,
  path: string,
): JsonValue[] {
  const patchItems: JsonValue[] = [];
  const serverOnly: JsonValue[] = [];
  for (const v of merged) {
    if (mergeKey) mergeKeyValue(v, mergeKey, path);
    (indexIn(patchOrder, v, mergeKey) >= 0 ? patchItems : serverOnly).push(v);
  }
  return mergeSortedSlice(
    normalizeSliceOrder(serverOnly, serverOrder, mergeKey, path),
    normalizeSliceOrder(patchItems, patchOrder, mergeKey, path),
    serverOrder,
    mergeKey,
  );
}

/** True for the keys that are directives rather than fields. */
export function isDirectiveKey(key: string): boolean {
  return (
    key === DIRECTIVE_MARKER ||
    key === RETAIN_KEYS_DIRECTIVE ||
    key.startsWith(DELETE_FROM_PRIMITIVE_LIST_PREFIX + '/') ||
    key.startsWith(SET_ELEMENT_ORDER_PREFIX + '/')
  );
}

/**
 * A patch value as it lands where nothing was before: directive keys and nulls go; a map with
 * `$patch: delete` vanishes, one with `replace` or `merge` keeps its fields; list elements carrying
 * `$patch` vanish (they direct a list that is not there). Undefined when the value itself vanishes.
 */
export function cleanPatchValue(v: JsonValue, path: string, inList = false): JsonValue | undefined {
  if (Array.isArray(v)) {
    const out: JsonValue[] = [];
    for (const e of v) {
      const c = cleanPatchValue(e, path, true);
      if (c !== undefined) out.push(c);
    }
    return out;
  }
  if (!isJsonObject(v)) return v;
  const directive = getOwn(v, DIRECTIVE_MARKER);
  if (directive !== undefined) {
    if (directive !== 'delete' && directive !== 'replace' && directive !== 'merge') throw badPatchType(directive, path);
    if (inList || directive === 'delete') return undefined;
  }
  const out: JsonObject = {};
  for (const k of Object.keys(v)) {
    if (isDirectiveKey(k) || v[k] === null) continue;
    const c = cleanPatchValue(v[k], path ? `${path}.${k}` : k);
    if (c !== undefined) setOwn(out, k, c);
  }
  return out;
}

/** The error for a `$patch` value that is not a directive. */
export function badPatchType(directive: JsonValue, path: string): PatchError {
  return new PatchError('BadRequest', `unknown patch type: ${JSON.stringify(directive)}`, path);
}
