// Original file: proto/core/v1/volume.proto

import type { SecretProjection as _skiff_core_v1_SecretProjection, SecretProjection__Output as _skiff_core_v1_SecretProjection__Output } from '../../../skiff/core/v1/SecretProjection.js';
import type { DownwardAPIProjection as _skiff_core_v1_DownwardAPIProjection, DownwardAPIProjection__Output as _skiff_core_v1_DownwardAPIProjection__Output } from '../../../skiff/core/v1/DownwardAPIProjection.js';
import type { ConfigMapProjection as _skiff_core_v1_ConfigMapProjection, ConfigMapProjection__Output as _skiff_core_v1_ConfigMapProjection__Output } from '../../../skiff/core/v1/ConfigMapProjection.js';
import type { ServiceAccountTokenProjection as _skiff_core_v1_ServiceAccountTokenProjection, ServiceAccountTokenProjection__Output as _skiff_core_v1_ServiceAccountTokenProjection__Output } from '../../../skiff/core/v1/ServiceAccountTokenProjection.js';

/**
 * VolumeProjection is one source of a projected volume; exactly one field is set.
 */
export interface VolumeProjection {
  'secret'?: (_skiff_core_v1_SecretProjection | null);
  'downwardAPI'?: (_skiff_core_v1_DownwardAPIProjection | null);
  'configMap'?: (_skiff_core_v1_ConfigMapProjection | null);
  'serviceAccountToken'?: (_skiff_core_v1_ServiceAccountTokenProjection | null);
  '_secret'?: "secret";
  '_downwardAPI'?: "downwardAPI";
  '_configMap'?: "configMap";
  '_serviceAccountToken'?: "serviceAccountToken";
}

/**
 * VolumeProjection is one source of a projected volume; exactly one field is set.
 */
export interface VolumeProjection__Output {
  'secret'?: (_skiff_core_v1_SecretProjection__Output);
  'downwardAPI'?: (_skiff_core_v1_DownwardAPIProjection__Output);
  'configMap'?: (_skiff_core_v1_ConfigMapProjection__Output);
  'serviceAccountToken'?: (_skiff_core_v1_ServiceAccountTokenProjection__Output);
}
