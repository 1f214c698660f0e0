/**
 * RFC 6902 JSON patch: a list of operations (add, remove, replace, move, copy, test) applied in order
 * to a copy of the document; the first one that fails rejects the whole patch. A patch document that
 * is malformed answers BadRequest; an operation that cannot be applied answers Invalid, naming the
 * operation's index and path, as Kubernetes answers 400 and 422.
 */
import { cloneJson, getOwn, hasOwn, isJsonObject, jsonEqual, setOwn, type JsonValue } from './json-value.js';
import { PatchError, patchResult, type PatchResult } from './patch-error.js';

/** Kubernetes refuses JSON patches with more operations than this. */
export const MAX_JSON_PATCH_OPERATIONS = 10_000;

/** The operations of RFC 6902. */
export type JsonPatchOp = 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';

/** One operation; `value` for add, replace and test, `from` for move and copy. */
export interface JsonPatchOperation {
  readonly op: JsonPatchOp;
  readonly path: string;
  readonly from?: string;
  readonly value?: JsonValue;
}

const OPS: ReadonlySet<string> = new Set<JsonPatchOp>(['add', 'remove', 'replace', 'move', 'copy', 'test']);
const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

/** Checks that a parsed JSON patch document is a list of well-formed operations. */
export function parseJsonPatch(patch: unknown): PatchResult<JsonPatchOperation[]> {
  return patchResult(() => {
    if (!Array.isArray(patch)) throw new PatchError('BadRequest', 'a JSON patch must be a JSON array of operations');
    if (patch.length > MAX_JSON_PATCH_OPERATIONS) {
      throw new PatchError(
        'BadRequest',
        `the allowed maximum operations in a JSON patch is ${MAX_JSON_PATCH_OPERATIONS}, got ${patch.length}`,
      );
    }
    return patch.map((raw: unknown, i) => parseOperation(raw, i));
  });
}

/** Applies a JSON patch (parsed JSON, checked here) to a copy of `document`. */
export function applyJsonPatch(document: JsonValue, patch: unknown): PatchResult<JsonValue> {
  const parsed = parseJsonPatch(patch);
  if (!parsed.ok) return parsed;
  return patchResult(() => {
    let doc = cloneJson(document);
    parsed.value.forEach((op, i) => {
      doc = applyOperation(doc, op, i);
    });
    return doc;
  });
}

function parseOperation(raw: unknown, index: number): JsonPatchOperation {
  const bad = (why: string): PatchError => new PatchError('BadRequest', `JSON patch operation ${index}: ${why}`);
  if (!isJsonObject(raw)) throw bad('must be a JSON object');
  const op = getOwn(raw, 'op');
  if (typeof op !== 'string' || !OPS.has(op)) throw bad(`unknown or missing "op" ${JSON.stringify(op ?? null)}`);
  const path = getOwn(raw, 'path');
  if (typeof path !== 'string') throw bad(`"${op}" needs a string "path"`);
  parsePointer(path, bad);
  const out: { op: JsonPatchOp; path: string; from?: string; value?: JsonValue } = { op: op as JsonPatchOp, path };
  if (op === 'move' || op === 'copy') {
    const from = getOwn(raw, 'from');
    if (typeof from !== 'string') throw bad(`"${op}" needs a string "from"`);
    parsePointer(from, bad);
    out.from = from;
  }
  if (op === 'add' || op === 'replace' || op === 'test') {
    if (!hasOwn(raw, 'value')) throw bad(`"${op}" at "${path}" needs a "value"`);
    out.value = raw['value'];
  }
  return out;
}

/** Splits a JSON pointer (RFC 6901) into unescaped tokens; "" is the whole document. */
function parsePointer(pointer: string, bad: (why: string) => PatchError): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw bad(`path "${pointer}" must be empty or start with "/"`);
  return pointer
    .slice(1)
    .split('/')
    .map((t) => {
      if (/~[^01]|~$/.test(t)) throw bad(`path "${pointer}" has an invalid "~" escape`);
      return t.replace(/~1/g, '/').replace(/~0/g, '~');
    });
}

