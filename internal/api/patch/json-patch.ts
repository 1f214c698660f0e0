/**
 * RFC 6902 JSON patch as Kubernetes applies it, with gopkg.in/evanphx/json-patch.v4 (v4.12.0): a list
 * of operations applied in order to a copy of the document; the first one that fails rejects the
 * whole patch. Only the list itself is checked up front (a list of objects, at most 10000 of them);
 * an operation's fields are read when it runs, so an unknown op, a missing path or from is a failure
 * to apply (Invalid), and a missing value is null. The library's liberties are kept: `replace` of a
 * missing object key adds it, negative array indices count from the end, and a `test` for null
 * passes on a missing key.
 */
import { cloneJson, getOwn, goJsonKind, hasOwn, isJsonObject, jsonEqual, setOwn, type JsonObject, type JsonValue } from './json-value.js';
import { PatchError, patchResult, type PatchResult } from './patch-error.js';
import { arrayInsertIndex, arrayIndex, findContainer, type Container } from './json-pointer.js';

/** Kubernetes refuses JSON patches with more operations than this. */
export const MAX_JSON_PATCH_OPERATIONS = 10_000;

/** The operations of RFC 6902. */
export type JsonPatchOp = 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';

/** One operation as decoded: its fields are read only when it is applied; null is an operation of no kind. */
export type JsonPatchOperation = Readonly<JsonObject> | null;

/**
 * Checks that a parsed JSON patch document decodes as the library's Patch: a list (null is an empty
 * one) of objects (or nulls), with Go's decoding error otherwise; then Kubernetes' operation limit.
 */
export function parseJsonPatch(patch: unknown): PatchResult<JsonPatchOperation[]> {
  return patchResult(() => {
    if (patch === null) return [];
    if (!Array.isArray(patch)) {
      throw new PatchError('BadRequest', `json: cannot unmarshal ${goJsonKind(patch as JsonValue)} into Go value of type jsonpatch.Patch`);
    }
    const operations = (patch as JsonValue[]).map((op) => {
      if (op !== null && !isJsonObject(op)) {
        throw new PatchError('BadRequest', `json: cannot unmarshal ${goJsonKind(op)} into Go value of type jsonpatch.Operation`);
      }
      return op;
    });
    if (operations.length > MAX_JSON_PATCH_OPERATIONS) {
      throw new PatchError(
        'RequestEntityTooLarge',
        `The allowed maximum operations in a JSON patch is ${MAX_JSON_PATCH_OPERATIONS}, got ${operations.length}`,
      );
    }
    return operations;
  });
}

/** Applies a JSON patch (parsed JSON, checked here) to a copy of `document`. */
export function applyJsonPatch(document: JsonValue, patch: unknown): PatchResult<JsonValue> {
  const parsed = parseJsonPatch(patch);
  if (!parsed.ok) return parsed;
  return patchResult(() => parsed.value.reduce((doc, op) => applyOperation(doc, op), cloneJson(document)));
}

function fail(message: string): PatchError {
  return new PatchError('Invalid', message);
}

/** The operation's kind; like the library, a missing or non-string op is the kind "unknown". */
function kindOf(op: JsonPatchOperation): string {
  const kind = op ? getOwn(op, 'op') : undefined;
  return typeof kind === 'string' ? kind : 'unknown';
}

/** A string field (path or from); missing or null is a missing field, another type a decoding error. */
function stringField(op: JsonPatchOperation, field: 'path' | 'from', what: string): string {
  const v = op ? getOwn(op, field) : undefined;
  if (typeof v === 'string') return v;
  if (v === undefined || v === null) throw fail(`${what} operation failed to decode ${field}: missing value`);
  throw fail(`${what} operation failed to decode ${field}: json: cannot unmarshal ${goJsonKind(v)} into Go value of type string`);
}

/** The operation's value; an absent one is null, as the library marshals it. */
function valueOf(op: JsonPatchOperation): JsonValue {
  return cloneJson(op && hasOwn(op, 'value') ? op['value'] : null);
}

