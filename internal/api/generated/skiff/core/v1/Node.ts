// Original file: proto/core/v1/node.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { NodeSpec as _skiff_core_v1_NodeSpec, NodeSpec__Output as _skiff_core_v1_NodeSpec__Output } from '../../../skiff/core/v1/NodeSpec.js';
import type { NodeStatus as _skiff_core_v1_NodeStatus, NodeStatus__Output as _skiff_core_v1_NodeStatus__Output } from '../../../skiff/core/v1/NodeStatus.js';

/**
 * Node is a worker machine; its kubelet registers it and reports its status and heartbeats.
 */
export interface Node {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  'spec'?: (_skiff_core_v1_NodeSpec | null);
  'status'?: (_skiff_core_v1_NodeStatus | null);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_spec'?: "spec";
  '_status'?: "status";
}

/**
 * Node is a worker machine; its kubelet registers it and reports its status and heartbeats.
 */
export interface Node__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  'spec'?: (_skiff_core_v1_NodeSpec__Output);
  'status'?: (_skiff_core_v1_NodeStatus__Output);
}
