// Original file: proto/apps/v1/statefulset.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { StatefulSet as _skiff_apps_v1_StatefulSet, StatefulSet__Output as _skiff_apps_v1_StatefulSet__Output } from '../../../skiff/apps/v1/StatefulSet.js';

/**
 * StatefulSetList is a list of StatefulSets.
 */
export interface StatefulSetList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_apps_v1_StatefulSet)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * StatefulSetList is a list of StatefulSets.
 */
export interface StatefulSetList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_apps_v1_StatefulSet__Output)[];
}