function applyOperation(doc: JsonValue, op: JsonPatchOperation): JsonValue {
  const kind = kindOf(op);
  switch (kind) {
    case 'add':
      add(doc, stringField(op, 'path', 'add'), valueOf(op), 'add');
      return doc;
    case 'remove':
      remove(doc, stringField(op, 'path', 'remove'));
      return doc;
    case 'replace':
      return replace(doc, stringField(op, 'path', 'replace'), valueOf(op));
    case 'move':
      move(doc, op);
      return doc;
    case 'copy':
      copy(doc, op);
      return doc;
    case 'test':
      test(doc, stringField(op, 'path', 'test'), valueOf(op));
      return doc;
    default:
      throw fail(`Unexpected kind: ${kind}`);
  }
}

function containerFor(doc: JsonValue, path: string, what: string): Container {
  const found = findContainer(doc, path);
  if (!found) throw fail(`${what} operation does not apply: doc is missing path: "${path}": missing value`);
  return found;
}

function add(doc: JsonValue, path: string, value: JsonValue, what: string): void {
  const { node, key } = containerFor(doc, path, what);
  if (!Array.isArray(node)) {
    setOwn(node, key, value);
    return;
  }
  const at = key === '-' ? node.length : arrayInsertIndex(key, node.length);
  if (at === undefined) throw fail(`error in ${what} for path: '${path}': Unable to access invalid index: ${key}: invalid index referenced`);
  node.splice(at, 0, value);
}

/** Removes the value at `path` and returns it. */
function remove(doc: JsonValue, path: string, what = 'remove'): JsonValue {
  const { node, key } = containerFor(doc, path, what);
  if (Array.isArray(node)) {
    const at = arrayIndex(key, node.length);
    if (at === undefined) throw fail(`error in ${what} for path: '${path}': Unable to access invalid index: ${key}: invalid index referenced`);
    return node.splice(at, 1)[0];
  }
  if (!hasOwn(node, key)) throw fail(`error in ${what} for path: '${path}': Unable to remove nonexistent key: ${key}: missing value`);
  const value = node[key];
  delete node[key];
  return value;
}

/** The value at `path`; a missing object key reads as null, as the library's get gives nil. */
function get(doc: JsonValue, path: string, what: string): JsonValue {
  const { node, key } = containerFor(doc, path, what);
  if (!Array.isArray(node)) return getOwn(node, key) ?? null;
  const at = arrayIndex(key, node.length);
  if (at === undefined) throw fail(`error in ${what} for path: '${path}': Unable to access invalid index: ${key}: invalid index referenced`);
  return node[at];
}

function replace(doc: JsonValue, path: string, value: JsonValue): JsonValue {
  if (path === '') {
    if (!isJsonObject(value) && !Array.isArray(value)) throw fail('replace operation value must be object or array');
    return value;
  }
  const { node, key } = containerFor(doc, path, 'replace');
  if (!Array.isArray(node)) {
    setOwn(node, key, value);
    return doc;
  }
  const at = arrayIndex(key, node.length);
  if (at === undefined) throw fail(`replace operation does not apply: doc is missing key: ${path}: missing value`);
  node[at] = value;
  return doc;
}

function move(doc: JsonValue, op: JsonPatchOperation): void {
  const from = stringField(op, 'from', 'move');
  get(doc, from, 'move');
  const value = remove(doc, from, 'move');
  add(doc, stringField(op, 'path', 'move'), value, 'move');
}

function copy(doc: JsonValue, op: JsonPatchOperation): void {
  const value = cloneJson(get(doc, stringField(op, 'from', 'copy'), 'copy'));
  add(doc, stringField(op, 'path', 'copy'), value, 'copy');
}

function test(doc: JsonValue, path: string, expected: JsonValue): void {
  const actual = path === '' ? doc : get(doc, path, 'test');
  if (!jsonEqual(actual, expected)) throw fail(`testing value ${path} failed: test failed`);
}
