// Original file: proto/core/v1/container.proto

import type { ObjectFieldSelector as _skiff_core_v1_ObjectFieldSelector, ObjectFieldSelector__Output as _skiff_core_v1_ObjectFieldSelector__Output } from '../../../skiff/core/v1/ObjectFieldSelector.js';
import type { ResourceFieldSelector as _skiff_core_v1_ResourceFieldSelector, ResourceFieldSelector__Output as _skiff_core_v1_ResourceFieldSelector__Output } from '../../../skiff/core/v1/ResourceFieldSelector.js';
import type { ConfigMapKeySelector as _skiff_core_v1_ConfigMapKeySelector, ConfigMapKeySelector__Output as _skiff_core_v1_ConfigMapKeySelector__Output } from '../../../skiff/core/v1/ConfigMapKeySelector.js';
import type { SecretKeySelector as _skiff_core_v1_SecretKeySelector, SecretKeySelector__Output as _skiff_core_v1_SecretKeySelector__Output } from '../../../skiff/core/v1/SecretKeySelector.js';

/**
 * EnvVarSource says where an environment variable's value comes from (exactly one source).
 */
export interface EnvVarSource {
  /**
   * A field of the pod: metadata.name, metadata.namespace, metadata.labels['k'], spec.nodeName, status.podIP, ...
   */
  'fieldRef'?: (_skiff_core_v1_ObjectFieldSelector | null);
  /**
   * A resource limit or request of a container.
   */
  'resourceFieldRef'?: (_skiff_core_v1_ResourceFieldSelector | null);
  'configMapKeyRef'?: (_skiff_core_v1_ConfigMapKeySelector | null);
  'secretKeyRef'?: (_skiff_core_v1_SecretKeySelector | null);
  '_fieldRef'?: "fieldRef";
  '_resourceFieldRef'?: "resourceFieldRef";
  '_configMapKeyRef'?: "configMapKeyRef";
  '_secretKeyRef'?: "secretKeyRef";
}

/**
 * EnvVarSource says where an environment variable's value comes from (exactly one source).
 */
export interface EnvVarSource__Output {
  /**
   * A field of the pod: metadata.name, metadata.namespace, metadata.labels['k'], spec.nodeName, status.podIP, ...
   */
  'fieldRef'?: (_skiff_core_v1_ObjectFieldSelector__Output);
  /**
   * A resource limit or request of a container.
   */
  'resourceFieldRef'?: (_skiff_core_v1_ResourceFieldSelector__Output);
  'configMapKeyRef'?: (_skiff_core_v1_ConfigMapKeySelector__Output);
  'secretKeyRef'?: (_skiff_core_v1_SecretKeySelector__Output);
}
