// Original file: proto/core/v1/replicationcontroller.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { ReplicationControllerSpec as _skiff_core_v1_ReplicationControllerSpec, ReplicationControllerSpec__Output as _skiff_core_v1_ReplicationControllerSpec__Output } from '../../../skiff/core/v1/ReplicationControllerSpec.js';
import type { ReplicationControllerStatus as _skiff_core_v1_ReplicationControllerStatus, ReplicationControllerStatus__Output as _skiff_core_v1_ReplicationControllerStatus__Output } from '../../../skiff/core/v1/ReplicationControllerStatus.js';

/**
 * ReplicationController keeps a number of pods matching its selector running.
 */
export interface ReplicationController {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  'spec'?: (_skiff_core_v1_ReplicationControllerSpec | null);
  'status'?: (_skiff_core_v1_ReplicationControllerStatus | null);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_spec'?: "spec";
  '_status'?: "status";
}

/**
 * ReplicationController keeps a number of pods matching its selector running.
 */
export interface ReplicationController__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  'spec'?: (_skiff_core_v1_ReplicationControllerSpec__Output);
  'status'?: (_skiff_core_v1_ReplicationControllerStatus__Output);
}
