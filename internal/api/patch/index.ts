/**
 * The three patch types of the Kubernetes API, on the JSON form of objects (plain values as JSON.parse
 * gives them): RFC 6902 JSON patch, RFC 7386 JSON merge patch and strategic merge patch, plus the
 * two-way and three-way strategic patches kubectl computes. The strategic engine learns each field's
 * patch strategy, merge key and list type from a PatchSchema, built from the proto's `(skiff.*)`
 * options by `schemaForType`; `unknownSchema` makes it a JSON merge patch.
 *
 * Contract: inputs are never changed; results share nothing with them. Expected failures come back as
 * a `PatchResult` carrying a PatchError whose code says how Kubernetes 1.32 answers it;
 * `patchErrorStatus` gives that answer as a StatusError.
 */
export { goJsonKind, type JsonObject, type JsonValue } from './json-value.js';
export { PatchError, type PatchErrorCode, type PatchResult } from './patch-error.js';
export { patchErrorStatus } from './patch-error-status.js';
export { goJsonMarshal } from './go-json-marshal.js';
// How Kubernetes prints a strategic patch in its errors (Go's %v); validation's index does not export it yet.
export { schemaForType, unknownSchema, type FieldKind, type FieldSchema, type PatchSchema } from './patch-schema.js';
export {
  MAX_JSON_PATCH_OPERATIONS,
  applyJsonPatch,
  parseJsonPatch,
  type JsonPatchOp,
  type JsonPatchOperation,
} from './json-patch.js';
export { applyJsonMergePatch, applyMergePatch, createMergePatch } from './merge-patch.js';
export { applyStrategicMergePatch } from './strategic-merge-patch.js';
export { createThreeWayMergePatch, createTwoWayMergePatch, type ThreeWayMergeOptions } from './strategic-merge-diff.js';
