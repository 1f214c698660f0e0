// Original file: proto/storage/v1/storageclass.proto


/**
 * TopologySelectorLabelRequirement requires a topology label to have one of the listed values.
 */
export interface TopologySelectorLabelRequirement {
  /**
   * The topology label key ("topology.kubernetes.io/zone").
   */
  'key'?: (string);
  'values'?: (string)[];
  '_key'?: "key";
}

/**
 * TopologySelectorLabelRequirement requires a topology label to have one of the listed values.
 */
export interface TopologySelectorLabelRequirement__Output {
  /**
   * The topology label key ("topology.kubernetes.io/zone").
   */
  'key'?: (string);
  'values'?: (string)[];
}
