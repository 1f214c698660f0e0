// Original file: proto/core/v1/core_common.proto


/**
 * ObjectFieldSelector picks one field of the pod (metadata.name, status.podIP, ...).
 */
export interface ObjectFieldSelector {
  /**
   * The version the field path is written against; "v1" when empty.
   */
  'apiVersion'?: (string);
  'fieldPath'?: (string);
  '_apiVersion'?: "apiVersion";
  '_fieldPath'?: "fieldPath";
}

/**
 * ObjectFieldSelector picks one field of the pod (metadata.name, status.podIP, ...).
 */
export interface ObjectFieldSelector__Output {
  /**
   * The version the field path is written against; "v1" when empty.
   */
  'apiVersion'?: (string);
  'fieldPath'?: (string);
}
