// Original file: proto/core/v1/namespace.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { Namespace as _skiff_core_v1_Namespace, Namespace__Output as _skiff_core_v1_Namespace__Output } from '../../../skiff/core/v1/Namespace.js';

/**
 * NamespaceList is a list of namespaces.
 */
export interface NamespaceList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_core_v1_Namespace)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * NamespaceList is a list of namespaces.
 */
export interface NamespaceList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_core_v1_Namespace__Output)[];
}
