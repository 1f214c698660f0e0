/**
 * defaults/storage: Kubernetes' storage.k8s.io/v1 defaulting: a StorageClass deletes released
 * volumes and binds immediately unless it says otherwise. Idempotent, in place.
 */
import type { StorageClass__Output } from '../../generated/skiff/storage/v1/StorageClass.js';

/** Defaults a StorageClass in place. */
export function defaultStorageClass(sc: StorageClass__Output): void {
  sc.reclaimPolicy ??= 'Delete';
  sc.volumeBindingMode ??= 'Immediate';
}
