// Original file: proto/api/v1/api.proto


/**
 * Warnings are the messages of a request that succeeded with warnings (fieldValidation=Warn).
 */
export interface Warnings {
  'messages'?: (string)[];
}

/**
 * Warnings are the messages of a request that succeeded with warnings (fieldValidation=Warn).
 */
export interface Warnings__Output {
  'messages'?: (string)[];
}
