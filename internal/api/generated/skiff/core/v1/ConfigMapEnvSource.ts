// Original file: proto/core/v1/container.proto


/**
 * ConfigMapEnvSource names the ConfigMap whose keys become environment variables.
 */
export interface ConfigMapEnvSource {
  'name'?: (string);
  /**
   * Start the container even when the ConfigMap is missing.
   */
  'optional'?: (boolean);
  '_name'?: "name";
  '_optional'?: "optional";
}

/**
 * ConfigMapEnvSource names the ConfigMap whose keys become environment variables.
 */
export interface ConfigMapEnvSource__Output {
  'name'?: (string);
  /**
   * Start the container even when the ConfigMap is missing.
   */
  'optional'?: (boolean);
}
