// Original file: proto/core/v1/persistentvolumeclaim.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { PersistentVolumeClaimSpec as _skiff_core_v1_PersistentVolumeClaimSpec, PersistentVolumeClaimSpec__Output as _skiff_core_v1_PersistentVolumeClaimSpec__Output } from '../../../skiff/core/v1/PersistentVolumeClaimSpec.js';
import type { PersistentVolumeClaimStatus as _skiff_core_v1_PersistentVolumeClaimStatus, PersistentVolumeClaimStatus__Output as _skiff_core_v1_PersistentVolumeClaimStatus__Output } from '../../../skiff/core/v1/PersistentVolumeClaimStatus.js';

/**
 * PersistentVolumeClaim asks for storage of a size and access mode; pods mount it by name.
 */
export interface PersistentVolumeClaim {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  'spec'?: (_skiff_core_v1_PersistentVolumeClaimSpec | null);
  'status'?: (_skiff_core_v1_PersistentVolumeClaimStatus | null);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_spec'?: "spec";
  '_status'?: "status";
}

/**
 * PersistentVolumeClaim asks for storage of a size and access mode; pods mount it by name.
 */
export interface PersistentVolumeClaim__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  'spec'?: (_skiff_core_v1_PersistentVolumeClaimSpec__Output);
  'status'?: (_skiff_core_v1_PersistentVolumeClaimStatus__Output);
}
