// Original file: proto/core/v1/node.proto

import type { Taint as _skiff_core_v1_Taint, Taint__Output as _skiff_core_v1_Taint__Output } from '../../../skiff/core/v1/Taint.js';

/**
 * NodeSpec is how the node is to be used: its pod address range, cordon flag and taints.
 */
export interface NodeSpec {
  /**
   * The IP range pods on this node get their addresses from.
   */
  'podCIDR'?: (string);
  /**
   * The node's pod IP ranges, at most one per address family; the first equals podCIDR.
   */
  'podCIDRs'?: (string)[];
  /**
   * The cloud provider's ID for the machine, as <provider>://<id>.
   */
  'providerID'?: (string);
  /**
   * Cordoned: no new pods are scheduled here.
   */
  'unschedulable'?: (boolean);
  'taints'?: (_skiff_core_v1_Taint)[];
  '_podCIDR'?: "podCIDR";
  '_providerID'?: "providerID";
  '_unschedulable'?: "unschedulable";
}

/**
 * NodeSpec is how the node is to be used: its pod address range, cordon flag and taints.
 */
export interface NodeSpec__Output {
  /**
   * The IP range pods on this node get their addresses from.
   */
  'podCIDR'?: (string);
  /**
   * The node's pod IP ranges, at most one per address family; the first equals podCIDR.
   */
  'podCIDRs'?: (string)[];
  /**
   * The cloud provider's ID for the machine, as <provider>://<id>.
   */
  'providerID'?: (string);
  /**
   * Cordoned: no new pods are scheduled here.
   */
  'unschedulable'?: (boolean);
  'taints'?: (_skiff_core_v1_Taint__Output)[];
}
