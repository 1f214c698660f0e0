// Original file: proto/api/v1/api.proto


/**
 * Write options shared by create, update and patch.
 */
export interface WriteOptions {
  /**
   * "All" to run every step but the write.
   */
  'dryRun'?: (string)[];
  'fieldManager'?: (string);
  /**
   * "Strict", "Warn" or "Ignore": what unknown or duplicate fields in a patch do.
   */
  'fieldValidation'?: (string);
  '_fieldManager'?: "fieldManager";
  '_fieldValidation'?: "fieldValidation";
}

/**
 * Write options shared by create, update and patch.
 */
export interface WriteOptions__Output {
  /**
   * "All" to run every step but the write.
   */
  'dryRun'?: (string)[];
  'fieldManager'?: (string);
  /**
   * "Strict", "Warn" or "Ignore": what unknown or duplicate fields in a patch do.
   */
  'fieldValidation'?: (string);
}
