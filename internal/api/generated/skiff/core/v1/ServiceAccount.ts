// Original file: proto/core/v1/serviceaccount.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { ObjectReference as _skiff_core_v1_ObjectReference, ObjectReference__Output as _skiff_core_v1_ObjectReference__Output } from '../../../skiff/core/v1/ObjectReference.js';
import type { LocalObjectReference as _skiff_core_v1_LocalObjectReference, LocalObjectReference__Output as _skiff_core_v1_LocalObjectReference__Output } from '../../../skiff/core/v1/LocalObjectReference.js';

/**
 * ServiceAccount is an identity for pods, with the secrets and pull credentials that go with it.
 */
export interface ServiceAccount {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  /**
   * Secrets pods of this account may use (legacy token secrets among them).
   */
  'secrets'?: (_skiff_core_v1_ObjectReference)[];
  /**
   * Registry credentials added to every pod that runs as this account.
   */
  'imagePullSecrets'?: (_skiff_core_v1_LocalObjectReference)[];
  /**
   * Whether pods of this account get an API token mounted; a pod's own setting wins.
   */
  'automountServiceAccountToken'?: (boolean);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_automountServiceAccountToken'?: "automountServiceAccountToken";
}

/**
 * ServiceAccount is an identity for pods, with the secrets and pull credentials that go with it.
 */
export interface ServiceAccount__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  /**
   * Secrets pods of this account may use (legacy token secrets among them).
   */
  'secrets'?: (_skiff_core_v1_ObjectReference__Output)[];
  /**
   * Registry credentials added to every pod that runs as this account.
   */
  'imagePullSecrets'?: (_skiff_core_v1_LocalObjectReference__Output)[];
  /**
   * Whether pods of this account get an API token mounted; a pod's own setting wins.
   */
  'automountServiceAccountToken'?: (boolean);
}
