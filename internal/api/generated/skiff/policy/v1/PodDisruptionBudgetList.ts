// Original file: proto/policy/v1/poddisruptionbudget.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { PodDisruptionBudget as _skiff_policy_v1_PodDisruptionBudget, PodDisruptionBudget__Output as _skiff_policy_v1_PodDisruptionBudget__Output } from '../../../skiff/policy/v1/PodDisruptionBudget.js';

/**
 * PodDisruptionBudgetList is a list of PodDisruptionBudgets.
 */
export interface PodDisruptionBudgetList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_policy_v1_PodDisruptionBudget)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * PodDisruptionBudgetList is a list of PodDisruptionBudgets.
 */
export interface PodDisruptionBudgetList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_policy_v1_PodDisruptionBudget__Output)[];
}
