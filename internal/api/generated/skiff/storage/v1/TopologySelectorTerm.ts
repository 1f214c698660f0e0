// Original file: proto/storage/v1/storageclass.proto

import type { TopologySelectorLabelRequirement as _skiff_storage_v1_TopologySelectorLabelRequirement, TopologySelectorLabelRequirement__Output as _skiff_storage_v1_TopologySelectorLabelRequirement__Output } from '../../../skiff/storage/v1/TopologySelectorLabelRequirement.js';

/**
 * TopologySelectorTerm is one topology domain: every requirement must hold (Kubernetes keeps this type in core/v1).
 */
export interface TopologySelectorTerm {
  'matchLabelExpressions'?: (_skiff_storage_v1_TopologySelectorLabelRequirement)[];
}

/**
 * TopologySelectorTerm is one topology domain: every requirement must hold (Kubernetes keeps this type in core/v1).
 */
export interface TopologySelectorTerm__Output {
  'matchLabelExpressions'?: (_skiff_storage_v1_TopologySelectorLabelRequirement__Output)[];
}
