// Original file: proto/core/v1/configmap.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';

/**
 * ConfigMap holds configuration as key-value pairs, in text (data) or bytes (binaryData).
 */
export interface ConfigMap {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  /**
   * When true, data and binaryData can no longer change (only metadata can); it cannot be unset.
   */
  'immutable'?: (boolean);
  /**
   * UTF-8 values; a key must not also appear in binaryData.
   */
  'data'?: ({[key: string]: string});
  /**
   * Arbitrary bytes (base64 in JSON).
   */
  'binaryData'?: ({[key: string]: Buffer | Uint8Array | string});
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_immutable'?: "immutable";
}

/**
 * ConfigMap holds configuration as key-value pairs, in text (data) or bytes (binaryData).
 */
export interface ConfigMap__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  /**
   * When true, data and binaryData can no longer change (only metadata can); it cannot be unset.
   */
  'immutable'?: (boolean);
  /**
   * UTF-8 values; a key must not also appear in binaryData.
   */
  'data'?: ({[key: string]: string});
  /**
   * Arbitrary bytes (base64 in JSON).
   */
  'binaryData'?: ({[key: string]: Buffer});
}
