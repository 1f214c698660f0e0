/**
 * Query parameters of Kubernetes' REST API, parsed into the registry's wire-independent options:
 * ListOptions and WatchOptions (selectors, paging, resourceVersion semantics, timeoutSeconds),
 * write options (dryRun, fieldManager, fieldValidation) and DeleteOptions (also taken from a body).
 * A value that does not parse is a 400 naming the parameter, as Kubernetes' parameter decoding
 * answers; combinations and values outside an enumeration are left to the shared validation,
 * which answers 422 on both faces.
 */
import { newBadRequest } from '../../api/index.js';
import { toDeleteOptions, toWriteOptions, type DeleteOptionsInput } from '../endpoints/index.js';
import type { WriteOptionsKind } from '../endpoints/request-options.js';
import { parseFieldValidation, type FieldValidation } from '../registry/patcher.js';
import type { DeleteOptions, ListOptions, WatchOptions, WriteOptions } from '../registry/request-options.js';
import { parseBool } from './request-info.js';

function str(q: URLSearchParams, name: string): string | undefined {
  const v = q.get(name);
  return v === null ? undefined : v;
}

function int(q: URLSearchParams, name: string): number | undefined {
  const v = q.get(name);
  if (v === null || v === '') return undefined;
  if (!/^-?\d+$/.test(v)) throw newBadRequest(`${name}: Invalid value: "${v}": must be an integer`);
  return Number(v);
}

function bool(q: URLSearchParams, name: string): boolean | undefined {
  const v = q.get(name);
  if (v === null || v === '') return undefined;
  const b = parseBool(v);
  if (b === undefined) throw newBadRequest(`${name}: Invalid value: "${v}": must be a boolean`);
  return b;
}

/** The options of a list; a limit of zero or less means no limit, as in Kubernetes. */
export function listOptions(q: URLSearchParams): ListOptions {
  return {
    labelSelector: str(q, 'labelSelector'),
    fieldSelector: str(q, 'fieldSelector'),
    limit: int(q, 'limit'),
    continue: str(q, 'continue'),
    resourceVersion: str(q, 'resourceVersion'),
    resourceVersionMatch: str(q, 'resourceVersionMatch'),
    sendInitialEvents: bool(q, 'sendInitialEvents'),
  };
}

/** The options of a watch, and how long it may last (undefined: until the client leaves or the server stops). */
export function watchOptions(q: URLSearchParams): WatchOptions & { readonly timeoutSeconds?: number } {
  const timeoutSeconds = int(q, 'timeoutSeconds');
  if (timeoutSeconds !== undefined && timeoutSeconds < 0) throw newBadRequest(`timeoutSeconds: Invalid value: ${timeoutSeconds}: must be greater than or equal to 0`);
  return {
    labelSelector: str(q, 'labelSelector'),
    fieldSelector: str(q, 'fieldSelector'),
    resourceVersion: str(q, 'resourceVersion'),
    resourceVersionMatch: str(q, 'resourceVersionMatch'),
    allowWatchBookmarks: bool(q, 'allowWatchBookmarks'),
    sendInitialEvents: bool(q, 'sendInitialEvents'),
    timeoutSeconds,
  };
}

/** The options of a create, update or patch; `kind` names the 422 of invalid ones. */
export function writeOptions(q: URLSearchParams, kind: WriteOptionsKind = 'CreateOptions'): WriteOptions & { readonly fieldValidation: FieldValidation } {
  const fieldValidation = str(q, 'fieldValidation');
  return {
    ...toWriteOptions({ dryRun: q.getAll('dryRun'), fieldManager: str(q, 'fieldManager'), fieldValidation }, kind),
    fieldValidation: parseFieldValidation(fieldValidation),
  };
}

/** The resourceVersion of a get. */
export function getOptions(q: URLSearchParams): { resourceVersion?: string } {
  return { resourceVersion: str(q, 'resourceVersion') };
}

/**
 * DeleteOptions of a delete: a DeleteOptions body (kubectl sends one) with query parameters
 * filling what the body leaves out.
 */
export function deleteOptions(q: URLSearchParams, body: DeleteOptionsInput | undefined): DeleteOptions {
  const dryRun = body?.dryRun && body.dryRun.length > 0 ? body.dryRun : q.getAll('dryRun');
  return toDeleteOptions({
    gracePeriodSeconds: body?.gracePeriodSeconds ?? int(q, 'gracePeriodSeconds'),
    preconditions: body?.preconditions,
    orphanDependents: body?.orphanDependents ?? bool(q, 'orphanDependents'),
    propagationPolicy: body?.propagationPolicy ?? str(q, 'propagationPolicy'),
    dryRun,
  });
}
