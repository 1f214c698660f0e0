/**
 * Computes strategic merge patches, as kubectl does: the two-way patch from one version of an object
 * to another, and the three-way patch of client-side apply (last-applied configuration, new
 * configuration, live object). Merged lists of maps get `$patch: delete` elements and a
 * `$setElementOrder`; merged lists of scalars a `$deleteFromPrimitiveList` and a `$setElementOrder`;
 * fields with the retainKeys strategy a `$retainKeys`.
 */
import {
  DELETE_FROM_PRIMITIVE_LIST_PREFIX,
  DIRECTIVE_MARKER,
  RETAIN_KEYS_DIRECTIVE,
  SET_ELEMENT_ORDER_PREFIX,
  fieldStrategy,
  mergeKeyValue,
  normalizeSliceOrder,
  sliceElementKind,
} from './strategic-merge-directives.js';
import { mergeMap } from './strategic-merge-patch.js';
import { cloneJson, getOwn, hasOwn, isJsonObject, jsonEqual, jsonType, setOwn, type JsonObject, type JsonValue } from './json-value.js';
import { PatchError, patchResult, type PatchResult } from './patch-error.js';
import { unknownSchema, type FieldSchema, type PatchSchema } from './patch-schema.js';

interface DiffOptions {
  readonly setElementOrder: boolean;
  readonly ignoreChangesAndAdditions: boolean;
  readonly ignoreDeletions: boolean;
  readonly buildRetainKeysDirective: boolean;
}

const DIFF: DiffOptions = {
  setElementOrder: true,
  ignoreChangesAndAdditions: false,
  ignoreDeletions: false,
  buildRetainKeysDirective: false,
};

/** The patch that yields `modified` when applied to `original`. */
export function createTwoWayMergePatch(
  original: JsonObject,
  modified: JsonObject,
  schema: PatchSchema,
): PatchResult<JsonObject> {
  return patchResult(() => cloneJson(diffMaps(original, modified, schema, DIFF, '')));
}

/** Options of the three-way patch; conflict detection (overwrite: false) is not offered. */
export interface ThreeWayMergeOptions {
  readonly overwrite: true;
}

/**
 * The patch client-side apply sends: fields changed in `modified` (the new configuration) relative to
 * `current` (the live object) are set, fields removed from `modified` since `original` (the last
 * applied configuration) are deleted, and fields only the live object has (set by others) survive.
 */
export function createThreeWayMergePatch(
  original: JsonObject | undefined,
  modified: JsonObject,
  current: JsonObject,
  schema: PatchSchema,
  _options: ThreeWayMergeOptions = { overwrite: true },
): PatchResult<JsonObject> {
  return patchResult(() => {
    const delta = diffMaps(current, modified, schema, { ...DIFF, ignoreDeletions: true }, '');
    const deletions = diffMaps(original ?? {}, modified, schema, { ...DIFF, ignoreChangesAndAdditions: true }, '');
    return mergeMap(cloneJson(deletions), cloneJson(delta), schema, { mergeParallelList: false, ignoreUnmatchedNulls: false }, '');
  });
}

