// Original file: proto/core/v1/container.proto


/**
 * SecretKeySelector picks one key of a Secret in the pod's namespace.
 */
export interface SecretKeySelector {
  'name'?: (string);
  'key'?: (string);
  /**
   * Leave the variable unset, rather than fail, when the Secret or key is missing.
   */
  'optional'?: (boolean);
  '_name'?: "name";
  '_key'?: "key";
  '_optional'?: "optional";
}

/**
 * SecretKeySelector picks one key of a Secret in the pod's namespace.
 */
export interface SecretKeySelector__Output {
  'name'?: (string);
  'key'?: (string);
  /**
   * Leave the variable unset, rather than fail, when the Secret or key is missing.
   */
  'optional'?: (boolean);
}
