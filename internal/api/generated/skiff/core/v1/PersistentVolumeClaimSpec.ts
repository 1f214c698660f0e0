// Original file: proto/core/v1/persistentvolumeclaim.proto

import type { LabelSelector as _skiff_meta_v1_LabelSelector, LabelSelector__Output as _skiff_meta_v1_LabelSelector__Output } from '../../../skiff/meta/v1/LabelSelector.js';
import type { VolumeResourceRequirements as _skiff_core_v1_VolumeResourceRequirements, VolumeResourceRequirements__Output as _skiff_core_v1_VolumeResourceRequirements__Output } from '../../../skiff/core/v1/VolumeResourceRequirements.js';
import type { TypedLocalObjectReference as _skiff_core_v1_TypedLocalObjectReference, TypedLocalObjectReference__Output as _skiff_core_v1_TypedLocalObjectReference__Output } from '../../../skiff/core/v1/TypedLocalObjectReference.js';
import type { TypedObjectReference as _skiff_core_v1_TypedObjectReference, TypedObjectReference__Output as _skiff_core_v1_TypedObjectReference__Output } from '../../../skiff/core/v1/TypedObjectReference.js';

/**
 * PersistentVolumeClaimSpec is the storage wanted, and optionally which volume or class provides it.
 */
export interface PersistentVolumeClaimSpec {
  /**
   * ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod.
   */
  'accessModes'?: (string)[];
  /**
   * Only volumes with matching labels may bind.
   */
  'selector'?: (_skiff_meta_v1_LabelSelector | null);
  /**
   * The least storage wanted (requests.storage), and for expansion the most.
   */
  'resources'?: (_skiff_core_v1_VolumeResourceRequirements | null);
  /**
   * Bind to this volume by name.
   */
  'volumeName'?: (string);
  /**
   * The StorageClass to provision from; "" asks for a volume without a class, absent for the default class.
   */
  'storageClassName'?: (string);
  /**
   * Filesystem (the default) or Block.
   */
  'volumeMode'?: (string);
  /**
   * An existing snapshot or claim to populate the new volume from.
   */
  'dataSource'?: (_skiff_core_v1_TypedLocalObjectReference | null);
  /**
   * Like dataSource, but may name any populator object, in another namespace too.
   */
  'dataSourceRef'?: (_skiff_core_v1_TypedObjectReference | null);
  'volumeAttributesClassName'?: (string);
  '_selector'?: "selector";
  '_resources'?: "resources";
  '_volumeName'?: "volumeName";
  '_storageClassName'?: "storageClassName";
  '_volumeMode'?: "volumeMode";
  '_dataSource'?: "dataSource";
  '_dataSourceRef'?: "dataSourceRef";
  '_volumeAttributesClassName'?: "volumeAttributesClassName";
}

/**
 * PersistentVolumeClaimSpec is the storage wanted, and optionally which volume or class provides it.
 */
export interface PersistentVolumeClaimSpec__Output {
  /**
   * ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod.
   */
  'accessModes'?: (string)[];
  /**
   * Only volumes with matching labels may bind.
   */
  'selector'?: (_skiff_meta_v1_LabelSelector__Output);
  /**
   * The least storage wanted (requests.storage), and for expansion the most.
   */
  'resources'?: (_skiff_core_v1_VolumeResourceRequirements__Output);
  /**
   * Bind to this volume by name.
   */
  'volumeName'?: (string);
  /**
   * The StorageClass to provision from; "" asks for a volume without a class, absent for the default class.
   */
  'storageClassName'?: (string);
  /**
   * Filesystem (the default) or Block.
   */
  'volumeMode'?: (string);
  /**
   * An existing snapshot or claim to populate the new volume from.
   */
  'dataSource'?: (_skiff_core_v1_TypedLocalObjectReference__Output);
  /**
   * Like dataSource, but may name any populator object, in another namespace too.
   */
  'dataSourceRef'?: (_skiff_core_v1_TypedObjectReference__Output);
  'volumeAttributesClassName'?: (string);
}