function applyOperation(doc: JsonValue, op: JsonPatchOperation, index: number): JsonValue {
  const fail = (why: string): PatchError =>
    new PatchError('Invalid', `JSON patch operation ${index} ("${op.op}" at "${op.path}"): ${why}`);
  const path = parsePointer(op.path, fail);
  switch (op.op) {
    case 'add':
      return add(doc, path, cloneJson(op.value ?? null), fail);
    case 'remove':
      return remove(doc, path, fail).doc;
    case 'replace':
      get(doc, path, fail);
      return add(remove(doc, path, fail).doc, path, cloneJson(op.value ?? null), fail);
    case 'move': {
      const from = parsePointer(op.from ?? '', fail);
      if (op.from === op.path) {
        get(doc, from, fail);
        return doc;
      }
      if (from.length < path.length && from.every((t, i) => t === path[i])) {
        throw fail(`cannot move "${op.from}" into one of its own children`);
      }
      const removed = remove(doc, from, fail);
      return add(removed.doc, path, removed.value, fail);
    }
    case 'copy':
      return add(doc, path, cloneJson(get(doc, parsePointer(op.from ?? '', fail), fail)), fail);
    case 'test': {
      const actual = get(doc, path, fail);
      if (!jsonEqual(actual, op.value ?? null)) {
        throw fail(`test failed: the value is ${JSON.stringify(actual)}, not ${JSON.stringify(op.value ?? null)}`);
      }
      return doc;
    }
  }
}

function get(doc: JsonValue, path: readonly string[], fail: (why: string) => PatchError): JsonValue {
  let node = doc;
  for (const token of path) {
    if (Array.isArray(node)) {
      const i = arrayIndex(token, node.length - 1, fail);
      node = node[i];
    } else if (isJsonObject(node) && hasOwn(node, token)) {
      node = node[token];
    } else {
      throw fail(`the path does not exist`);
    }
  }
  return node;
}

/** The container that holds the last token of `path`; the path above it must exist. */
function parent(doc: JsonValue, path: readonly string[], fail: (why: string) => PatchError): JsonValue {
  return get(doc, path.slice(0, -1), (why) => fail(`${why} (no parent to hold the value)`));
}

function add(doc: JsonValue, path: readonly string[], value: JsonValue, fail: (why: string) => PatchError): JsonValue {
  if (path.length === 0) return value;
  const container = parent(doc, path, fail);
  const last = path[path.length - 1];
  if (Array.isArray(container)) {
    const i = last === '-' ? container.length : arrayIndex(last, container.length, fail);
    container.splice(i, 0, value);
  } else if (isJsonObject(container)) {
    setOwn(container, last, value);
  } else {
    throw fail(`the parent is a ${container === null ? 'null' : typeof container}, not an object or array`);
  }
  return doc;
}

function remove(
  doc: JsonValue,
  path: readonly string[],
  fail: (why: string) => PatchError,
): { doc: JsonValue; value: JsonValue } {
  if (path.length === 0) return { doc: null, value: doc };
  const container = parent(doc, path, fail);
  const last = path[path.length - 1];
  if (Array.isArray(container)) {
    const i = arrayIndex(last, container.length - 1, fail);
    const [value] = container.splice(i, 1);
    return { doc, value };
  }
  if (isJsonObject(container) && hasOwn(container, last)) {
    const value = container[last];
    delete container[last];
    return { doc, value };
  }
  throw fail('the path does not exist');
}

function arrayIndex(token: string, max: number, fail: (why: string) => PatchError): number {
  if (!ARRAY_INDEX.test(token)) throw fail(`"${token}" is not an array index`);
  const i = Number(token);
  if (i > max) throw fail(`index ${i} is out of bounds`);
  return i;
}
