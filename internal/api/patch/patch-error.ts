/**
 * The one error of the patch engines, returned as a value. The code says how the API server answers:
 * `BadRequest` (400) for a patch document that is malformed (a bad directive, an operation without a
 * path), `Invalid` (422) for a well-formed patch that cannot be applied to this object (a JSON patch
 * `test` that fails, a merge-list element without its merge key), as Kubernetes does.
 */

/** How a patch failed: a malformed patch (400) or one that cannot be applied to this object (422). */
export type PatchErrorCode = 'BadRequest' | 'Invalid';

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
