// Original file: proto/core/v1/secret.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';

/**
 * Secret holds sensitive key-value data; pods read it as environment variables or files.
 */
export interface Secret {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  /**
   * When true, data can no longer change (only metadata can); it cannot be unset.
   */
  'immutable'?: (boolean);
  /**
   * The values as bytes (base64 in JSON).
   */
  'data'?: ({[key: string]: Buffer | Uint8Array | string});
  /**
   * Write-only convenience: plain-text values merged into data on write; never returned.
   */
  'stringData'?: ({[key: string]: string});
  /**
   * Opaque (the default), kubernetes.io/service-account-token, kubernetes.io/dockerconfigjson,
   * kubernetes.io/tls, ...: says which keys data must hold.
   */
  'type'?: (string);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_immutable'?: "immutable";
  '_type'?: "type";
}

/**
 * Secret holds sensitive key-value data; pods read it as environment variables or files.
 */
export interface Secret__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  /**
   * When true, data can no longer change (only metadata can); it cannot be unset.
   */
  'immutable'?: (boolean);
  /**
   * The values as bytes (base64 in JSON).
   */
  'data'?: ({[key: string]: Buffer});
  /**
   * Write-only convenience: plain-text values merged into data on write; never returned.
   */
  'stringData'?: ({[key: string]: string});
  /**
   * Opaque (the default), kubernetes.io/service-account-token, kubernetes.io/dockerconfigjson,
   * kubernetes.io/tls, ...: says which keys data must hold.
   */
  'type'?: (string);
}
