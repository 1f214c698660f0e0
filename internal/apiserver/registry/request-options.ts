/**
 * The options of registry calls, wire-independent: both the gRPC face and the REST face turn
 * their requests into these. The list and watch options are validated here, as Kubernetes'
 * ValidateListOptions does, so both faces refuse the same combinations with the same 422.
 */
import { newInvalid, type StatusError } from '../../api/index.js';
import { FieldError, FieldPath } from '../../api/validation/index.js';

/** The options of a request that may warn: writes and deletes. */
export interface WarningOptions {
  /** Records a warning for the response, as Kubernetes' warning.AddWarning on the request's context. */
  readonly warn?: (message: string) => void;
}

/** Options of a write. */
export interface WriteOptions extends WarningOptions {
  /** Run every step but the write itself (Kubernetes' `dryRun=All`). */
  readonly dryRun?: boolean;
  readonly fieldManager?: string;
}

/**
 * `options` whose `warn` appends to `recorder`, the request's warning recorder: a face owns it for
 * the whole request and answers with what it holds whether the request succeeds or fails, as
 * Kubernetes writes a warning as a header the moment it is added.
 */
export function recordingWarnings<T extends WarningOptions>(options: T, recorder: string[]): T {
  return { ...options, warn: (message: string) => void recorder.push(message) };
}

/** Options of a get. */
export interface GetOptions {
  /** "" or absent: the latest; "0": any, from the cache; N: at least N. */
  readonly resourceVersion?: string;
}

/** Options of a list. */
export interface ListOptions {
  readonly labelSelector?: string;
  readonly fieldSelector?: string;
  readonly limit?: number;
  readonly continue?: string;
  readonly resourceVersion?: string;
  /** "", "NotOlderThan" or "Exact". */
  readonly resourceVersionMatch?: string;
  /** Only watches take it; a list that carries it at all is refused. */
  readonly sendInitialEvents?: boolean;
}

/** Options of a watch. */
export interface WatchOptions {
  readonly labelSelector?: string;
  readonly fieldSelector?: string;
  readonly resourceVersion?: string;
  readonly resourceVersionMatch?: string;
  readonly allowWatchBookmarks?: boolean;
  /** Undefined when not given: Kubernetes tells an unset value from false. */
  readonly sendInitialEvents?: boolean;
}

const RESOURCE_VERSION_MATCH = FieldPath.root('resourceVersionMatch');
const SEND_INITIAL_EVENTS = FieldPath.root('sendInitialEvents');

/** The field errors of a list's options, in Kubernetes' order (ValidateListOptions). */
export function validateListOptions(o: ListOptions): FieldError[] {
  const errs: FieldError[] = [];
  const match = o.resourceVersionMatch ?? '';
  if (match !== '') {
    if (!o.resourceVersion) errs.push(FieldError.forbidden(RESOURCE_VERSION_MATCH, 'resourceVersionMatch is forbidden unless resourceVersion is provided'));
    if (o.continue) errs.push(FieldError.forbidden(RESOURCE_VERSION_MATCH, 'resourceVersionMatch is forbidden when continue is provided'));
    if (match !== 'Exact' && match !== 'NotOlderThan') errs.push(FieldError.notSupported(RESOURCE_VERSION_MATCH, match, ['Exact', 'NotOlderThan', '']));
    if (match === 'Exact' && o.resourceVersion === '0') {
      errs.push(FieldError.forbidden(RESOURCE_VERSION_MATCH, 'resourceVersionMatch "exact" is forbidden for resourceVersion "0"'));
    }
  }
  if (o.sendInitialEvents !== undefined) errs.push(FieldError.forbidden(SEND_INITIAL_EVENTS, 'sendInitialEvents is forbidden for list'));
  return errs;
}

/**
 * The field errors of a watch's options (Kubernetes' validateWatchOptions with WatchList on).
 * allowWatchBookmarks is deliberately not required with sendInitialEvents: Kubernetes leaves it
 * out because clients asked for initial events through resourceVersion=0 long before.
 */
export function validateWatchOptions(o: WatchOptions): FieldError[] {
  const errs: FieldError[] = [];
  const match = o.resourceVersionMatch ?? '';
  if (o.sendInitialEvents !== undefined && match !== 'NotOlderThan') {
    errs.push(FieldError.forbidden(RESOURCE_VERSION_MATCH, 'sendInitialEvents requires setting resourceVersionMatch to NotOlderThan'));
  }
  if (match !== '') {
    if (o.sendInitialEvents === undefined) {
      errs.push(FieldError.forbidden(RESOURCE_VERSION_MATCH, 'resourceVersionMatch is forbidden for watch unless sendInitialEvents is provided'));
    }
    if (match !== 'NotOlderThan') errs.push(FieldError.notSupported(RESOURCE_VERSION_MATCH, match, ['NotOlderThan']));
  }
  return errs;
}

/** The 422 Kubernetes answers for invalid request options: `ListOptions.meta.k8s.io "" is invalid: ...`. */
export function newInvalidOptions(kind: string, errs: readonly FieldError[]): StatusError {
  return newInvalid({ group: 'meta.k8s.io', kind }, '', errs);
}

/** Kubernetes' DeletionPropagation values. */
export type PropagationPolicy = 'Orphan' | 'Background' | 'Foreground';

/** Options of a delete (Kubernetes' DeleteOptions). */
export interface DeleteOptions extends WarningOptions {
  readonly gracePeriodSeconds?: number;
  readonly preconditions?: { readonly uid?: string; readonly resourceVersion?: string };
  readonly orphanDependents?: boolean;
  /** "Orphan", "Background" or "Foreground": validated where the request is read (Kubernetes' ValidateDeleteOptions). */
  readonly propagationPolicy?: PropagationPolicy;
  readonly dryRun?: boolean;
}

/** The patch types the registry applies. */
export type PatchType = 'json' | 'merge' | 'strategic';
