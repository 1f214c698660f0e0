/**
 * JSON pointers as gopkg.in/evanphx/json-patch.v4 resolves them for Kubernetes: the path is split on
 * "/" and its first segment ignored (so it needs at least one "/", and "" names no container), each
 * segment unescaped (`~1` is "/", `~0` is "~"), every segment but the last walked through objects by
 * key and arrays by index. Indices read as Go's strconv.Atoi reads them (a sign and leading zeros
 * allowed), and a negative one counts from the end.
 */
import { getOwn, isJsonObject, type JsonObject, type JsonValue } from './json-value.js';

/** The object or array holding the last segment of a path, and that segment unescaped. */
export interface Container {
  readonly node: JsonObject | JsonValue[];
  readonly key: string;
}

const ATOI = /^[+-]?[0-9]+$/;

function unescape(token: string): string {
  return token.replace(/~[01]/g, (m) => (m === '~1' ? '/' : '~'));
}

/**
 * The index `token` names in an array of `length` elements, negative ones counted from the end;
 * undefined when it is not a number or falls outside the array.
 */
export function arrayIndex(token: string, length: number): number | undefined {
  if (!ATOI.test(token)) return undefined;
  const i = Number(token);
  if (!Number.isSafeInteger(i) || i >= length || i < -length) return undefined;
  return i < 0 ? i + length : i;
}

/** Where an `add` inserts into an array of `length` elements: one place past the end is allowed. */
export function arrayInsertIndex(token: string, length: number): number | undefined {
  return arrayIndex(token, length + 1);
}

/** One step down: null and missing children, scalars and bad indices end the walk. */
function child(node: JsonObject | JsonValue[], token: string): JsonObject | JsonValue[] | undefined {
  let next: JsonValue | undefined;
  if (Array.isArray(node)) {
    const at = arrayIndex(token, node.length);
    next = at === undefined ? undefined : node[at];
  } else {
    next = getOwn(node, token);
  }
  return Array.isArray(next) || isJsonObject(next) ? next : undefined;
}

/** The container of `path`'s last segment in `doc`, or undefined when the path does not reach one. */
export function findContainer(doc: JsonValue, path: string): Container | undefined {
  const segments = path.split('/');
  if (segments.length < 2 || !(Array.isArray(doc) || isJsonObject(doc))) return undefined;
  let node: JsonObject | JsonValue[] | undefined = doc;
  for (const token of segments.slice(1, -1)) {
    node = child(node, unescape(token));
    if (!node) return undefined;
  }
  return { node, key: unescape(segments[segments.length - 1]) };
}
