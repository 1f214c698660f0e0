// Original file: proto/core/v1/core_common.proto


/**
 * TypedLocalObjectReference names an object of a given kind in the same namespace.
 */
export interface TypedLocalObjectReference {
  /**
   * The API group of the kind; empty for the core group.
   */
  'apiGroup'?: (string);
  'kind'?: (string);
  'name'?: (string);
  '_apiGroup'?: "apiGroup";
  '_kind'?: "kind";
  '_name'?: "name";
}

/**
 * TypedLocalObjectReference names an object of a given kind in the same namespace.
 */
export interface TypedLocalObjectReference__Output {
  /**
   * The API group of the kind; empty for the core group.
   */
  'apiGroup'?: (string);
  'kind'?: (string);
  'name'?: (string);
}
