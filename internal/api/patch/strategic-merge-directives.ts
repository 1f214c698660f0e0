/**
 * The vocabulary of strategic merge patch, shared by the engine that applies patches and the one that
 * computes them: directive keys, patch strategies, list element kinds and the ordering rules for
 * merged lists (`$setElementOrder` first, then the order in the patch, then the live order).
 */
import { formatGoFloat, formatGoInterface } from '../validation/index.js';
import { getOwn, hasOwn, isJsonObject, setOwn, type JsonObject, type JsonValue } from './json-value.js';
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
export function fieldStrategy(strategies: readonly string[]): FieldStrategy {
  const rest = strategies.filter((s) => s !== 'retainKeys');
  const retainKeys = rest.length !== strategies.length;
  if (rest.length > 1 || (rest.length === 1 && rest[0] !== 'merge' && rest[0] !== 'replace')) {
    throw new PatchError('Unknown', `unexpected patch strategy: [${strategies.join(' ')}]`);
  }
  return { retainKeys, strategy: (rest[0] as 'merge' | 'replace' | undefined) ?? '' };
}

/** The field a parallel-list directive (`$setElementOrder/spec`) refers to; after the slash, even "". */
export function directiveTarget(key: string, prefix: string): string {
  const slash = key.indexOf('/');
  if (slash < 0 || key.slice(0, slash) !== prefix) {
    const what = prefix === SET_ELEMENT_ORDER_PREFIX ? 'setElementOrder list' : 'primitive list';
    throw new PatchError('BadRequest', `invalid patch format of ${what}`);
  }
  return key.slice(slash + 1);
}

/**
 * The Go type a value decodes to (`map[string]interface {}`, `[]interface {}`, `string`, `int64`
 * for whole numbers, `float64`, `bool`), or undefined for null, as reflect.TypeOf sees it.
 */
export function goTypeOf(v: JsonValue): string | undefined {
  if (v === null) return undefined;
  if (Array.isArray(v)) return '[]interface {}';
  switch (typeof v) {
    case 'object':
      return 'map[string]interface {}';
    case 'number':
      return Number.isSafeInteger(v) ? 'int64' : 'float64';
    default:
      return typeof v === 'boolean' ? 'bool' : 'string';
  }
}

/** Go's `%s` of a decoded value: a string as itself, a value of another type wrapped as `%!s(int64=1)`. */
export function goSprintS(v: JsonValue): string {
  if (typeof v === 'string') return v;
  if (v === null) return '%!s(<nil>)';
  const printed = typeof v === 'number' && !Number.isSafeInteger(v) ? formatGoFloat(v) : formatGoInterface(v);
  return `%!s(${goTypeOf(v)}=${printed})`;
}

/** Kubernetes' ErrBadArgType: a value that is not of the type a directive or a list needs. */
export function badArgType(expected: string, actual: JsonValue | undefined): PatchError {
  return new PatchError('Unknown', `expected a ${expected}, but received a ${goTypeOf(actual ?? null) ?? '%!s(<nil>)'}`);
}

/**
 * The kind shared by every element of the lists, as Kubernetes' sliceElementType decides it: a
 * list first is refused as a list of lists (the generic 422), elements of different Go types
 * (whole and fractional numbers differ) as not identical (a plain error).
 */
export function sliceElementKind(...lists: readonly JsonValue[][]): 'object' | 'scalar' | 'empty' {
  let seen: string | undefined;
  for (const list of lists) {
    for (const v of list) {
      const t = goTypeOf(v) ?? '<nil>';
      if (seen === undefined && t === '[]interface {}') throw new PatchError('Invalid', 'lists of lists are not supported');
      if (seen !== undefined && seen !== t) {
        throw new PatchError('Unknown', `list element types are not identical: ${formatGoInterface(lists)}`);
      }
      seen = t;
    }
  }
  if (seen === undefined) return 'empty';
  return seen === 'map[string]interface {}' ? 'object' : 'scalar';
}

/** The element's merge key value; the errors are Kubernetes' ErrBadArgType and ErrNoMergeKey. */
export function mergeKeyValue(v: JsonValue, mergeKey: string): JsonValue {
  if (!isJsonObject(v)) throw badArgType('map[string]interface {}', v);
  const key = getOwn(v, mergeKey);
  if (key === undefined) {
    throw new PatchError('Unknown', `map: ${formatGoInterface(v)} does not contain declared merge key: ${mergeKey}`);
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
): JsonValue[] {
  let toSort = [...items];
  let toDelete: JsonValue[] = [];
  if (mergeKey) {
    for (const v of [...items, ...order]) mergeKeyValue(v, mergeKey);
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
): JsonValue[] {
  const patchItems: JsonValue[] = [];
  const serverOnly: JsonValue[] = [];
  for (const v of merged) {
    if (mergeKey) mergeKeyValue(v, mergeKey);
    (indexIn(patchOrder, v, mergeKey) >= 0 ? patchItems : serverOnly).push(v);
  }
  return mergeSortedSlice(
    normalizeSliceOrder(serverOnly, serverOrder, mergeKey),
    normalizeSliceOrder(patchItems, patchOrder, mergeKey),
    serverOrder,
    mergeKey,
  );
}

/** Drops every null field of the maps in `v`, nested ones and those inside lists included (list elements stay). */
function discardNulls(v: JsonValue): JsonValue {
  if (Array.isArray(v)) return v.map(discardNulls);
  if (!isJsonObject(v)) return v;
  const out: JsonObject = {};
  for (const k of Object.keys(v)) if (v[k] !== null) setOwn(out, k, discardNulls(v[k]));
  return out;
}

/**
 * Drops every map that carries `$patch`, whatever its value, at every depth: such a map directs a
 * merge with something that is not there. Undefined when `v` itself is such a map. Other directive
 * keys stay, as Kubernetes keeps them.
 */
function removeDirectives(v: JsonValue): JsonValue | undefined {
  if (Array.isArray(v)) return v.map(removeDirectives).filter((e): e is JsonValue => e !== undefined);
  if (!isJsonObject(v)) return v;
  if (hasOwn(v, DIRECTIVE_MARKER)) return undefined;
  const out: JsonObject = {};
  for (const k of Object.keys(v)) {
    const kept = removeDirectives(v[k]);
    if (kept !== undefined) setOwn(out, k, kept);
  }
  return out;
}

/**
 * A patch value as Kubernetes 1.32 lands it where the original has nothing of its type: its nulls
 * discarded (when `withNulls` is false), then its `$patch` maps removed; undefined when the value
 * itself goes.
 */
export function landedValue(v: JsonValue, withNulls = false): JsonValue | undefined {
  return removeDirectives(withNulls ? v : discardNulls(v));
}

/** Kubernetes' ErrBadPatchType: a `$patch` value that is not a directive there, with the map it is in. */
export function badPatchType(directive: JsonValue, map: JsonObject): PatchError {
  return new PatchError('Unknown', `unknown patch type: ${goSprintS(directive)} in map: ${formatGoInterface(map)}`);
}
