// Original file: proto/core/v1/core_common.proto


/**
 * LocalObjectReference names an object in the same namespace.
 */
export interface LocalObjectReference {
  'name'?: (string);
  '_name'?: "name";
}

/**
 * LocalObjectReference names an object in the same namespace.
 */
export interface LocalObjectReference__Output {
  'name'?: (string);
}
