// Original file: proto/apps/v1/statefulset.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { StatefulSetSpec as _skiff_apps_v1_StatefulSetSpec, StatefulSetSpec__Output as _skiff_apps_v1_StatefulSetSpec__Output } from '../../../skiff/apps/v1/StatefulSetSpec.js';
import type { StatefulSetStatus as _skiff_apps_v1_StatefulSetStatus, StatefulSetStatus__Output as _skiff_apps_v1_StatefulSetStatus__Output } from '../../../skiff/apps/v1/StatefulSetStatus.js';

/**
 * StatefulSet runs pods named <set>-<ordinal>, each keeping its DNS name and its claims across
 * rescheduling.
 */
export interface StatefulSet {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  'spec'?: (_skiff_apps_v1_StatefulSetSpec | null);
  'status'?: (_skiff_apps_v1_StatefulSetStatus | null);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_spec'?: "spec";
  '_status'?: "status";
}

/**
 * StatefulSet runs pods named <set>-<ordinal>, each keeping its DNS name and its claims across
 * rescheduling.
 */
export interface StatefulSet__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  'spec'?: (_skiff_apps_v1_StatefulSetSpec__Output);
  'status'?: (_skiff_apps_v1_StatefulSetStatus__Output);
}
