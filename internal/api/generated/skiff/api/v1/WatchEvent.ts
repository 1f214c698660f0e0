// Original file: proto/api/v1/api.proto

import type { Object as _skiff_api_v1_Object, Object__Output as _skiff_api_v1_Object__Output } from '../../../skiff/api/v1/Object.js';

/**
 * WatchEvent is one change: ADDED, MODIFIED, DELETED, BOOKMARK, or ERROR (object is a Status).
 */
export interface WatchEvent {
  'type'?: (string);
  'object'?: (_skiff_api_v1_Object | null);
  '_type'?: "type";
  '_object'?: "object";
}

/**
 * WatchEvent is one change: ADDED, MODIFIED, DELETED, BOOKMARK, or ERROR (object is a Status).
 */
export interface WatchEvent__Output {
  'type'?: (string);
  'object'?: (_skiff_api_v1_Object__Output);
}
