// Original file: proto/core/v1/persistentvolume.proto

import type { HostPathVolumeSource as _skiff_core_v1_HostPathVolumeSource, HostPathVolumeSource__Output as _skiff_core_v1_HostPathVolumeSource__Output } from '../../../skiff/core/v1/HostPathVolumeSource.js';
import type { LocalVolumeSource as _skiff_core_v1_LocalVolumeSource, LocalVolumeSource__Output as _skiff_core_v1_LocalVolumeSource__Output } from '../../../skiff/core/v1/LocalVolumeSource.js';
import type { ObjectReference as _skiff_core_v1_ObjectReference, ObjectReference__Output as _skiff_core_v1_ObjectReference__Output } from '../../../skiff/core/v1/ObjectReference.js';
import type { VolumeNodeAffinity as _skiff_core_v1_VolumeNodeAffinity, VolumeNodeAffinity__Output as _skiff_core_v1_VolumeNodeAffinity__Output } from '../../../skiff/core/v1/VolumeNodeAffinity.js';

/**
 * PersistentVolumeSpec describes the storage, who may bind it and what happens after release.
 */
export interface PersistentVolumeSpec {
  /**
   * The volume's size, under the key "storage" (a quantity).
   */
  'capacity'?: ({[key: string]: string});
  /**
   * A directory of one node; for tests and single-node clusters.
   */
  'hostPath'?: (_skiff_core_v1_HostPathVolumeSource | null);
  /**
   * A disk, partition or directory of a node, used through nodeAffinity.
   */
  'local'?: (_skiff_core_v1_LocalVolumeSource | null);
  /**
   * ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod.
   */
  'accessModes'?: (string)[];
  /**
   * The claim this volume is bound (or reserved) to.
   */
  'claimRef'?: (_skiff_core_v1_ObjectReference | null);
  /**
   * Retain, Delete or (deprecated) Recycle: what happens when the claim goes away.
   */
  'persistentVolumeReclaimPolicy'?: (string);
  /**
   * The StorageClass this volume belongs to; empty means none, so only class-less claims bind it.
   */
  'storageClassName'?: (string);
  /**
   * Mount options such as "ro" or "soft", passed to the mount as they are.
   */
  'mountOptions'?: (string)[];
  /**
   * Filesystem (the default) or Block.
   */
  'volumeMode'?: (string);
  /**
   * The nodes the volume can be reached from; pods using it are scheduled there.
   */
  'nodeAffinity'?: (_skiff_core_v1_VolumeNodeAffinity | null);
  'volumeAttributesClassName'?: (string);
  '_hostPath'?: "hostPath";
  '_local'?: "local";
  '_claimRef'?: "claimRef";
  '_persistentVolumeReclaimPolicy'?: "persistentVolumeReclaimPolicy";
  '_storageClassName'?: "storageClassName";
  '_volumeMode'?: "volumeMode";
  '_nodeAffinity'?: "nodeAffinity";
  '_volumeAttributesClassName'?: "volumeAttributesClassName";
}

/**
 * PersistentVolumeSpec describes the storage, who may bind it and what happens after release.
 */
export interface PersistentVolumeSpec__Output {
  /**
   * The volume's size, under the key "storage" (a quantity).
   */
  'capacity'?: ({[key: string]: string});
  /**
   * A directory of one node; for tests and single-node clusters.
   */
  'hostPath'?: (_skiff_core_v1_HostPathVolumeSource__Output);
  /**
   * A disk, partition or directory of a node, used through nodeAffinity.
   */
  'local'?: (_skiff_core_v1_LocalVolumeSource__Output);
  /**
   * ReadWriteOnce, ReadOnlyMany, ReadWriteMany or ReadWriteOncePod.
   */
  'accessModes'?: (string)[];
  /**
   * The claim this volume is bound (or reserved) to.
   */
  'claimRef'?: (_skiff_core_v1_ObjectReference__Output);
  /**
   * Retain, Delete or (deprecated) Recycle: what happens when the claim goes away.
   */
  'persistentVolumeReclaimPolicy'?: (string);
  /**
   * The StorageClass this volume belongs to; empty means none, so only class-less claims bind it.
   */
  'storageClassName'?: (string);
  /**
   * Mount options such as "ro" or "soft", passed to the mount as they are.
   */
  'mountOptions'?: (string)[];
  /**
   * Filesystem (the default) or Block.
   */
  'volumeMode'?: (string);
  /**
   * The nodes the volume can be reached from; pods using it are scheduled there.
   */
  'nodeAffinity'?: (_skiff_core_v1_VolumeNodeAffinity__Output);
  'volumeAttributesClassName'?: (string);
}
