// Original file: proto/core/v1/affinity.proto

import type { PodAffinityTerm as _skiff_core_v1_PodAffinityTerm, PodAffinityTerm__Output as _skiff_core_v1_PodAffinityTerm__Output } from '../../../skiff/core/v1/PodAffinityTerm.js';

/**
 * WeightedPodAffinityTerm is a pod affinity term with a weight (1-100) for scoring.
 */
export interface WeightedPodAffinityTerm {
  'weight'?: (number);
  'podAffinityTerm'?: (_skiff_core_v1_PodAffinityTerm | null);
  '_weight'?: "weight";
  '_podAffinityTerm'?: "podAffinityTerm";
}

/**
 * WeightedPodAffinityTerm is a pod affinity term with a weight (1-100) for scoring.
 */
export interface WeightedPodAffinityTerm__Output {
  'weight'?: (number);
  'podAffinityTerm'?: (_skiff_core_v1_PodAffinityTerm__Output);
}
