// Original file: proto/core/v1/persistentvolumeclaim.proto

import type { PersistentVolumeClaimCondition as _skiff_core_v1_PersistentVolumeClaimCondition, PersistentVolumeClaimCondition__Output as _skiff_core_v1_PersistentVolumeClaimCondition__Output } from '../../../skiff/core/v1/PersistentVolumeClaimCondition.js';

/**
 * PersistentVolumeClaimStatus is the claim's binding state and what it actually got.
 */
export interface PersistentVolumeClaimStatus {
  /**
   * Pending, Bound or Lost.
   */
  'phase'?: (string);
  /**
   * The access modes of the bound volume.
   */
  'accessModes'?: (string)[];
  /**
   * The size of the bound volume.
   */
  'capacity'?: ({[key: string]: string});
  /**
   * Resizing, FileSystemResizePending, ...
   */
  'conditions'?: (_skiff_core_v1_PersistentVolumeClaimCondition)[];
  /**
   * What the system has allocated, which may exceed the request while a resize is in progress.
   */
  'allocatedResources'?: ({[key: string]: string});
  /**
   * Per resource, the state of a resize in progress.
   */
  'allocatedResourceStatuses'?: ({[key: string]: string});
  '_phase'?: "phase";
}

/**
 * PersistentVolumeClaimStatus is the claim's binding state and what it actually got.
 */
export interface PersistentVolumeClaimStatus__Output {
  /**
   * Pending, Bound or Lost.
   */
  'phase'?: (string);
  /**
   * The access modes of the bound volume.
   */
  'accessModes'?: (string)[];
  /**
   * The size of the bound volume.
   */
  'capacity'?: ({[key: string]: string});
  /**
   * Resizing, FileSystemResizePending, ...
   */
  'conditions'?: (_skiff_core_v1_PersistentVolumeClaimCondition__Output)[];
  /**
   * What the system has allocated, which may exceed the request while a resize is in progress.
   */
  'allocatedResources'?: ({[key: string]: string});
  /**
   * Per resource, the state of a resize in progress.
   */
  'allocatedResourceStatuses'?: ({[key: string]: string});
}
