// Original file: proto/meta/v1/meta.proto


/**
 * Preconditions must hold for a delete to proceed.
 */
export interface Preconditions {
  'uid'?: (string);
  'resourceVersion'?: (string);
  '_uid'?: "uid";
  '_resourceVersion'?: "resourceVersion";
}

/**
 * Preconditions must hold for a delete to proceed.
 */
export interface Preconditions__Output {
  'uid'?: (string);
  'resourceVersion'?: (string);
}
