/**
 * Patch: JSON patch, JSON merge patch and strategic merge patch of a stored object, as Kubernetes
 * applies them: on the object's JSON form, re-applied to the latest version on a write conflict, a
 * resourceVersion in the patched result acting as a precondition, and unknown fields in the result
 * rejected, warned about or dropped as `fieldValidation` says.
 */
import type protobuf from 'protobufjs';
import {
  DecodeError,
  findDuplicateKeys,
  visitKeys,
  fromJSONValue,
  isJsonObject,
  newBadRequest,
  newInvalid,
  objectToJSON,
  type KubeObject,
  type StatusError,
} from '../../api/index.js';
import {
  applyJsonMergePatch,
  applyJsonPatch,
  applyStrategicMergePatch,
  goJsonKind,
  goJsonMarshal,
  patchErrorStatus,
  schemaForType,
  type JsonObject,
  type JsonValue,
  type PatchResult,
} from '../../api/patch/index.js';
import { FieldError, FieldPath, formatGoInterface } from '../../api/validation/index.js';
import type { ResourceStore } from './resource-store.js';
import type { PatchType, WriteOptions } from './request-options.js';
import { checkName } from './request-object-checks.js';

/** What unknown or duplicate fields do: Strict rejects, Warn answers with warnings, Ignore drops them. */
export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

/** Parses a fieldValidation parameter (default Warn, as Kubernetes' server default). */
export function parseFieldValidation(v: string | undefined): FieldValidation {
  if (v === undefined || v === '') return 'Warn';
  if (v === 'Strict' || v === 'Warn' || v === 'Ignore') return v;
  throw newBadRequest(`fieldValidation: Unsupported value: "${v}": supported values: "Ignore", "Strict", "Warn"`);
}

/** The patched object and every warning. */
export interface PatchOutcome {
  readonly object: KubeObject;
  readonly warnings: readonly string[];
}

/** Options of a patch. */
export interface PatchOptions extends WriteOptions {
  readonly subresource?: string;
  readonly fieldValidation?: FieldValidation;
}

/** A patch body as Kubernetes reads it before applying it to an object. */
export interface ParsedPatch {
  readonly type: PatchType;
  /** The parsed JSON. */
  readonly value: unknown;
  readonly validation: FieldValidation;
  /** Strict-decoding findings in the patch itself (duplicate or unknown fields). */
  readonly problems: readonly string[];
  /** A resourceVersion the patch sets: Kubernetes makes it a precondition of the write. */
  readonly resourceVersion: string | undefined;
}

/**
 * Reads a patch body: JSON, then (unless fieldValidation is Ignore) the strict decoding Kubernetes
 * runs first, which refuses a body of the wrong shape with 400 `error decoding patch: ...`.
 */
export function parsePatch(type: PatchType, patchText: string | Buffer, validation: FieldValidation): ParsedPatch {
  const text = patchText.toString();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw newBadRequest(`error decoding patch: ${(err as Error).message}`);
  }
  if (validation !== 'Ignore') {
    const shapeError = strictShapeError(type, value as JsonValue);
    if (shapeError) throw newBadRequest(`error decoding patch: ${shapeError}`);
  }
  return {
    type,
    value,
    validation,
    problems: validation === 'Ignore' ? [] : patchFieldProblems(type, value, text),
    resourceVersion: resourceVersionIn(type, value),
  };
}

/** Go's error for decoding `v` into `goTarget` (`value of type ...` or `struct field ...`). */
function unmarshalError(v: JsonValue, goTarget: string): string {
  return `json: cannot unmarshal ${goJsonKind(v)} into Go ${goTarget}`;
}

/**
 * What the strict decoding of a patch body refuses, in Go's words: a merge patch that is not a map,
 * a JSON patch that is not a list of operations whose op, path and from are strings (a strategic
 * patch's shape is the engine's to judge, in the same words with or without strictness).
 */
function strictShapeError(type: PatchType, v: JsonValue): string | undefined {
  if (v === null || type === 'strategic') return undefined;
  if (type === 'merge') return isJsonObject(v) ? undefined : unmarshalError(v, 'value of type map[string]interface {}');
  if (!Array.isArray(v)) return unmarshalError(v, 'value of type []handlers.jsonPatchOp');
  for (const op of v) {
    if (op === null) continue;
    if (!isJsonObject(op)) return unmarshalError(op, 'value of type handlers.jsonPatchOp');
    for (const [field, fieldValue] of Object.entries(op)) {
      if ((field === 'op' || field === 'path' || field === 'from') && fieldValue !== null && typeof fieldValue !== 'string') {
        return unmarshalError(fieldValue, `struct field jsonPatchOp.${field} of type string`);
      }
    }
  }
  return undefined;
}

/** Runs the engine of the patch's type; failures come back as the engine's PatchError. */
function runEngine(patch: ParsedPatch, original: JsonObject, type: protobuf.Type): PatchResult<JsonValue> {
  switch (patch.type) {
    case 'json':
      return applyJsonPatch(original, patch.value);
    case 'merge':
      return applyJsonMergePatch(original, patch.value);
    case 'strategic':
      return applyStrategicMergePatch(original, patch.value, schemaForType(type));
  }
}

/**
 * Applies a parsed patch to an object's JSON and decodes the result as `type`, as Kubernetes'
 * patcher.applyPatch does for every patch (the scale subresource's included): an engine failure is
 * answered as Kubernetes answers it (patchErrorStatus), a result that does not decode as the type
 * is 422 `patch: Invalid value`, and a result whose name is not the one on the URL is 400, before
 * admission or validation run. Returns the object and its strict-decoding findings.
 */
