// Original file: proto/core/v1/affinity.proto

import type { NodeSelectorTerm as _skiff_core_v1_NodeSelectorTerm, NodeSelectorTerm__Output as _skiff_core_v1_NodeSelectorTerm__Output } from '../../../skiff/core/v1/NodeSelectorTerm.js';

/**
 * NodeSelector matches a node when any one of its terms matches (the terms are ORed).
 */
export interface NodeSelector {
  'nodeSelectorTerms'?: (_skiff_core_v1_NodeSelectorTerm)[];
}

/**
 * NodeSelector matches a node when any one of its terms matches (the terms are ORed).
 */
export interface NodeSelector__Output {
  'nodeSelectorTerms'?: (_skiff_core_v1_NodeSelectorTerm__Output)[];
}
