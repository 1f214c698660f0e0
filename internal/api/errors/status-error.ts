/**
 * StatusError: the one error class for an API failure, carrying the whole Kubernetes `Status`
 * (reason, message, code, details with causes). Registry code throws these; the gRPC face sends the
 * Status in a binary trailer and the REST face as the response body, so no reason or cause is lost.
 * Constructors below produce Kubernetes' exact messages.
 */

/** Kubernetes' StatusReason values that Skiff produces. */
export type StatusReason =
  | 'BadRequest'
  | 'Unauthorized'
  | 'Forbidden'
  | 'NotFound'
  | 'AlreadyExists'
  | 'Conflict'
  | 'Gone'
  | 'Invalid'
  | 'ServerTimeout'
  | 'Timeout'
  | 'TooManyRequests'
  | 'MethodNotAllowed'
  | 'NotAcceptable'
  | 'RequestEntityTooLarge'
  | 'UnsupportedMediaType'
  | 'InternalError'
  | 'Expired'
  | 'ServiceUnavailable';

/** A cause inside `details.causes`: a reason (`FieldValueInvalid`), a message and a field path. */
export interface StatusCause {
  reason?: string;
  message?: string;
  field?: string;
}

/** `details` of a Status. */
export interface StatusDetails {
  name?: string;
  group?: string;
  kind?: string;
  uid?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

/** The Kubernetes Status object (meta/v1), in the internal shape. */
export interface Status {
  apiVersion?: string;
  kind?: string;
  metadata?: { resourceVersion?: string; continue?: string };
  status?: string;
  message?: string;
  reason?: string;
  details?: StatusDetails;
  code?: number;
}

/** An API failure: its Status is what clients see. */
export class StatusError extends Error {
  readonly status: Status;

  constructor(status: Status, options?: { cause?: unknown }) {
    super(status.message ?? status.reason ?? 'unknown error', options);
    this.name = 'StatusError';
    this.status = { apiVersion: 'v1', kind: 'Status', metadata: {}, status: 'Failure', ...status };
  }

  /** The Status reason (`NotFound`, ...). */
  get reason(): string {
    return this.status.reason ?? '';
  }

