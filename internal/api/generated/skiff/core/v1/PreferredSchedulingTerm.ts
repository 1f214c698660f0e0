// Original file: proto/core/v1/affinity.proto

import type { NodeSelectorTerm as _skiff_core_v1_NodeSelectorTerm, NodeSelectorTerm__Output as _skiff_core_v1_NodeSelectorTerm__Output } from '../../../skiff/core/v1/NodeSelectorTerm.js';

/**
 * PreferredSchedulingTerm is a weighted node preference (weight 1-100).
 */
export interface PreferredSchedulingTerm {
  'weight'?: (number);
  'preference'?: (_skiff_core_v1_NodeSelectorTerm | null);
  '_weight'?: "weight";
  '_preference'?: "preference";
}

/**
 * PreferredSchedulingTerm is a weighted node preference (weight 1-100).
 */
export interface PreferredSchedulingTerm__Output {
  'weight'?: (number);
  'preference'?: (_skiff_core_v1_NodeSelectorTerm__Output);
}
