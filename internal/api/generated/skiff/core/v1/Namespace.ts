// Original file: proto/core/v1/namespace.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { NamespaceSpec as _skiff_core_v1_NamespaceSpec, NamespaceSpec__Output as _skiff_core_v1_NamespaceSpec__Output } from '../../../skiff/core/v1/NamespaceSpec.js';
import type { NamespaceStatus as _skiff_core_v1_NamespaceStatus, NamespaceStatus__Output as _skiff_core_v1_NamespaceStatus__Output } from '../../../skiff/core/v1/NamespaceStatus.js';

/**
 * Namespace scopes names; deleting one deletes everything in it.
 */
export interface Namespace {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  'spec'?: (_skiff_core_v1_NamespaceSpec | null);
  'status'?: (_skiff_core_v1_NamespaceStatus | null);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_spec'?: "spec";
  '_status'?: "status";
}

/**
 * Namespace scopes names; deleting one deletes everything in it.
 */
export interface Namespace__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  'spec'?: (_skiff_core_v1_NamespaceSpec__Output);
  'status'?: (_skiff_core_v1_NamespaceStatus__Output);
}
