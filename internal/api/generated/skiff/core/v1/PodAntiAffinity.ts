// Original file: proto/core/v1/affinity.proto

import type { PodAffinityTerm as _skiff_core_v1_PodAffinityTerm, PodAffinityTerm__Output as _skiff_core_v1_PodAffinityTerm__Output } from '../../../skiff/core/v1/PodAffinityTerm.js';
import type { WeightedPodAffinityTerm as _skiff_core_v1_WeightedPodAffinityTerm, WeightedPodAffinityTerm__Output as _skiff_core_v1_WeightedPodAffinityTerm__Output } from '../../../skiff/core/v1/WeightedPodAffinityTerm.js';

/**
 * PodAntiAffinity asks for the pod to stay out of topology domains that hold matching pods.
 */
export interface PodAntiAffinity {
  /**
   * Every term must be satisfied at scheduling time.
   */
  'requiredDuringSchedulingIgnoredDuringExecution'?: (_skiff_core_v1_PodAffinityTerm)[];
  /**
   * Domains satisfying these terms score lower, by the terms' weights.
   */
  'preferredDuringSchedulingIgnoredDuringExecution'?: (_skiff_core_v1_WeightedPodAffinityTerm)[];
}

/**
 * PodAntiAffinity asks for the pod to stay out of topology domains that hold matching pods.
 */
export interface PodAntiAffinity__Output {
  /**
   * Every term must be satisfied at scheduling time.
   */
  'requiredDuringSchedulingIgnoredDuringExecution'?: (_skiff_core_v1_PodAffinityTerm__Output)[];
  /**
   * Domains satisfying these terms score lower, by the terms' weights.
   */
  'preferredDuringSchedulingIgnoredDuringExecution'?: (_skiff_core_v1_WeightedPodAffinityTerm__Output)[];
}
