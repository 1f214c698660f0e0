// Original file: proto/core/v1/volume.proto

import type { ObjectFieldSelector as _skiff_core_v1_ObjectFieldSelector, ObjectFieldSelector__Output as _skiff_core_v1_ObjectFieldSelector__Output } from '../../../skiff/core/v1/ObjectFieldSelector.js';
import type { ResourceFieldSelector as _skiff_core_v1_ResourceFieldSelector, ResourceFieldSelector__Output as _skiff_core_v1_ResourceFieldSelector__Output } from '../../../skiff/core/v1/ResourceFieldSelector.js';

/**
 * DownwardAPIVolumeFile is one file holding a pod field or a container resource value.
 */
export interface DownwardAPIVolumeFile {
  /**
   * Relative, without '..'.
   */
  'path'?: (string);
  /**
   * A pod field: metadata.name, metadata.namespace, metadata.labels, metadata.annotations, ...
   */
  'fieldRef'?: (_skiff_core_v1_ObjectFieldSelector | null);
  'resourceFieldRef'?: (_skiff_core_v1_ResourceFieldSelector | null);
  'mode'?: (number);
  '_path'?: "path";
  '_fieldRef'?: "fieldRef";
  '_resourceFieldRef'?: "resourceFieldRef";
  '_mode'?: "mode";
}

/**
 * DownwardAPIVolumeFile is one file holding a pod field or a container resource value.
 */
export interface DownwardAPIVolumeFile__Output {
  /**
   * Relative, without '..'.
   */
  'path'?: (string);
  /**
   * A pod field: metadata.name, metadata.namespace, metadata.labels, metadata.annotations, ...
   */
  'fieldRef'?: (_skiff_core_v1_ObjectFieldSelector__Output);
  'resourceFieldRef'?: (_skiff_core_v1_ResourceFieldSelector__Output);
  'mode'?: (number);
}
