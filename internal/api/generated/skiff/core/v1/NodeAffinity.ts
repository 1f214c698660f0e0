// Original file: proto/core/v1/affinity.proto

import type { NodeSelector as _skiff_core_v1_NodeSelector, NodeSelector__Output as _skiff_core_v1_NodeSelector__Output } from '../../../skiff/core/v1/NodeSelector.js';
import type { PreferredSchedulingTerm as _skiff_core_v1_PreferredSchedulingTerm, PreferredSchedulingTerm__Output as _skiff_core_v1_PreferredSchedulingTerm__Output } from '../../../skiff/core/v1/PreferredSchedulingTerm.js';

/**
 * NodeAffinity constrains which nodes a pod may land on, by node labels and fields.
 */
export interface NodeAffinity {
  /**
   * Must hold when the pod is scheduled; a node that stops matching later does not evict the pod.
   */
  'requiredDuringSchedulingIgnoredDuringExecution'?: (_skiff_core_v1_NodeSelector | null);
  /**
   * Nodes matching these terms score higher, by the sum of the matching terms' weights.
   */
  'preferredDuringSchedulingIgnoredDuringExecution'?: (_skiff_core_v1_PreferredSchedulingTerm)[];
  '_requiredDuringSchedulingIgnoredDuringExecution'?: "requiredDuringSchedulingIgnoredDuringExecution";
}

/**
 * NodeAffinity constrains which nodes a pod may land on, by node labels and fields.
 */
export interface NodeAffinity__Output {
  /**
   * Must hold when the pod is scheduled; a node that stops matching later does not evict the pod.
   */
  'requiredDuringSchedulingIgnoredDuringExecution'?: (_skiff_core_v1_NodeSelector__Output);
  /**
   * Nodes matching these terms score higher, by the sum of the matching terms' weights.
   */
  'preferredDuringSchedulingIgnoredDuringExecution'?: (_skiff_core_v1_PreferredSchedulingTerm__Output)[];
}
