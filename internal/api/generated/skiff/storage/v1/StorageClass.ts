// Original file: proto/storage/v1/storageclass.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { TopologySelectorTerm as _skiff_storage_v1_TopologySelectorTerm, TopologySelectorTerm__Output as _skiff_storage_v1_TopologySelectorTerm__Output } from '../../../skiff/storage/v1/TopologySelectorTerm.js';

/**
 * StorageClass names a provisioner and its parameters; claims naming the class in storageClassName
 * get volumes made by that provisioner. Cluster-scoped.
 */
export interface StorageClass {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  /**
   * The provisioner that makes volumes of this class: a driver name such as "skiff.io/local-path", or
   * "kubernetes.io/no-provisioner" for classes whose volumes are created by hand.
   */
  'provisioner'?: (string);
  /**
   * Provisioner-specific settings, passed through unread.
   */
  'parameters'?: ({[key: string]: string});
  /**
   * "Delete" (the default) or "Retain": what happens to a provisioned volume once its claim is gone.
   */
  'reclaimPolicy'?: (string);
  /**
   * Mount options given to provisioned volumes; not checked until a mount uses them.
   */
  'mountOptions'?: (string)[];
  /**
   * Whether claims of this class may be resized upward.
   */
  'allowVolumeExpansion'?: (boolean);
  /**
   * "Immediate" (the default: provision and bind when the claim is created) or
   * "WaitForFirstConsumer" (wait until a pod using the claim is scheduled, and provision where it runs).
   */
  'volumeBindingMode'?: (string);
  /**
   * Topologies (zones, nodes) where volumes may be provisioned; empty means anywhere.
   */
  'allowedTopologies'?: (_skiff_storage_v1_TopologySelectorTerm)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_provisioner'?: "provisioner";
  '_reclaimPolicy'?: "reclaimPolicy";
  '_allowVolumeExpansion'?: "allowVolumeExpansion";
  '_volumeBindingMode'?: "volumeBindingMode";
}

/**
 * StorageClass names a provisioner and its parameters; claims naming the class in storageClassName
 * get volumes made by that provisioner. Cluster-scoped.
 */
export interface StorageClass__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  /**
   * The provisioner that makes volumes of this class: a driver name such as "skiff.io/local-path", or
   * "kubernetes.io/no-provisioner" for classes whose volumes are created by hand.
   */
  'provisioner'?: (string);
  /**
   * Provisioner-specific settings, passed through unread.
   */
  'parameters'?: ({[key: string]: string});
  /**
   * "Delete" (the default) or "Retain": what happens to a provisioned volume once its claim is gone.
   */
  'reclaimPolicy'?: (string);
  /**
   * Mount options given to provisioned volumes; not checked until a mount uses them.
   */
  'mountOptions'?: (string)[];
  /**
   * Whether claims of this class may be resized upward.
   */
  'allowVolumeExpansion'?: (boolean);
  /**
   * "Immediate" (the default: provision and bind when the claim is created) or
   * "WaitForFirstConsumer" (wait until a pod using the claim is scheduled, and provision where it runs).
   */
  'volumeBindingMode'?: (string);
  /**
   * Topologies (zones, nodes) where volumes may be provisioned; empty means anywhere.
   */
  'allowedTopologies'?: (_skiff_storage_v1_TopologySelectorTerm__Output)[];
}
