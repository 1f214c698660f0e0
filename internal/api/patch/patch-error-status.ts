/**
 * The Kubernetes Status a PatchError is answered with, as the patch handler of Kubernetes 1.32
 * answers: BadRequest and RequestEntityTooLarge carry their message; Invalid is the generic 422
 * that `NewGenericServerResponse` builds (its details present and empty, the engine's text
 * dropped); Unknown is what the response writer makes of a plain Go error (500, no reason, the
 * error's text as the message).
 */
import { newBadRequest, newGenericInvalid, newRequestEntityTooLarge, newUnknownError, type StatusError } from '../errors/status-error.js';
import type { PatchError } from './patch-error.js';

/** The StatusError a rejected patch answers with. */
export function patchErrorStatus(err: PatchError): StatusError {
  switch (err.code) {
    case 'BadRequest':
      return newBadRequest(err.message);
    case 'RequestEntityTooLarge':
      return newRequestEntityTooLarge(err.message);
    case 'Invalid':
      return newGenericInvalid();
    case 'Unknown':
      return newUnknownError(err.message);
  }
}
