/**
 * The spec/status split every kind with a `status` subresource shares (Kubernetes' strategies for
 * workloads): a create starts without status, a main-resource update keeps the stored status, a
 * status update keeps the stored spec. Generation handling is the generic store's.
 */
import type { KubeObject, KubeObjectWithSpec } from '../../../../api/index.js';
import type { MutableObject, Strategy } from '../../strategy.js';

/** The hooks a kind with a status subresource needs, for spreading into its Strategy. */
export const STATUS_SUBRESOURCE: Pick<
  Strategy,
  'prepareForCreate' | 'prepareForUpdate' | 'prepareForStatusUpdate' | 'usesGeneration' | 'hasStatus'
> = {
  usesGeneration: true,
  hasStatus: true,
  prepareForCreate: clearStatus,
  prepareForUpdate: keepStatus,
  prepareForStatusUpdate: keepSpec,
};

/** Drops whatever status a client sent with a create. */
export function clearStatus(obj: MutableObject): void {
  delete (obj as KubeObjectWithSpec).status;
}

/** Replaces the status of an update of the main resource with the stored one. */
export function keepStatus(obj: MutableObject, old: KubeObject): void {
  copyField(obj, old, 'status');
}

/** Replaces the spec of a status update with the stored one. */
export function keepSpec(obj: MutableObject, old: KubeObject): void {
  copyField(obj, old, 'spec');
}

/**
 * Replaces one metadata field of a status update with the stored one: Kubernetes' status strategies
 * reset a few per kind (a Deployment's labels, a Pod's ownerReferences) and keep every other change.
 */
export function keepMetadataField(obj: MutableObject, old: KubeObject, field: 'labels' | 'ownerReferences'): void {
  const meta = (obj.metadata ??= {});
  const value = old.metadata?.[field];
  if (value === undefined) delete meta[field];
  else (meta as Record<string, unknown>)[field] = structuredClone(value);
}

// Stored objects are frozen and shared, so the new object gets its own copy.
function copyField(obj: MutableObject, old: KubeObject, field: 'spec' | 'status'): void {
  const target = obj as KubeObjectWithSpec;
  const value = (old as KubeObjectWithSpec)[field];
  if (value === undefined) delete target[field];
  else target[field] = structuredClone(value);
}
