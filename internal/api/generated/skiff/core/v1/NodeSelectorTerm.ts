// Original file: proto/core/v1/affinity.proto

import type { NodeSelectorRequirement as _skiff_core_v1_NodeSelectorRequirement, NodeSelectorRequirement__Output as _skiff_core_v1_NodeSelectorRequirement__Output } from '../../../skiff/core/v1/NodeSelectorRequirement.js';

/**
 * NodeSelectorTerm matches a node when all of its requirements hold (they are ANDed).
 */
export interface NodeSelectorTerm {
  /**
   * Requirements on the node's labels.
   */
  'matchExpressions'?: (_skiff_core_v1_NodeSelectorRequirement)[];
  /**
   * Requirements on the node's fields (metadata.name only).
   */
  'matchFields'?: (_skiff_core_v1_NodeSelectorRequirement)[];
}

/**
 * NodeSelectorTerm matches a node when all of its requirements hold (they are ANDed).
 */
export interface NodeSelectorTerm__Output {
  /**
   * Requirements on the node's labels.
   */
  'matchExpressions'?: (_skiff_core_v1_NodeSelectorRequirement__Output)[];
  /**
   * Requirements on the node's fields (metadata.name only).
   */
  'matchFields'?: (_skiff_core_v1_NodeSelectorRequirement__Output)[];
}
