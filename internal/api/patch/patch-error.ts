/**
 * The one error of the patch engines, returned as a value. The code says how the API server answers,
 * as Kubernetes' patch handler does: `BadRequest` (400, the message shown) for a patch document it
 * cannot read or a directive it refuses by name; `Invalid` (422) for a patch that cannot be applied
 * to this object, which Kubernetes answers with a generic message (the text here is for logs and
 * tests only); `RequestEntityTooLarge` (413) for a JSON patch with too many operations; `Unknown`
 * (500 with no reason, the message shown) for the strategic merge errors Kubernetes passes on as
 * plain Go errors.
 */

/** How a patch failed; see the file comment for the answer each code stands for. */
export type PatchErrorCode = 'BadRequest' | 'Invalid' | 'RequestEntityTooLarge' | 'Unknown';

/** A patch that was rejected; `path` is where in the object (or the JSON patch) it went wrong. */
export class PatchError extends Error {
  constructor(
    readonly code: PatchErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(path ? `${path}: ${message}` : message);
    this.name = 'PatchError';
  }
}

/** The outcome of a patch function: the value, or the reason it was rejected. */
export type PatchResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: PatchError };

/** Runs `fn`, turning a thrown PatchError into a failed result; anything else is a bug and propagates. */
export function patchResult<T>(fn: () => T): PatchResult<T> {
  try {
    return { ok: true, value: fn() };
  } catch (err) {
    if (err instanceof PatchError) return { ok: false, error: err };
    throw err;
  }
}
