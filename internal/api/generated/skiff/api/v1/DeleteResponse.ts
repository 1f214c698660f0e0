// Original file: proto/api/v1/api.proto

import type { Object as _skiff_api_v1_Object, Object__Output as _skiff_api_v1_Object__Output } from '../../../skiff/api/v1/Object.js';

/**
 * DeleteResponse carries the object when it is only marked for deletion (finalizers, a grace
 * period) or when the kind returns deleted objects (pods); otherwise a Success Status.
 */
export interface DeleteResponse {
  'object'?: (_skiff_api_v1_Object | null);
  /**
   * True while the object still exists, marked for deletion.
   */
  'pending'?: (boolean);
  '_object'?: "object";
  '_pending'?: "pending";
}

/**
 * DeleteResponse carries the object when it is only marked for deletion (finalizers, a grace
 * period) or when the kind returns deleted objects (pods); otherwise a Success Status.
 */
export interface DeleteResponse__Output {
  'object'?: (_skiff_api_v1_Object__Output);
  /**
   * True while the object still exists, marked for deletion.
   */
  'pending'?: (boolean);
}
