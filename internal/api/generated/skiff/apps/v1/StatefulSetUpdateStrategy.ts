// Original file: proto/apps/v1/statefulset.proto

import type { RollingUpdateStatefulSetStrategy as _skiff_apps_v1_RollingUpdateStatefulSetStrategy, RollingUpdateStatefulSetStrategy__Output as _skiff_apps_v1_RollingUpdateStatefulSetStrategy__Output } from '../../../skiff/apps/v1/RollingUpdateStatefulSetStrategy.js';

/**
 * StatefulSetUpdateStrategy chooses between RollingUpdate and OnDelete.
 */
export interface StatefulSetUpdateStrategy {
  /**
   * "RollingUpdate" (the default: replace pods from the highest ordinal down) or "OnDelete" (replace a
   * pod only when someone deletes it).
   */
  'type'?: (string);
  /**
   * Parameters of a rolling update; only with type RollingUpdate.
   */
  'rollingUpdate'?: (_skiff_apps_v1_RollingUpdateStatefulSetStrategy | null);
  '_type'?: "type";
  '_rollingUpdate'?: "rollingUpdate";
}

/**
 * StatefulSetUpdateStrategy chooses between RollingUpdate and OnDelete.
 */
export interface StatefulSetUpdateStrategy__Output {
  /**
   * "RollingUpdate" (the default: replace pods from the highest ordinal down) or "OnDelete" (replace a
   * pod only when someone deletes it).
   */
  'type'?: (string);
  /**
   * Parameters of a rolling update; only with type RollingUpdate.
   */
  'rollingUpdate'?: (_skiff_apps_v1_RollingUpdateStatefulSetStrategy__Output);
}
