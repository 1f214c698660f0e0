// Original file: proto/core/v1/volume.proto

import type { KeyToPath as _skiff_core_v1_KeyToPath, KeyToPath__Output as _skiff_core_v1_KeyToPath__Output } from '../../../skiff/core/v1/KeyToPath.js';

/**
 * ConfigMapProjection projects the keys of a ConfigMap.
 */
export interface ConfigMapProjection {
  'name'?: (string);
  'items'?: (_skiff_core_v1_KeyToPath)[];
  'optional'?: (boolean);
  '_name'?: "name";
  '_optional'?: "optional";
}

/**
 * ConfigMapProjection projects the keys of a ConfigMap.
 */
export interface ConfigMapProjection__Output {
  'name'?: (string);
  'items'?: (_skiff_core_v1_KeyToPath__Output)[];
  'optional'?: (boolean);
}
