// Original file: proto/core/v1/node.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { Node as _skiff_core_v1_Node, Node__Output as _skiff_core_v1_Node__Output } from '../../../skiff/core/v1/Node.js';

/**
 * NodeList is a list of nodes.
 */
export interface NodeList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_core_v1_Node)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * NodeList is a list of nodes.
 */
export interface NodeList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_core_v1_Node__Output)[];
}
