// Original file: proto/api/v1/api.proto

import type { Object as _skiff_api_v1_Object, Object__Output as _skiff_api_v1_Object__Output } from '../../../skiff/api/v1/Object.js';

export interface UpdateResponse {
  'object'?: (_skiff_api_v1_Object | null);
  /**
   * True when the update created the object (kinds that allow create on update).
   */
  'created'?: (boolean);
  '_object'?: "object";
  '_created'?: "created";
}

export interface UpdateResponse__Output {
  'object'?: (_skiff_api_v1_Object__Output);
  /**
   * True when the update created the object (kinds that allow create on update).
   */
  'created'?: (boolean);
}
