/**
 * Patch: JSON patch, JSON merge patch and strategic merge patch of a stored object, as Kubernetes
 * applies them: on the object's JSON form, re-applied to the latest version on a write conflict, a
 * resourceVersion in the patched result acting as a precondition, and unknown fields in the result
 * rejected, warned about or dropped as `fieldValidation` says.
 */
import {
  DecodeError,
  formatProblems,
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
  let warnings: string[] = [];
  const object = await store.guaranteedUpdate(namespace, name, resourceVersionIn(type, patch), options, options.subresource ?? '', (current) => {
    warnings = [];
    const result = apply(type, objectToJSON(current), patch, store);
    if (!result.ok) {
      if (result.error.code === 'Invalid') throw newInvalid(store.info, name, [FieldError.invalid(undefined, '', result.error.message)]);
      throw newBadRequest(result.error.message);
    }
    let decoded;
    try {
      decoded = fromJSONValue(store.type, result.value);
    } catch (err) {
      if (err instanceof DecodeError) throw newBadRequest(err.message);
      throw err;
    }
    if (decoded.problems.length > 0) {
      if (validation === 'Strict') throw newBadRequest(`strict decoding error: ${formatProblems(decoded.problems)}`);
      if (validation === 'Warn') warnings = decoded.problems.map((p) => p.message);
    }
    return decoded.object as KubeObject;
  });
  return { object, warnings };
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
