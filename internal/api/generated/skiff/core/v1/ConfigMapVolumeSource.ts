// Original file: proto/core/v1/volume.proto

import type { KeyToPath as _skiff_core_v1_KeyToPath, KeyToPath__Output as _skiff_core_v1_KeyToPath__Output } from '../../../skiff/core/v1/KeyToPath.js';

/**
 * ConfigMapVolumeSource writes the keys of a ConfigMap as files.
 */
export interface ConfigMapVolumeSource {
  'name'?: (string);
  /**
   * Which keys to write and where; every key, under its own name, when empty.
   */
  'items'?: (_skiff_core_v1_KeyToPath)[];
  /**
   * File mode bits for the files (0644 by default); JSON carries it in decimal.
   */
  'defaultMode'?: (number);
  /**
   * Start the pod even when the ConfigMap or a listed key is missing.
   */
  'optional'?: (boolean);
  '_name'?: "name";
  '_defaultMode'?: "defaultMode";
  '_optional'?: "optional";
}

/**
 * ConfigMapVolumeSource writes the keys of a ConfigMap as files.
 */
export interface ConfigMapVolumeSource__Output {
  'name'?: (string);
  /**
   * Which keys to write and where; every key, under its own name, when empty.
   */
  'items'?: (_skiff_core_v1_KeyToPath__Output)[];
  /**
   * File mode bits for the files (0644 by default); JSON carries it in decimal.
   */
  'defaultMode'?: (number);
  /**
   * Start the pod even when the ConfigMap or a listed key is missing.
   */
  'optional'?: (boolean);
}
