// Original file: proto/core/v1/secret.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { Secret as _skiff_core_v1_Secret, Secret__Output as _skiff_core_v1_Secret__Output } from '../../../skiff/core/v1/Secret.js';

/**
 * SecretList is a list of secrets.
 */
export interface SecretList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_core_v1_Secret)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * SecretList is a list of secrets.
 */
export interface SecretList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_core_v1_Secret__Output)[];
}
