// Original file: proto/meta/v1/meta.proto


/**
 * OwnerReference names an object that owns this one; the garbage collector follows these.
 */
export interface OwnerReference {
  'apiVersion'?: (string);
  'kind'?: (string);
  'name'?: (string);
  'uid'?: (string);
  'controller'?: (boolean);
  'blockOwnerDeletion'?: (boolean);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_name'?: "name";
  '_uid'?: "uid";
  '_controller'?: "controller";
  '_blockOwnerDeletion'?: "blockOwnerDeletion";
}

/**
 * OwnerReference names an object that owns this one; the garbage collector follows these.
 */
export interface OwnerReference__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'name'?: (string);
  'uid'?: (string);
  'controller'?: (boolean);
  'blockOwnerDeletion'?: (boolean);
}
