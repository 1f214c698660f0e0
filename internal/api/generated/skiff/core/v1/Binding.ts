// Original file: proto/core/v1/binding.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { ObjectReference as _skiff_core_v1_ObjectReference, ObjectReference__Output as _skiff_core_v1_ObjectReference__Output } from '../../../skiff/core/v1/ObjectReference.js';

/**
 * Binding ties the pod named in its metadata to a target, normally a Node; it is created, never stored.
 */
export interface Binding {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  /**
   * The object to bind to (kind Node and its name).
   */
  'target'?: (_skiff_core_v1_ObjectReference | null);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_target'?: "target";
}

/**
 * Binding ties the pod named in its metadata to a target, normally a Node; it is created, never stored.
 */
export interface Binding__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  /**
   * The object to bind to (kind Node and its name).
   */
  'target'?: (_skiff_core_v1_ObjectReference__Output);
}
