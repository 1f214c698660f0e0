// Original file: proto/core/v1/affinity.proto


/**
 * NodeSelectorRequirement is one test of a label or field: In, NotIn, Exists, DoesNotExist, Gt, Lt.
 */
export interface NodeSelectorRequirement {
  'key'?: (string);
  'operator'?: (string);
  /**
   * The values to compare against: none for Exists/DoesNotExist, one integer for Gt/Lt.
   */
  'values'?: (string)[];
  '_key'?: "key";
  '_operator'?: "operator";
}

/**
 * NodeSelectorRequirement is one test of a label or field: In, NotIn, Exists, DoesNotExist, Gt, Lt.
 */
export interface NodeSelectorRequirement__Output {
  'key'?: (string);
  'operator'?: (string);
  /**
   * The values to compare against: none for Exists/DoesNotExist, one integer for Gt/Lt.
   */
  'values'?: (string)[];
}
