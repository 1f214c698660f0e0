// Original file: proto/meta/v1/meta.proto


/**
 * LabelSelectorRequirement is one set-based requirement: In, NotIn, Exists, DoesNotExist.
 */
export interface LabelSelectorRequirement {
  'key'?: (string);
  'operator'?: (string);
  'values'?: (string)[];
  '_key'?: "key";
  '_operator'?: "operator";
}

/**
 * LabelSelectorRequirement is one set-based requirement: In, NotIn, Exists, DoesNotExist.
 */
export interface LabelSelectorRequirement__Output {
  'key'?: (string);
  'operator'?: (string);
  'values'?: (string)[];
}
