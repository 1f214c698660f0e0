/**
 * What every write checks of the object a request carries, as Kubernetes' handlers and storage do:
 * that it is of the resource's kind (apiVersion and kind filled in when absent), that its namespace
 * agrees with the request's, that an update or patch writes the object the URL names, that a create
 * carries no resourceVersion copied from a read; and how a create whose name is taken is answered.
 */
import type protobuf from 'protobufjs';
import {
  apiVersionOf,
  newAlreadyExists,
  newBadRequest,
  newInvalid,
  newNameMismatch,
  newUnknownError,
  StatusError,
  type KindInfo,
  type KubeObject,
} from '../../api/index.js';
import type { Storage } from '../../storage/index.js';
import { FieldError, FieldPath } from '../../api/validation/index.js';
import { decodeFromStorage } from './stored-object.js';
import type { MutableObject, Strategy } from './strategy.js';

/** Checks the object names the resource's kind, and fills apiVersion and kind when absent. */
export function checkKind(info: KindInfo, obj: MutableObject): void {
  const apiVersion = apiVersionOf(info);
  if ((obj.apiVersion && obj.apiVersion !== apiVersion) || (obj.kind && obj.kind !== info.kind)) {
    throw newBadRequest(
      `the API version in the data (${obj.apiVersion ?? ''}) and kind (${obj.kind ?? ''}) do not match the resource ${info.resource} (${apiVersion}, Kind=${info.kind})`,
    );
  }
  obj.apiVersion = apiVersion;
  obj.kind = info.kind;
}

/**
 * Reconciles the object's namespace with the request's, as Kubernetes'
 * EnsureObjectNamespaceMatchesRequestNamespace does on create, update and patch: a cluster-scoped
 * object loses whatever namespace it names (a manifest's `namespace: default` is no error); a
 * namespaced one takes the request's when it names none, and only a different one is refused.
 */
export function checkNamespace(info: KindInfo, obj: MutableObject, namespace: string): void {
  const meta = (obj.metadata ??= {});
  if (!info.namespaced) {
    if ('namespace' in meta) delete meta.namespace;
    return;
  }
  if (meta.namespace && namespace && meta.namespace !== namespace) {
    throw newBadRequest('the namespace of the provided object does not match the namespace sent on the request');
  }
  meta.namespace = meta.namespace || namespace;
  if (!meta.namespace) throw newBadRequest('the namespace of the object must be set for a namespaced resource');
}

/**
 * Kubernetes' checkName: the object an update, a subresource update or a patch's result writes
 * must carry the name on the URL, and one without a name does not match it either
 * (400 `the name of the object () does not match the name on the URL (web)`).
 */
export function checkName(obj: KubeObject, name: string): void {
  const given = obj.metadata?.name ?? '';
  if (given !== name) throw newNameMismatch(given, name);
}

/**
 * Kubernetes' storage refuses a create that carries a resourceVersion (one that parses as a
 * non-zero unsigned number: "0" and unparsable values pass), to catch objects copied from a read;
 * it is a plain error there, so the client sees a 500 without a reason.
 */
export function checkNoRevisionOnCreate(resourceVersion: string | undefined): void {
  if (resourceVersion === undefined || !/^[0-9]{1,20}$/.test(resourceVersion)) return;
  const revision = BigInt(resourceVersion);
  if (revision !== 0n && revision < 2n ** 64n) throw newUnknownError('resourceVersion should not be set on objects to be created');
}

/**
 * Kubernetes' generic store on an update whose new object has no resourceVersion, for a kind whose
 * strategy does not AllowUnconditionalUpdate: 422 Invalid, named by the resource (its GroupKind is
 * the GroupResource), with the missing version printed as Go's %#v prints a uint64 zero.
 */
export function checkConditionalUpdate(info: KindInfo, strategy: Strategy, obj: KubeObject, name: string): void {
  if (strategy.allowUnconditionalUpdate !== false || obj.metadata?.resourceVersion) return;
  const error = FieldError.invalid(FieldPath.root('metadata', 'resourceVersion'), Symbol('0x0'), 'must be specified for an update');
  throw newInvalid({ group: info.group, kind: info.resource }, name, [error]);
}

/**
 * AlreadyExists for a create whose name (at `key`) is taken, in Kubernetes' words: for an object
 * named from generateName, that no unique name could be made (retry in a second); and prefixed
 * `object is being deleted: ` when the object in the way is only being deleted (read from storage,
 * which the watch cache may trail).
 */
export async function alreadyExists(info: KindInfo, storage: Storage, type: protobuf.Type, key: string, meta: NonNullable<KubeObject['metadata']>): Promise<StatusError> {
  const name = meta.name!;
  let status = newAlreadyExists(info, name).status;
  if (meta.generateName) {
    status = {
      ...status,
      message: `${status.message}, the server was not able to generate a unique name for the object`,
      details: { ...status.details, retryAfterSeconds: 1 },
    };
  }
  const holder = await storage.get(key).catch(() => undefined);
  const beingDeleted = holder !== undefined && decodeFromStorage(type, holder.value, holder.modRevision).metadata?.deletionTimestamp !== undefined;
  return new StatusError(beingDeleted ? { ...status, message: `object is being deleted: ${status.message}` } : status);
}
