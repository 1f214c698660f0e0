// Original file: proto/core/v1/container.proto

import type { ConfigMapEnvSource as _skiff_core_v1_ConfigMapEnvSource, ConfigMapEnvSource__Output as _skiff_core_v1_ConfigMapEnvSource__Output } from '../../../skiff/core/v1/ConfigMapEnvSource.js';
import type { SecretEnvSource as _skiff_core_v1_SecretEnvSource, SecretEnvSource__Output as _skiff_core_v1_SecretEnvSource__Output } from '../../../skiff/core/v1/SecretEnvSource.js';

/**
 * EnvFromSource imports every key of a ConfigMap or a Secret as environment variables.
 */
export interface EnvFromSource {
  /**
   * Prepended to every imported key.
   */
  'prefix'?: (string);
  'configMapRef'?: (_skiff_core_v1_ConfigMapEnvSource | null);
  'secretRef'?: (_skiff_core_v1_SecretEnvSource | null);
  '_prefix'?: "prefix";
  '_configMapRef'?: "configMapRef";
  '_secretRef'?: "secretRef";
}

/**
 * EnvFromSource imports every key of a ConfigMap or a Secret as environment variables.
 */
export interface EnvFromSource__Output {
  /**
   * Prepended to every imported key.
   */
  'prefix'?: (string);
  'configMapRef'?: (_skiff_core_v1_ConfigMapEnvSource__Output);
  'secretRef'?: (_skiff_core_v1_SecretEnvSource__Output);
}
