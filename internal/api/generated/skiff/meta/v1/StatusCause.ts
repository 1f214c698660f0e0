// Original file: proto/meta/v1/meta.proto


/**
 * StatusCause is one reason an operation failed, with the field path it concerns.
 */
export interface StatusCause {
  'reason'?: (string);
  'message'?: (string);
  'field'?: (string);
  '_reason'?: "reason";
  '_message'?: "message";
  '_field'?: "field";
}

/**
 * StatusCause is one reason an operation failed, with the field path it concerns.
 */
export interface StatusCause__Output {
  'reason'?: (string);
  'message'?: (string);
  'field'?: (string);
}
