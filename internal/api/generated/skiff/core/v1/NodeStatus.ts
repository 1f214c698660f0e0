// Original file: proto/core/v1/node.proto

import type { NodeCondition as _skiff_core_v1_NodeCondition, NodeCondition__Output as _skiff_core_v1_NodeCondition__Output } from '../../../skiff/core/v1/NodeCondition.js';
import type { NodeAddress as _skiff_core_v1_NodeAddress, NodeAddress__Output as _skiff_core_v1_NodeAddress__Output } from '../../../skiff/core/v1/NodeAddress.js';
import type { NodeDaemonEndpoints as _skiff_core_v1_NodeDaemonEndpoints, NodeDaemonEndpoints__Output as _skiff_core_v1_NodeDaemonEndpoints__Output } from '../../../skiff/core/v1/NodeDaemonEndpoints.js';
import type { NodeSystemInfo as _skiff_core_v1_NodeSystemInfo, NodeSystemInfo__Output as _skiff_core_v1_NodeSystemInfo__Output } from '../../../skiff/core/v1/NodeSystemInfo.js';
import type { ContainerImage as _skiff_core_v1_ContainerImage, ContainerImage__Output as _skiff_core_v1_ContainerImage__Output } from '../../../skiff/core/v1/ContainerImage.js';
import type { AttachedVolume as _skiff_core_v1_AttachedVolume, AttachedVolume__Output as _skiff_core_v1_AttachedVolume__Output } from '../../../skiff/core/v1/AttachedVolume.js';

/**
 * NodeStatus is what the kubelet reports about the node.
 */
export interface NodeStatus {
  /**
   * Everything the node has, by resource name (quantities).
   */
  'capacity'?: ({[key: string]: string});
  /**
   * What is left for pods after system reservations; the scheduler fits pods against it.
   */
  'allocatable'?: ({[key: string]: string});
  /**
   * Deprecated and unset by current kubelets.
   */
  'phase'?: (string);
  /**
   * Ready, MemoryPressure, DiskPressure, PIDPressure, NetworkUnavailable.
   */
  'conditions'?: (_skiff_core_v1_NodeCondition)[];
  'addresses'?: (_skiff_core_v1_NodeAddress)[];
  /**
   * Where the node's daemons listen.
   */
  'daemonEndpoints'?: (_skiff_core_v1_NodeDaemonEndpoints | null);
  'nodeInfo'?: (_skiff_core_v1_NodeSystemInfo | null);
  /**
   * Images present on the node.
   */
  'images'?: (_skiff_core_v1_ContainerImage)[];
  /**
   * Names of the attachable volumes in use (mounted) on the node.
   */
  'volumesInUse'?: (string)[];
  /**
   * Volumes attached to the node.
   */
  'volumesAttached'?: (_skiff_core_v1_AttachedVolume)[];
  '_phase'?: "phase";
  '_daemonEndpoints'?: "daemonEndpoints";
  '_nodeInfo'?: "nodeInfo";
}

/**
 * NodeStatus is what the kubelet reports about the node.
 */
export interface NodeStatus__Output {
  /**
   * Everything the node has, by resource name (quantities).
   */
  'capacity'?: ({[key: string]: string});
  /**
   * What is left for pods after system reservations; the scheduler fits pods against it.
   */
  'allocatable'?: ({[key: string]: string});
  /**
   * Deprecated and unset by current kubelets.
   */
  'phase'?: (string);
  /**
   * Ready, MemoryPressure, DiskPressure, PIDPressure, NetworkUnavailable.
   */
  'conditions'?: (_skiff_core_v1_NodeCondition__Output)[];
  'addresses'?: (_skiff_core_v1_NodeAddress__Output)[];
  /**
   * Where the node's daemons listen.
   */
  'daemonEndpoints'?: (_skiff_core_v1_NodeDaemonEndpoints__Output);
  'nodeInfo'?: (_skiff_core_v1_NodeSystemInfo__Output);
  /**
   * Images present on the node.
   */
  'images'?: (_skiff_core_v1_ContainerImage__Output)[];
  /**
   * Names of the attachable volumes in use (mounted) on the node.
   */
  'volumesInUse'?: (string)[];
  /**
   * Volumes attached to the node.
   */
  'volumesAttached'?: (_skiff_core_v1_AttachedVolume__Output)[];
}
