// Original file: proto/scheduling/v1/priorityclass.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { PriorityClass as _skiff_scheduling_v1_PriorityClass, PriorityClass__Output as _skiff_scheduling_v1_PriorityClass__Output } from '../../../skiff/scheduling/v1/PriorityClass.js';

/**
 * PriorityClassList is a list of PriorityClasses.
 */
export interface PriorityClassList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_scheduling_v1_PriorityClass)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * PriorityClassList is a list of PriorityClasses.
 */
export interface PriorityClassList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_scheduling_v1_PriorityClass__Output)[];
}
