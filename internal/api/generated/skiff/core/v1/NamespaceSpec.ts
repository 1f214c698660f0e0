// Original file: proto/core/v1/namespace.proto


/**
 * NamespaceSpec holds the finalizers that must empty the namespace before it goes.
 */
export interface NamespaceSpec {
  'finalizers'?: (string)[];
}

/**
 * NamespaceSpec holds the finalizers that must empty the namespace before it goes.
 */
export interface NamespaceSpec__Output {
  'finalizers'?: (string)[];
}
