/**
 * PersistentVolume and PersistentVolumeClaim defaulting as Kubernetes' core/v1 defaults, with
 * their ResourceLists (capacity, requests, limits, allocated resources) rounded and canonical.
 * A StatefulSet's volumeClaimTemplates get the claim defaults too.
 */
import type { PersistentVolume__Output } from '../../generated/skiff/core/v1/PersistentVolume.js';
import type { PersistentVolumeClaim__Output } from '../../generated/skiff/core/v1/PersistentVolumeClaim.js';
import { defaultResourceList, defaultResourceRequirements } from './quantity-defaults.js';

/** Defaults a PersistentVolume in place: reclaim policy Retain, volumeMode Filesystem, phase Pending. */
export function defaultPersistentVolume(pv: PersistentVolume__Output): void {
  const spec = (pv.spec ??= {});
  if (!spec.persistentVolumeReclaimPolicy) spec.persistentVolumeReclaimPolicy = 'Retain';
  if (!spec.volumeMode) spec.volumeMode = 'Filesystem';
  if (spec.hostPath) spec.hostPath.type ??= '';
  defaultResourceList(spec.capacity);
  const status = (pv.status ??= {});
  if (!status.phase) status.phase = 'Pending';
}

/** Defaults a PersistentVolumeClaim in place: volumeMode Filesystem, phase Pending, canonical quantities. */
export function defaultPersistentVolumeClaim(pvc: PersistentVolumeClaim__Output): void {
  const spec = (pvc.spec ??= {});
  if (!spec.volumeMode) spec.volumeMode = 'Filesystem';
  defaultResourceRequirements(spec.resources);
  const status = (pvc.status ??= {});
  if (!status.phase) status.phase = 'Pending';
  defaultResourceList(status.capacity);
  defaultResourceList(status.allocatedResources);
}
