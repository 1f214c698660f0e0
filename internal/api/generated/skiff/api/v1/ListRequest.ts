// Original file: proto/api/v1/api.proto

import type { ResourceRef as _skiff_api_v1_ResourceRef, ResourceRef__Output as _skiff_api_v1_ResourceRef__Output } from '../../../skiff/api/v1/ResourceRef.js';
import type { Long } from '@grpc/proto-loader';

export interface ListRequest {
  'ref'?: (_skiff_api_v1_ResourceRef | null);
  'labelSelector'?: (string);
  'fieldSelector'?: (string);
  'limit'?: (number | string | Long);
  'continue'?: (string);
  'resourceVersion'?: (string);
  /**
   * "NotOlderThan" or "Exact".
   */
  'resourceVersionMatch'?: (string);
  /**
   * Return PartialObjectMetadata items instead of whole objects.
   */
  'metadataOnly'?: (boolean);
  '_ref'?: "ref";
  '_labelSelector'?: "labelSelector";
  '_fieldSelector'?: "fieldSelector";
  '_limit'?: "limit";
  '_continue'?: "continue";
  '_resourceVersion'?: "resourceVersion";
  '_resourceVersionMatch'?: "resourceVersionMatch";
  '_metadataOnly'?: "metadataOnly";
}

export interface ListRequest__Output {
  'ref'?: (_skiff_api_v1_ResourceRef__Output);
  'labelSelector'?: (string);
  'fieldSelector'?: (string);
  'limit'?: (number);
  'continue'?: (string);
  'resourceVersion'?: (string);
  /**
   * "NotOlderThan" or "Exact".
   */
  'resourceVersionMatch'?: (string);
  /**
   * Return PartialObjectMetadata items instead of whole objects.
   */
  'metadataOnly'?: (boolean);
}
