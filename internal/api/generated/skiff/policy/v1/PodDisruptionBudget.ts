// Original file: proto/policy/v1/poddisruptionbudget.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { PodDisruptionBudgetSpec as _skiff_policy_v1_PodDisruptionBudgetSpec, PodDisruptionBudgetSpec__Output as _skiff_policy_v1_PodDisruptionBudgetSpec__Output } from '../../../skiff/policy/v1/PodDisruptionBudgetSpec.js';
import type { PodDisruptionBudgetStatus as _skiff_policy_v1_PodDisruptionBudgetStatus, PodDisruptionBudgetStatus__Output as _skiff_policy_v1_PodDisruptionBudgetStatus__Output } from '../../../skiff/policy/v1/PodDisruptionBudgetStatus.js';

/**
 * PodDisruptionBudget limits voluntary disruption (evictions, drains) of the pods it selects.
 */
export interface PodDisruptionBudget {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  'spec'?: (_skiff_policy_v1_PodDisruptionBudgetSpec | null);
  'status'?: (_skiff_policy_v1_PodDisruptionBudgetStatus | null);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_spec'?: "spec";
  '_status'?: "status";
}

/**
 * PodDisruptionBudget limits voluntary disruption (evictions, drains) of the pods it selects.
 */
export interface PodDisruptionBudget__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  'spec'?: (_skiff_policy_v1_PodDisruptionBudgetSpec__Output);
  'status'?: (_skiff_policy_v1_PodDisruptionBudgetStatus__Output);
}