/** The patch from one map to another; values in it may alias the inputs. */
function diffMaps(
  original: JsonObject,
  modified: JsonObject,
  schema: PatchSchema,
  options: DiffOptions,
  path: string,
): JsonObject {
  const patch: JsonObject = {};
  const retainKeys: string[] = [];
  for (const key of Object.keys(modified)) {
    const after = modified[key];
    if (options.buildRetainKeysDirective && after !== null) retainKeys.push(key);
    const before = getOwn(original, key);
    const fieldPath = path ? `${path}.${key}` : key;
    if (before === undefined) {
      if (!options.ignoreChangesAndAdditions) setOwn(patch, key, after);
      continue;
    }
    if (key === DIRECTIVE_MARKER) {
      if (typeof before !== 'string' || typeof after !== 'string') {
        throw new PatchError('BadRequest', `invalid value for special key: ${DIRECTIVE_MARKER}`, path);
      }
      if (before !== after) setOwn(patch, key, after);
      continue;
    }
    if (jsonType(before) !== jsonType(after)) {
      if (!options.ignoreChangesAndAdditions) setOwn(patch, key, after);
      continue;
    }
    const field = schema.field(key) ?? (unknownSchema.field(key) as FieldSchema);
    if (isJsonObject(before) && isJsonObject(after)) {
      diffMapField(patch, key, before, after, field, options, fieldPath);
    } else if (Array.isArray(before) && Array.isArray(after)) {
      diffListField(patch, key, before, after, field, options, fieldPath);
    } else if (!options.ignoreChangesAndAdditions && before !== after) {
      setOwn(patch, key, after);
    }
  }
  if (!options.ignoreDeletions) {
    for (const key of Object.keys(original)) {
      if (!hasOwn(modified, key)) setOwn(patch, key, null);
    }
  }
  if (retainKeys.length > 0 && (Object.keys(patch).length > 0 || hasAdditionalField(original, modified))) {
    setOwn(patch, RETAIN_KEYS_DIRECTIVE, sortScalars(retainKeys));
  }
  return patch;
}

function diffMapField(
  patch: JsonObject,
  key: string,
  before: JsonObject,
  after: JsonObject,
  field: FieldSchema,
  options: DiffOptions,
  path: string,
): void {
  const { retainKeys, strategy } = fieldStrategy(field.patchStrategies);
  if (strategy === 'replace') {
    if (!options.ignoreChangesAndAdditions && !jsonEqual(before, after)) setOwn(patch, key, after);
    return;
  }
  const sub = diffMaps(before, after, field.schema, { ...options, buildRetainKeysDirective: retainKeys }, path);
  if (Object.keys(sub).length > 0) setOwn(patch, key, sub);
}

function diffListField(
  patch: JsonObject,
  key: string,
  before: JsonValue[],
  after: JsonValue[],
  field: FieldSchema,
  options: DiffOptions,
  path: string,
): void {
  const { retainKeys, strategy } = fieldStrategy(field.patchStrategies);
  if (strategy !== 'merge') {
    if (!options.ignoreChangesAndAdditions && !jsonEqual(before, after)) setOwn(patch, key, after);
    return;
  }
  const diff = diffLists(before, after, field, { ...options, buildRetainKeysDirective: retainKeys }, path);
  if (diff.patch.length > 0) setOwn(patch, key, diff.patch);
  if (diff.deletions.length > 0) setOwn(patch, `${DELETE_FROM_PRIMITIVE_LIST_PREFIX}/${key}`, diff.deletions);
  if (diff.order.length > 0) setOwn(patch, `${SET_ELEMENT_ORDER_PREFIX}/${key}`, diff.order);
}

interface ListDiff {
  /** Added and changed elements (for maps, then the `$patch: delete` elements). */
  readonly patch: JsonValue[];
  /** Scalars removed from the list. */
  readonly deletions: JsonValue[];
  /** The `$setElementOrder` list, empty when none is needed. */
  readonly order: JsonValue[];
}

function diffLists(original: JsonValue[], modified: JsonValue[], field: FieldSchema, options: DiffOptions, path: string): ListDiff {
  if (original.length === 0) {
    if (modified.length === 0 || options.ignoreChangesAndAdditions) return { patch: [], deletions: [], order: [] };
    return { patch: modified, deletions: [], order: [] };
  }
  if (sliceElementKind(original, modified) === 'object') {
    const mergeKey = field.patchMergeKey;
    if (!mergeKey) throw new PatchError('Unknown', `cannot merge lists without merge key for ${field.schema.name}`);
    const maps = diffListsOfMaps(original, modified, field.schema, mergeKey, options, path);
    const patch = [...normalizeSliceOrder(maps.patch, modified, mergeKey), ...maps.deletions];
    const orderSame =
      original.length === modified.length &&
      modified.every((v, i) => mergeKeyValue(original[i], mergeKey) === mergeKeyValue(v, mergeKey));
    const wantOrder =
      options.setElementOrder &&
      ((!options.ignoreChangesAndAdditions && (patch.length > 0 || !orderSame)) ||
        (!options.ignoreDeletions && patch.length > 0));
    const order = wantOrder
      ? modified.map((v) => {
          const item: JsonObject = {};
          setOwn(item, mergeKey, mergeKeyValue(v, mergeKey));
          return item;
        })
      : [];
    return { patch, deletions: [], order };
  }
  const scalars = diffListsOfScalars(original, modified, options);
  const wantOrder =
    options.setElementOrder &&
    ((!options.ignoreDeletions && scalars.deletions.length > 0) ||
      (!options.ignoreChangesAndAdditions && !jsonEqual(original, modified)));
  return {
    patch: normalizeSliceOrder(scalars.additions, modified, ''),
    deletions: scalars.deletions,
    order: wantOrder ? modified : [],
  };
}

