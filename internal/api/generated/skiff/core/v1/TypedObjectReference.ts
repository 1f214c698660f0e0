// Original file: proto/core/v1/core_common.proto


/**
 * TypedObjectReference names an object of a given kind, possibly in another namespace.
 */
export interface TypedObjectReference {
  /**
   * The API group of the kind; empty for the core group.
   */
  'apiGroup'?: (string);
  'kind'?: (string);
  'name'?: (string);
  'namespace'?: (string);
  '_apiGroup'?: "apiGroup";
  '_kind'?: "kind";
  '_name'?: "name";
  '_namespace'?: "namespace";
}

/**
 * TypedObjectReference names an object of a given kind, possibly in another namespace.
 */
export interface TypedObjectReference__Output {
  /**
   * The API group of the kind; empty for the core group.
   */
  'apiGroup'?: (string);
  'kind'?: (string);
  'name'?: (string);
  'namespace'?: (string);
}
