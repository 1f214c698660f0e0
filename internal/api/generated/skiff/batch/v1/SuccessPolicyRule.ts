// Original file: proto/batch/v1/job.proto


/**
 * SuccessPolicyRule is met when enough of the named indexes have succeeded; set at least one field.
 */
export interface SuccessPolicyRule {
  /**
   * Indexes that count, as a list of numbers and ranges ("0,2-4").
   */
  'succeededIndexes'?: (string);
  /**
   * How many of those indexes (or of all indexes) must have succeeded.
   */
  'succeededCount'?: (number);
  '_succeededIndexes'?: "succeededIndexes";
  '_succeededCount'?: "succeededCount";
}

/**
 * SuccessPolicyRule is met when enough of the named indexes have succeeded; set at least one field.
 */
export interface SuccessPolicyRule__Output {
  /**
   * Indexes that count, as a list of numbers and ranges ("0,2-4").
   */
  'succeededIndexes'?: (string);
  /**
   * How many of those indexes (or of all indexes) must have succeeded.
   */
  'succeededCount'?: (number);
}
