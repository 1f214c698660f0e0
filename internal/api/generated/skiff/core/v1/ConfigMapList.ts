// Original file: proto/core/v1/configmap.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { ConfigMap as _skiff_core_v1_ConfigMap, ConfigMap__Output as _skiff_core_v1_ConfigMap__Output } from '../../../skiff/core/v1/ConfigMap.js';

/**
 * ConfigMapList is a list of config maps.
 */
export interface ConfigMapList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_core_v1_ConfigMap)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * ConfigMapList is a list of config maps.
 */
export interface ConfigMapList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_core_v1_ConfigMap__Output)[];
}
