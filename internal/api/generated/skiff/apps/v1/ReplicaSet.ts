// Original file: proto/apps/v1/replicaset.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { ReplicaSetSpec as _skiff_apps_v1_ReplicaSetSpec, ReplicaSetSpec__Output as _skiff_apps_v1_ReplicaSetSpec__Output } from '../../../skiff/apps/v1/ReplicaSetSpec.js';
import type { ReplicaSetStatus as _skiff_apps_v1_ReplicaSetStatus, ReplicaSetStatus__Output as _skiff_apps_v1_ReplicaSetStatus__Output } from '../../../skiff/apps/v1/ReplicaSetStatus.js';

/**
 * ReplicaSet creates and deletes pods until the number matching its selector equals replicas;
 * Deployments drive them, one per template revision.
 */
export interface ReplicaSet {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  'spec'?: (_skiff_apps_v1_ReplicaSetSpec | null);
  'status'?: (_skiff_apps_v1_ReplicaSetStatus | null);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_spec'?: "spec";
  '_status'?: "status";
}

/**
 * ReplicaSet creates and deletes pods until the number matching its selector equals replicas;
 * Deployments drive them, one per template revision.
 */
export interface ReplicaSet__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  'spec'?: (_skiff_apps_v1_ReplicaSetSpec__Output);
  'status'?: (_skiff_apps_v1_ReplicaSetStatus__Output);
}