export function applyPatchTo(patch: ParsedPatch, original: JsonObject, type: protobuf.Type, name: string): { object: KubeObject; problems: string[] } {
  const result = runEngine(patch, original, type);
  if (!result.ok) throw patchErrorStatus(result.error);
  const decoded = decodePatched(patch, type, result.value);
  // Under Strict, what is unknown or repeated in the patch and in the result refuses the patch as
  // the same 422 as a result that does not decode (a create or update body gets a 400 instead).
  const problems = [...patch.problems, ...decoded.problems];
  if (patch.validation === 'Strict' && problems.length > 0) throw patchInvalid(patch, result.value, `strict decoding error: ${problems.join(', ')}`);
  checkName(decoded.object, name);
  return decoded;
}

/** Kubernetes' `NewInvalid(GroupKind{}, "", [patch: Invalid value: <patched>: <why>])` for a patch whose result it cannot take. */
function patchInvalid(patch: ParsedPatch, json: JsonValue, why: string): StatusError {
  const shown = patch.type === 'strategic' ? formatGoInterface(patch.value ?? {}) : goJsonMarshal(json);
  return newInvalid({ group: '', kind: '' }, '', [FieldError.invalid(FieldPath.root('patch'), shown, why)]);
}

/**
 * A patched object's JSON decoded as `type`, with its unknown fields. A value of the wrong type is
 * Kubernetes' `NewInvalid(GroupKind{}, "", [patch: Invalid value: <patched>])`, where the patched
 * value is the result's JSON for JSON and merge patches and the patch itself, as Go's %v prints a
 * map, for a strategic one.
 */
function decodePatched(patch: ParsedPatch, type: protobuf.Type, json: JsonValue): { object: KubeObject; problems: string[] } {
  try {
    const decoded = fromJSONValue(type, json);
    return { object: decoded.object as KubeObject, problems: decoded.problems.map((p) => p.message) };
  } catch (err) {
    if (!(err instanceof DecodeError)) throw err;
    throw patchInvalid(patch, json, err.message);
  }
}

/** Patches `name` in `namespace` through `store`; strict-decoding findings come back as warnings (Warn) or refuse it (Strict, 422). */
export async function patchObject(
  store: ResourceStore,
  namespace: string,
  name: string,
  type: PatchType,
  patchText: string | Buffer,
  options: PatchOptions = {},
): Promise<PatchOutcome> {
  const patch = parsePatch(type, patchText, options.fieldValidation ?? 'Warn');
  let warnings: string[] = [];
  const object = await store.guaranteedUpdate(namespace, name, patch.resourceVersion, options, options.subresource ?? '', (current) => {
    const patched = applyPatchTo(patch, objectToJSON(current) as JsonObject, store.type, name);
    // What is wrong with the patch itself comes first, then what is unknown in the patched object.
    warnings = applyFieldValidation(patch.validation, [...patch.problems, ...patched.problems]);
    return patched.object;
  });
  return { object, warnings };
}

/** What fieldValidation makes of strict-decoding findings: Strict refuses them all (400), Warn answers them as warnings, Ignore drops them. */
export function applyFieldValidation(validation: FieldValidation, problems: readonly string[]): string[] {
  if (problems.length === 0 || validation === 'Ignore') return [];
  if (validation === 'Strict') throw newBadRequest(`strict decoding error: ${problems.join(', ')}`);
  return [...problems];
}

/** The fields of a JSON patch operation. */
const JSON_PATCH_OP_FIELDS = new Set(['op', 'path', 'from', 'value']);

/**
 * Strict-decoding findings in the patch itself, as Kubernetes reports them: a key twice in the same
 * object of a merge or strategic patch (`duplicate field "spec.paused"`); for a JSON patch, an
 * operation's unknown or repeated fields (`json patch unknown field "[0].foo"`).
 */
function patchFieldProblems(type: PatchType, patch: unknown, text: string): string[] {
  if (type !== 'json') return findDuplicateKeys(text).map((d) => `duplicate field "${d}"`);
  if (!Array.isArray(patch)) return [];
  // In text order, as Kubernetes decodes the operations: an operation's field it does not have is
  // reported once (a repeated unknown field only as unknown); a field of an operation, or of its
  // value, given again is a duplicate.
  const out: string[] = [];
  visitKeys(text, (path, repeat) => {
    const op = /^\[\d+\]\.([^.[]*)/.exec(path);
    if (!op) return;
    const known = JSON_PATCH_OP_FIELDS.has(op[1]!);
    if (!known && repeat === 0 && path === op[0]) out.push(`json patch unknown field "${path}"`);
    else if (known && repeat === 1) out.push(`json patch duplicate field "${path}"`);
  });
  return out;
}

/** A resourceVersion the patch sets: Kubernetes makes it a precondition of the write. */
function resourceVersionIn(type: PatchType, patch: unknown): string | undefined {
  if (type === 'json') {
    if (!Array.isArray(patch)) return undefined;
    for (const op of patch as ({ op?: unknown; path?: unknown; value?: unknown } | null)[]) {
      if (op && (op.op === 'replace' || op.op === 'add') && op.path === '/metadata/resourceVersion' && typeof op.value === 'string') return op.value;
    }
    return undefined;
  }
  const rv = (patch as { metadata?: { resourceVersion?: unknown } } | null)?.metadata?.resourceVersion;
  return typeof rv === 'string' && rv !== '' ? rv : undefined;
}
