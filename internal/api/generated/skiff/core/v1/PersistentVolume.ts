// Original file: proto/core/v1/persistentvolume.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { PersistentVolumeSpec as _skiff_core_v1_PersistentVolumeSpec, PersistentVolumeSpec__Output as _skiff_core_v1_PersistentVolumeSpec__Output } from '../../../skiff/core/v1/PersistentVolumeSpec.js';
import type { PersistentVolumeStatus as _skiff_core_v1_PersistentVolumeStatus, PersistentVolumeStatus__Output as _skiff_core_v1_PersistentVolumeStatus__Output } from '../../../skiff/core/v1/PersistentVolumeStatus.js';

/**
 * PersistentVolume is cluster-scoped storage with a lifecycle of its own, bound to at most one claim.
 */
export interface PersistentVolume {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  'spec'?: (_skiff_core_v1_PersistentVolumeSpec | null);
  'status'?: (_skiff_core_v1_PersistentVolumeStatus | null);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_spec'?: "spec";
  '_status'?: "status";
}

/**
 * PersistentVolume is cluster-scoped storage with a lifecycle of its own, bound to at most one claim.
 */
export interface PersistentVolume__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  'spec'?: (_skiff_core_v1_PersistentVolumeSpec__Output);
  'status'?: (_skiff_core_v1_PersistentVolumeStatus__Output);
}
