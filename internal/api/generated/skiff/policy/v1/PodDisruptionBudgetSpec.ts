// Original file: proto/policy/v1/poddisruptionbudget.proto

import type { IntOrString as _skiff_meta_v1_IntOrString, IntOrString__Output as _skiff_meta_v1_IntOrString__Output } from '../../../skiff/meta/v1/IntOrString.js';
import type { LabelSelector as _skiff_meta_v1_LabelSelector, LabelSelector__Output as _skiff_meta_v1_LabelSelector__Output } from '../../../skiff/meta/v1/LabelSelector.js';

/**
 * PodDisruptionBudgetSpec: the pods guarded and the bound, as minAvailable or maxUnavailable (not both).
 */
export interface PodDisruptionBudgetSpec {
  /**
   * Pods that must remain available after an eviction: a count or a percentage ("100%" blocks all evictions).
   */
  'minAvailable'?: (_skiff_meta_v1_IntOrString | null);
  /**
   * The pods guarded; a patch replaces it whole. Absent selects no pods, {} selects every pod in the namespace.
   */
  'selector'?: (_skiff_meta_v1_LabelSelector | null);
  /**
   * Pods that may be unavailable after an eviction: a count or a percentage (0 blocks all evictions).
   */
  'maxUnavailable'?: (_skiff_meta_v1_IntOrString | null);
  /**
   * When running but not-ready pods may be evicted: "IfHealthyBudget" (the default: only while the
   * application is not already disrupted) or "AlwaysAllow".
   */
  'unhealthyPodEvictionPolicy'?: (string);
  '_minAvailable'?: "minAvailable";
  '_selector'?: "selector";
  '_maxUnavailable'?: "maxUnavailable";
  '_unhealthyPodEvictionPolicy'?: "unhealthyPodEvictionPolicy";
}

/**
 * PodDisruptionBudgetSpec: the pods guarded and the bound, as minAvailable or maxUnavailable (not both).
 */
export interface PodDisruptionBudgetSpec__Output {
  /**
   * Pods that must remain available after an eviction: a count or a percentage ("100%" blocks all evictions).
   */
  'minAvailable'?: (_skiff_meta_v1_IntOrString__Output);
  /**
   * The pods guarded; a patch replaces it whole. Absent selects no pods, {} selects every pod in the namespace.
   */
  'selector'?: (_skiff_meta_v1_LabelSelector__Output);
  /**
   * Pods that may be unavailable after an eviction: a count or a percentage (0 blocks all evictions).
   */
  'maxUnavailable'?: (_skiff_meta_v1_IntOrString__Output);
  /**
   * When running but not-ready pods may be evicted: "IfHealthyBudget" (the default: only while the
   * application is not already disrupted) or "AlwaysAllow".
   */
  'unhealthyPodEvictionPolicy'?: (string);
}
