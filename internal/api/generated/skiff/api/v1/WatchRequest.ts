// Original file: proto/api/v1/api.proto

import type { ResourceRef as _skiff_api_v1_ResourceRef, ResourceRef__Output as _skiff_api_v1_ResourceRef__Output } from '../../../skiff/api/v1/ResourceRef.js';
import type { Long } from '@grpc/proto-loader';

export interface WatchRequest {
  'ref'?: (_skiff_api_v1_ResourceRef | null);
  'labelSelector'?: (string);
  'fieldSelector'?: (string);
  /**
   * Start after this revision; unset or "0": send the current objects as ADDED first.
   */
  'resourceVersion'?: (string);
  'resourceVersionMatch'?: (string);
  'allowWatchBookmarks'?: (boolean);
  'sendInitialEvents'?: (boolean);
  /**
   * End the stream after this many seconds (0 or unset: never).
   */
  'timeoutSeconds'?: (number | string | Long);
  /**
   * Send PartialObjectMetadata objects instead of whole objects.
   */
  'metadataOnly'?: (boolean);
  '_ref'?: "ref";
  '_labelSelector'?: "labelSelector";
  '_fieldSelector'?: "fieldSelector";
  '_resourceVersion'?: "resourceVersion";
  '_resourceVersionMatch'?: "resourceVersionMatch";
  '_allowWatchBookmarks'?: "allowWatchBookmarks";
  '_sendInitialEvents'?: "sendInitialEvents";
  '_timeoutSeconds'?: "timeoutSeconds";
  '_metadataOnly'?: "metadataOnly";
}

export interface WatchRequest__Output {
  'ref'?: (_skiff_api_v1_ResourceRef__Output);
  'labelSelector'?: (string);
  'fieldSelector'?: (string);
  /**
   * Start after this revision; unset or "0": send the current objects as ADDED first.
   */
  'resourceVersion'?: (string);
  'resourceVersionMatch'?: (string);
  'allowWatchBookmarks'?: (boolean);
  'sendInitialEvents'?: (boolean);
  /**
   * End the stream after this many seconds (0 or unset: never).
   */
  'timeoutSeconds'?: (number);
  /**
   * Send PartialObjectMetadata objects instead of whole objects.
   */
  'metadataOnly'?: (boolean);
}