/** Walks both lists sorted by merge key: matching elements diff, others are additions or deletions. */
function diffListsOfMaps(
  original: JsonValue[],
  modified: JsonValue[],
  schema: PatchSchema,
  mergeKey: string,
  options: DiffOptions,
  path: string,
): { patch: JsonValue[]; deletions: JsonValue[] } {
  const sorted = (list: JsonValue[]): Array<{ map: JsonObject; key: JsonValue; text: string }> =>
    list
      .map((v) => {
        const key = mergeKeyValue(v, mergeKey);
        return { map: v as JsonObject, key, text: scalarText(key) };
      })
      .sort((a, b) => compareText(a.text, b.text));
  const before = sorted(original);
  const after = sorted(modified);
  const patch: JsonValue[] = [];
  const deletions: JsonValue[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const o = before[i];
    const m = after[j];
    if (o && m && o.text === m.text) {
      const sub = diffMaps(o.map, m.map, schema, options, `${path}[${mergeKey}=${JSON.stringify(m.key)}]`);
      if (Object.keys(sub).length > 0) {
        setOwn(sub, mergeKey, m.key);
        patch.push(sub);
      }
      i++;
      j++;
    } else if (m && (!o || o.text > m.text)) {
      if (!options.ignoreChangesAndAdditions) patch.push(m.map);
      j++;
    } else {
      if (!options.ignoreDeletions) {
        const deletion: JsonObject = {};
        setOwn(deletion, mergeKey, o.key);
        deletion[DIRECTIVE_MARKER] = 'delete';
        deletions.push(deletion);
      }
      i++;
    }
  }
  return { patch, deletions };
}

/** Walks both lists sorted by text: values only in `modified` are added, values only in `original` deleted. */
function diffListsOfScalars(
  original: JsonValue[],
  modified: JsonValue[],
  options: DiffOptions,
): { additions: JsonValue[]; deletions: JsonValue[] } {
  const before = sortScalars(original);
  const after = sortScalars(modified);
  const additions: JsonValue[] = [];
  const deletions: JsonValue[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const o = i < before.length ? scalarText(before[i]) : undefined;
    const m = j < after.length ? scalarText(after[j]) : undefined;
    if (o !== undefined && m !== undefined && o === m) {
      i++;
      j++;
    } else if (m !== undefined && (o === undefined || o > m)) {
      if (!options.ignoreChangesAndAdditions) additions.push(after[j]);
      j++;
    } else {
      if (!options.ignoreDeletions && !deletions.includes(before[i])) deletions.push(before[i]);
      i++;
    }
  }
  return { additions, deletions };
}

/** Kubernetes compares scalars by their printed form (`%v`); String() prints them the same way. */
function scalarText(v: JsonValue): string {
  return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortScalars<T extends JsonValue>(values: readonly T[]): T[] {
  return [...values].sort((a, b) => compareText(scalarText(a), scalarText(b)));
}

/** True when `original` has a non-null field that `modified` lacks: a retainKeys map must then clear it. */
function hasAdditionalField(original: JsonObject, modified: JsonObject): boolean {
  return Object.keys(original).some((k) => original[k] !== null && !hasOwn(modified, k));
}
