// Original file: proto/core/v1/volume.proto

import type { KeyToPath as _skiff_core_v1_KeyToPath, KeyToPath__Output as _skiff_core_v1_KeyToPath__Output } from '../../../skiff/core/v1/KeyToPath.js';

/**
 * SecretProjection projects the keys of a Secret.
 */
export interface SecretProjection {
  'name'?: (string);
  'items'?: (_skiff_core_v1_KeyToPath)[];
  'optional'?: (boolean);
  '_name'?: "name";
  '_optional'?: "optional";
}

/**
 * SecretProjection projects the keys of a Secret.
 */
export interface SecretProjection__Output {
  'name'?: (string);
  'items'?: (_skiff_core_v1_KeyToPath__Output)[];
  'optional'?: (boolean);
}
