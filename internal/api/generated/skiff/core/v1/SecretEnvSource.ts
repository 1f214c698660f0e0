// Original file: proto/core/v1/container.proto


/**
 * SecretEnvSource names the Secret whose keys become environment variables.
 */
export interface SecretEnvSource {
  'name'?: (string);
  /**
   * Start the container even when the Secret is missing.
   */
  'optional'?: (boolean);
  '_name'?: "name";
  '_optional'?: "optional";
}

/**
 * SecretEnvSource names the Secret whose keys become environment variables.
 */
export interface SecretEnvSource__Output {
  'name'?: (string);
  /**
   * Start the container even when the Secret is missing.
   */
  'optional'?: (boolean);
}
