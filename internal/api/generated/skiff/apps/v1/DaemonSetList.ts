// Original file: proto/apps/v1/daemonset.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { DaemonSet as _skiff_apps_v1_DaemonSet, DaemonSet__Output as _skiff_apps_v1_DaemonSet__Output } from '../../../skiff/apps/v1/DaemonSet.js';

/**
 * DaemonSetList is a list of DaemonSets.
 */
export interface DaemonSetList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_apps_v1_DaemonSet)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * DaemonSetList is a list of DaemonSets.
 */
export interface DaemonSetList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_apps_v1_DaemonSet__Output)[];
}
