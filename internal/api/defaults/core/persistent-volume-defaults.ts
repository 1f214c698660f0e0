/** PersistentVolume and PersistentVolumeClaim defaulting as Kubernetes' core/v1 defaults. */
import type { PersistentVolume__Output } from '../../generated/skiff/core/v1/PersistentVolume.js';
import type { PersistentVolumeClaim__Output } from '../../generated/skiff/core/v1/PersistentVolumeClaim.js';

/** Defaults a PersistentVolume in place: reclaim policy Retain, volumeMode Filesystem, phase Pending. */
export function defaultPersistentVolume(pv: PersistentVolume__Output): void {
  const spec = (pv.spec ??= {});
  if (!spec.persistentVolumeReclaimPolicy) spec.persistentVolumeReclaimPolicy = 'Retain';
  if (!spec.volumeMode) spec.volumeMode = 'Filesystem';
  if (spec.hostPath) spec.hostPath.type ??= '';
  const status = (pv.status ??= {});
  if (!status.phase) status.phase = 'Pending';
}

/** Defaults a PersistentVolumeClaim in place: volumeMode Filesystem, phase Pending. */
export function defaultPersistentVolumeClaim(pvc: PersistentVolumeClaim__Output): void {
  const spec = (pvc.spec ??= {});
  if (!spec.volumeMode) spec.volumeMode = 'Filesystem';
  const status = (pvc.status ??= {});
  if (!status.phase) status.phase = 'Pending';
}
