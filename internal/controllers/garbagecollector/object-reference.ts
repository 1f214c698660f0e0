/**
 * Object references of the garbage collector: the identity of a node of the graph (its
 * coordinates, as Kubernetes' `objectReference`), the coordinates an ownerReference names, and the
 * deletion state an object's metadata shows (being deleted, deleting dependents, orphaning).
 */
import type { OwnerReference__Output } from '../../api/generated/skiff/meta/v1/OwnerReference.js';

/** The finalizer a Foreground delete sets: dependents first, then the owner. */
export const FINALIZER_DELETE_DEPENDENTS = 'foregroundDeletion';
/** The finalizer an Orphan delete sets: dependents lose the reference, then the owner goes. */
export const FINALIZER_ORPHAN_DEPENDENTS = 'orphan';

/** An ownerReference as stored on a dependent. */
export type OwnerReference = OwnerReference__Output;

/** Who an object is: its kind's apiVersion and kind, name, uid, and namespace ('' when cluster-scoped). */
export interface ObjectIdentity {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly uid: string;
  readonly namespace: string;
}

/** The metadata the garbage collector reads of an object. */
export interface GraphMeta {
  readonly uid?: string;
  readonly resourceVersion?: string;
  readonly ownerReferences?: readonly OwnerReference[];
  readonly finalizers?: readonly string[];
  readonly deletionTimestamp?: string;
}

/** Whether two identities name the same object at the same coordinates. */
export function sameIdentity(a: ObjectIdentity, b: ObjectIdentity): boolean {
  return a.uid === b.uid && a.name === b.name && a.kind === b.kind && a.apiVersion === b.apiVersion && a.namespace === b.namespace;
}

/** Whether an ownerReference names exactly these coordinates (uid, name, kind, apiVersion). */
export function referenceMatches(ref: OwnerReference, identity: ObjectIdentity): boolean {
  return ref.uid === identity.uid && ref.name === identity.name && ref.kind === identity.kind && ref.apiVersion === identity.apiVersion;
}

/** The identity an ownerReference names, seen from a dependent in `namespace` ('' when the owner's kind is cluster-scoped). */
export function ownerIdentity(ref: OwnerReference, namespace: string): ObjectIdentity {
  return { apiVersion: ref.apiVersion ?? '', kind: ref.kind ?? '', name: ref.name ?? '', uid: ref.uid ?? '', namespace };
}

/** `apps/v1/ReplicaSet default/web (uid)`, for logs. */
export function describeIdentity(id: ObjectIdentity): string {
  return `${id.apiVersion}/${id.kind} ${id.namespace === '' ? '' : id.namespace + '/'}${id.name} (${id.uid})`;
}

/** Whether the object carries `finalizer`. */
export function hasFinalizer(meta: GraphMeta | undefined, finalizer: string): boolean {
  return (meta?.finalizers ?? []).includes(finalizer);
}

/** Whether the object has a deletionTimestamp. */
export function isBeingDeleted(meta: GraphMeta | undefined): boolean {
  return meta?.deletionTimestamp !== undefined && meta.deletionTimestamp !== '';
}

/** Whether the object is in Foreground deletion: being deleted with the `foregroundDeletion` finalizer. */
export function isDeletingDependents(meta: GraphMeta | undefined): boolean {
  return isBeingDeleted(meta) && hasFinalizer(meta, FINALIZER_DELETE_DEPENDENTS);
}

/** Whether the object is in Orphan deletion: being deleted with the `orphan` finalizer. */
export function isOrphaningDependents(meta: GraphMeta | undefined): boolean {
  return isBeingDeleted(meta) && hasFinalizer(meta, FINALIZER_ORPHAN_DEPENDENTS);
}
