// Original file: proto/core/v1/core_common.proto


/**
 * ObjectReference points at any object, optionally at a field inside it.
 */
export interface ObjectReference {
  'kind'?: (string);
  'namespace'?: (string);
  'name'?: (string);
  'uid'?: (string);
  'apiVersion'?: (string);
  /**
   * The revision of the object this reference was taken at, when it matters.
   */
  'resourceVersion'?: (string);
  /**
   * A path inside the object, such as `spec.containers{web}` for one container of a pod.
   */
  'fieldPath'?: (string);
  '_kind'?: "kind";
  '_namespace'?: "namespace";
  '_name'?: "name";
  '_uid'?: "uid";
  '_apiVersion'?: "apiVersion";
  '_resourceVersion'?: "resourceVersion";
  '_fieldPath'?: "fieldPath";
}

/**
 * ObjectReference points at any object, optionally at a field inside it.
 */
export interface ObjectReference__Output {
  'kind'?: (string);
  'namespace'?: (string);
  'name'?: (string);
  'uid'?: (string);
  'apiVersion'?: (string);
  /**
   * The revision of the object this reference was taken at, when it matters.
   */
  'resourceVersion'?: (string);
  /**
   * A path inside the object, such as `spec.containers{web}` for one container of a pod.
   */
  'fieldPath'?: (string);
}
