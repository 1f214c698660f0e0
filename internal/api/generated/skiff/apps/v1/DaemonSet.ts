// Original file: proto/apps/v1/daemonset.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { DaemonSetSpec as _skiff_apps_v1_DaemonSetSpec, DaemonSetSpec__Output as _skiff_apps_v1_DaemonSetSpec__Output } from '../../../skiff/apps/v1/DaemonSetSpec.js';
import type { DaemonSetStatus as _skiff_apps_v1_DaemonSetStatus, DaemonSetStatus__Output as _skiff_apps_v1_DaemonSetStatus__Output } from '../../../skiff/apps/v1/DaemonSetStatus.js';

/**
 * DaemonSet runs one copy of its pod on each node the template's scheduling constraints allow,
 * adding pods as nodes join and removing them as nodes leave.
 */
export interface DaemonSet {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  'spec'?: (_skiff_apps_v1_DaemonSetSpec | null);
  'status'?: (_skiff_apps_v1_DaemonSetStatus | null);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_spec'?: "spec";
  '_status'?: "status";
}

/**
 * DaemonSet runs one copy of its pod on each node the template's scheduling constraints allow,
 * adding pods as nodes join and removing them as nodes leave.
 */
export interface DaemonSet__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  'spec'?: (_skiff_apps_v1_DaemonSetSpec__Output);
  'status'?: (_skiff_apps_v1_DaemonSetStatus__Output);
}
