// Original file: proto/core/v1/container.proto


/**
 * ConfigMapKeySelector picks one key of a ConfigMap in the pod's namespace.
 */
export interface ConfigMapKeySelector {
  'name'?: (string);
  'key'?: (string);
  /**
   * Leave the variable unset, rather than fail, when the ConfigMap or key is missing.
   */
  'optional'?: (boolean);
  '_name'?: "name";
  '_key'?: "key";
  '_optional'?: "optional";
}

/**
 * ConfigMapKeySelector picks one key of a ConfigMap in the pod's namespace.
 */
export interface ConfigMapKeySelector__Output {
  'name'?: (string);
  'key'?: (string);
  /**
   * Leave the variable unset, rather than fail, when the ConfigMap or key is missing.
   */
  'optional'?: (boolean);
}
