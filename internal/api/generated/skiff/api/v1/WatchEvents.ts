// Original file: proto/api/v1/api.proto

import type { WatchEvent as _skiff_api_v1_WatchEvent, WatchEvent__Output as _skiff_api_v1_WatchEvent__Output } from '../../../skiff/api/v1/WatchEvent.js';

/**
 * WatchEvents is one message of a watch stream: the events, in order, that were waiting for the
 * client when the server wrote (one when it keeps up, more when it falls behind), so a busy stream
 * costs one gRPC message per write rather than one per event.
 */
export interface WatchEvents {
  'events'?: (_skiff_api_v1_WatchEvent)[];
}

/**
 * WatchEvents is one message of a watch stream: the events, in order, that were waiting for the
 * client when the server wrote (one when it keeps up, more when it falls behind), so a busy stream
 * costs one gRPC message per write rather than one per event.
 */
export interface WatchEvents__Output {
  'events'?: (_skiff_api_v1_WatchEvent__Output)[];
}