  /** The HTTP code the Status stands for. */
  get code(): number {
    return this.status.code ?? 500;
  }
}

/** The resource a message names: `pods`, or `deployments.apps` outside the core group. */
export interface QualifiedResource {
  readonly group: string;
  readonly resource: string;
}

function qualified(r: QualifiedResource): string {
  return r.group === '' ? r.resource : `${r.resource}.${r.group}`;
}

function make(code: number, reason: StatusReason, message: string, details?: StatusDetails): StatusError {
  return new StatusError({ code, reason, message, ...(details ? { details } : {}) });
}

/** 404: `pods "web" not found`. */
export function newNotFound(r: QualifiedResource, name: string): StatusError {
  return make(404, 'NotFound', `${qualified(r)} "${name}" not found`, { name, group: r.group, kind: r.resource });
}

/** 409: `pods "web" already exists`. */
export function newAlreadyExists(r: QualifiedResource, name: string): StatusError {
  return make(409, 'AlreadyExists', `${qualified(r)} "${name}" already exists`, { name, group: r.group, kind: r.resource });
}

/** 409: the optimistic-concurrency failure, with Kubernetes' wording. */
export function newConflict(r: QualifiedResource, name: string, detail: string): StatusError {
  return make(409, 'Conflict', `Operation cannot be fulfilled on ${qualified(r)} "${name}": ${detail}`, {
    name,
    group: r.group,
    kind: r.resource,
  });
}

/** The detail Kubernetes gives for a stale resourceVersion. */
export const OBJECT_MODIFIED = 'the object has been modified; please apply your changes to the latest version and try again';

/** One field error as the validation package produces it. */
export interface FieldErrorLike {
  /** The StatusCause reason (`FieldValueInvalid`, ...). */
  readonly reason: string;
  /** The field path (`spec.replicas`). */
  readonly field: string;
  /** The message without the field (`Invalid value: -1: must be greater than or equal to 0`). */
  errorBody(): string;
}

/** 422: `Deployment.apps "web" is invalid: spec.replicas: Invalid value: ...`, with one cause per field error. */
export function newInvalid(gk: { group: string; kind: string }, name: string, errors: readonly FieldErrorLike[]): StatusError {
  const qualifiedKind = gk.group === '' ? gk.kind : `${gk.kind}.${gk.group}`;
  const lines = [...new Set(errors.map((e) => (e.field ? `${e.field}: ${e.errorBody()}` : e.errorBody())))];
  const summary = lines.length === 1 ? lines[0] : `[${lines.join(', ')}]`;
  // Kubernetes leaves an empty name out of the details (options and patches have none).
  return make(422, 'Invalid', `${qualifiedKind} "${name}" is invalid: ${summary}`, {
    ...(name === '' ? {} : { name }),
    group: gk.group,
    kind: gk.kind,
    causes: errors.map((e) => ({ reason: e.reason, message: e.errorBody(), field: e.field })),
  });
}

/** 400 BadRequest with a message. */
export function newBadRequest(message: string): StatusError {
  return make(400, 'BadRequest', message);
}

/** 403: `pods "x" is forbidden: <why>`. */
export function newForbidden(r: QualifiedResource, name: string, why: string): StatusError {
  return make(403, 'Forbidden', `${qualified(r)} "${name}" is forbidden: ${why}`, { name, group: r.group, kind: r.resource });
}

/** 405: the verb is not supported on the resource. */
export function newMethodNotSupported(r: QualifiedResource, verb: string): StatusError {
  return make(405, 'MethodNotAllowed', `${verb} is not supported on resources of kind "${qualified(r)}"`, {
    group: r.group,
    kind: r.resource,
  });
}

/** 410 Expired: a resourceVersion older than what is kept. */
export function newResourceExpired(message: string): StatusError {
  return make(410, 'Expired', message);
}

/** 410 Expired for a watch or list from a compacted revision: `too old resource version: 5 (10)`. */
export function newTooOldResourceVersion(requested: number, oldest: number): StatusError {
  return newResourceExpired(`too old resource version: ${requested} (${oldest})`);
}

/** 429 with a retry hint. */
export function newTooManyRequests(message = 'Too many requests, please try again later.', retryAfterSeconds = 1): StatusError {
  return make(429, 'TooManyRequests', message, { retryAfterSeconds });
}

/** 413: the request body or the object is too large. */
export function newRequestEntityTooLarge(message: string): StatusError {
  return make(413, 'RequestEntityTooLarge', `Request entity too large: ${message}`);
}

/** 415: a content type the endpoint does not take. */
export function newUnsupportedMediaType(message: string): StatusError {
  return make(415, 'UnsupportedMediaType', message);
}

/** 504: the server could not finish in time. */
export function newTimeout(message: string, retryAfterSeconds = 0): StatusError {
  return make(504, 'Timeout', message, { retryAfterSeconds });
}

/** 503: the server is not ready or is shutting down. */
export function newServiceUnavailable(message: string): StatusError {
  return make(503, 'ServiceUnavailable', message);
}

/** 500: `Internal error occurred: <message>`. */
export function newInternalError(err: unknown): StatusError {
  const message = err instanceof Error ? err.message : String(err);
  return new StatusError(
    { code: 500, reason: 'InternalError', message: `Internal error occurred: ${message}`, details: { causes: [{ message }] } },
    { cause: err },
  );
}

/**
 * 500 with no reason: what Kubernetes answers when a plain error (not a Status) reaches its
 * response writer, such as the storage's `resourceVersion should not be set on objects to be
 * created`. The message is the error's text alone; kubectl prints `Error from server: <message>`.
 */
export function newUnknownError(message: string): StatusError {
  return new StatusError({ code: 500, message });
}

/** Kubernetes' message for a 422 built without a server message of its own. */
export const GENERIC_INVALID_MESSAGE = 'the server rejected our request due to an error in our request';

/**
 * The generic 422 of Kubernetes' NewGenericServerResponse (what it answers for a JSON patch that
 * fails to apply): a fixed message, details present and empty, the cause's text dropped.
 */
export function newGenericInvalid(): StatusError {
  return new StatusError({ code: 422, reason: 'Invalid', message: GENERIC_INVALID_MESSAGE, details: {} });
}

/** 400 for a body naming another object than the URL (`the name of the object (a) does not match the name on the URL (b)`). */
export function newNameMismatch(objectName: string, urlName: string): StatusError {
  return newBadRequest(`the name of the object (${objectName}) does not match the name on the URL (${urlName})`);
}

/** The Success Status some deletes return. */
export function successStatus(details?: StatusDetails): Status {
  return { apiVersion: 'v1', kind: 'Status', metadata: {}, status: 'Success', ...(details ? { details } : {}) };
}

/** True when `err` is a StatusError with `reason`. */
export function hasReason(err: unknown, reason: StatusReason): boolean {
  return err instanceof StatusError && err.status.reason === reason;
}

/** isNotFound, isConflict, ...: client-go's helpers. Gone and Expired are one for clients. */
export const isNotFound = (err: unknown): boolean => hasReason(err, 'NotFound');
export const isAlreadyExists = (err: unknown): boolean => hasReason(err, 'AlreadyExists');
export const isConflict = (err: unknown): boolean => hasReason(err, 'Conflict');
export const isInvalid = (err: unknown): boolean => hasReason(err, 'Invalid');
export const isTooManyRequests = (err: unknown): boolean => hasReason(err, 'TooManyRequests');
export const isResourceExpired = (err: unknown): boolean => hasReason(err, 'Expired') || hasReason(err, 'Gone');
