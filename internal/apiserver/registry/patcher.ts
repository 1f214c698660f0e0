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
  newBadRequest,
  newInvalid,
  objectToJSON,
  type KubeObject,
} from '../../api/index.js';
import {
  applyJsonPatch,
  applyMergePatch,
  applyStrategicMergePatch,
  PatchError,
  schemaForType,
  type JsonValue,
  type PatchResult,
} from '../../api/patch/index.js';
import { FieldError } from '../../api/validation/index.js';
import type { ResourceStore } from './resource-store.js';
import type { PatchType, WriteOptions } from './request-options.js';

/** What unknown or duplicate fields do: Strict rejects, Warn answers with warnings, Ignore drops them. */
export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

/** Parses a fieldValidation parameter (default Warn, as Kubernetes' server default). */
export function parseFieldValidation(v: string | undefined): FieldValidation {
  if (v === undefined || v === '') return 'Warn';
  if (v === 'Strict' || v === 'Warn' || v === 'Ignore') return v;
  throw newBadRequest(`fieldValidation: Unsupported value: "${v}": supported values: "Ignore", "Strict", "Warn"`);
}

/** The patched object and any warnings. */
export interface PatchOutcome {
  readonly object: KubeObject;
  readonly warnings: readonly string[];
}

/** Options of a patch. */
export interface PatchOptions extends WriteOptions {
  readonly subresource?: string;
  readonly fieldValidation?: FieldValidation;
}

function apply(type: PatchType, original: Record<string, unknown>, patch: unknown, store: ResourceStore): PatchResult<JsonValue> {
  switch (type) {
    case 'json':
      return applyJsonPatch(original as JsonValue, patch);
    case 'merge':
      if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
        return { ok: false, error: new PatchError('BadRequest', 'a merge patch must be a JSON object') };
      }
      return { ok: true, value: applyMergePatch(original as JsonValue, patch as JsonValue) };
    case 'strategic':
      return applyStrategicMergePatch(original as Record<string, JsonValue>, patch, schemaForType(store.type));
  }
}

/** Patches `name` in `namespace` through `store`. */
export async function patchObject(
  store: ResourceStore,
  namespace: string,
  name: string,
  type: PatchType,
  patchText: string | Buffer,
  options: PatchOptions = {},
): Promise<PatchOutcome> {
  let patch: unknown;
  try {
    patch = JSON.parse(patchText.toString());
  } catch (err) {
    throw newBadRequest(`error decoding patch: ${(err as Error).message}`);
  }
  const validation = options.fieldValidation ?? 'Warn';
  // What is wrong with the patch itself comes first, then what is unknown in the patched object.
  const patchProblems = validation === 'Ignore' ? [] : patchFieldProblems(type, patch, patchText.toString());
  let warnings: string[] = [];
  const object = await store.guaranteedUpdate(namespace, name, resourceVersionIn(type, patch), options, options.subresource ?? '', (current) => {
    warnings = [];
    const result = apply(type, objectToJSON(current), patch, store);
    if (!result.ok) {
      if (result.error.code === 'Invalid') throw newInvalid(store.info, name, [FieldError.invalid(undefined, '', result.error.message)]);
      throw newBadRequest(result.error.message);
    }
    const decoded = decodePatched(store.type, result.value);
    warnings = applyFieldValidation(validation, [...patchProblems, ...decoded.problems]);
    return decoded.object;
  });
  return { object, warnings };
}

/** A patched object's JSON decoded as `type`, with its unknown fields; a value of the wrong type is a 400. */
export function decodePatched(type: protobuf.Type, json: unknown): { object: KubeObject; problems: string[] } {
  try {
    const decoded = fromJSONValue(type, json);
    return { object: decoded.object as KubeObject, problems: decoded.problems.map((p) => p.message) };
  } catch (err) {
    if (err instanceof DecodeError) throw newBadRequest(err.message);
    throw err;
  }
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
export function patchFieldProblems(type: PatchType, patch: unknown, text: string): string[] {
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
    for (const op of patch as { op?: unknown; path?: unknown; value?: unknown }[]) {
      if ((op.op === 'replace' || op.op === 'add') && op.path === '/metadata/resourceVersion' && typeof op.value === 'string') return op.value;
    }
    return undefined;
  }
  const rv = (patch as { metadata?: { resourceVersion?: unknown } } | null)?.metadata?.resourceVersion;
  return typeof rv === 'string' && rv !== '' ? rv : undefined;
}
