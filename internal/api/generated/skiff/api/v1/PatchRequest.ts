// Original file: proto/api/v1/api.proto

import type { ResourceRef as _skiff_api_v1_ResourceRef, ResourceRef__Output as _skiff_api_v1_ResourceRef__Output } from '../../../skiff/api/v1/ResourceRef.js';
import type { WriteOptions as _skiff_api_v1_WriteOptions, WriteOptions__Output as _skiff_api_v1_WriteOptions__Output } from '../../../skiff/api/v1/WriteOptions.js';

export interface PatchRequest {
  'ref'?: (_skiff_api_v1_ResourceRef | null);
  /**
   * "json" (RFC 6902), "merge" (RFC 7386) or "strategic".
   */
  'patchType'?: (string);
  /**
   * The patch document as JSON text.
   */
  'patch'?: (Buffer | Uint8Array | string);
  'options'?: (_skiff_api_v1_WriteOptions | null);
  '_ref'?: "ref";
  '_patchType'?: "patchType";
  '_patch'?: "patch";
  '_options'?: "options";
}

export interface PatchRequest__Output {
  'ref'?: (_skiff_api_v1_ResourceRef__Output);
  /**
   * "json" (RFC 6902), "merge" (RFC 7386) or "strategic".
   */
  'patchType'?: (string);
  /**
   * The patch document as JSON text.
   */
  'patch'?: (Buffer);
  'options'?: (_skiff_api_v1_WriteOptions__Output);
}
