// Original file: proto/policy/v1/poddisruptionbudget.proto

import type { Condition as _skiff_meta_v1_Condition, Condition__Output as _skiff_meta_v1_Condition__Output } from '../../../skiff/meta/v1/Condition.js';
import type { Long } from '@grpc/proto-loader';

/**
 * PodDisruptionBudgetStatus is what the disruption controller last computed; it may lag the cluster.
 */
export interface PodDisruptionBudgetStatus {
  /**
   * The metadata.generation this status describes; the counts are valid only when it matches.
   */
  'observedGeneration'?: (number | string | Long);
  /**
   * Pods evicted by the API but not yet seen deleting by the controller, by name, with the time of
   * the eviction (RFC 3339); entries expire if the deletion never shows up.
   */
  'disruptedPods'?: ({[key: string]: string});
  /**
   * Evictions currently allowed.
   */
  'disruptionsAllowed'?: (number);
  /**
   * Selected pods that are healthy now.
   */
  'currentHealthy'?: (number);
  /**
   * The fewest healthy pods the budget allows.
   */
  'desiredHealthy'?: (number);
  /**
   * Pods counted by this budget.
   */
  'expectedPods'?: (number);
  /**
   * DisruptionAllowed, with reason SufficientPods, InsufficientPods or SyncFailed.
   */
  'conditions'?: (_skiff_meta_v1_Condition)[];
  '_observedGeneration'?: "observedGeneration";
  '_disruptionsAllowed'?: "disruptionsAllowed";
  '_currentHealthy'?: "currentHealthy";
  '_desiredHealthy'?: "desiredHealthy";
  '_expectedPods'?: "expectedPods";
}

/**
 * PodDisruptionBudgetStatus is what the disruption controller last computed; it may lag the cluster.
 */
export interface PodDisruptionBudgetStatus__Output {
  /**
   * The metadata.generation this status describes; the counts are valid only when it matches.
   */
  'observedGeneration'?: (number);
  /**
   * Pods evicted by the API but not yet seen deleting by the controller, by name, with the time of
   * the eviction (RFC 3339); entries expire if the deletion never shows up.
   */
  'disruptedPods'?: ({[key: string]: string});
  /**
   * Evictions currently allowed.
   */
  'disruptionsAllowed'?: (number);
  /**
   * Selected pods that are healthy now.
   */
  'currentHealthy'?: (number);
  /**
   * The fewest healthy pods the budget allows.
   */
  'desiredHealthy'?: (number);
  /**
   * Pods counted by this budget.
   */
  'expectedPods'?: (number);
  /**
   * DisruptionAllowed, with reason SufficientPods, InsufficientPods or SyncFailed.
   */
  'conditions'?: (_skiff_meta_v1_Condition__Output)[];
}
