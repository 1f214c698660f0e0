// Original file: proto/core/v1/container.proto


/**
 * Capabilities lists Linux capabilities to add and to drop (ALL drops every one).
 */
export interface Capabilities {
  'add'?: (string)[];
  'drop'?: (string)[];
}

/**
 * Capabilities lists Linux capabilities to add and to drop (ALL drops every one).
 */
export interface Capabilities__Output {
  'add'?: (string)[];
  'drop'?: (string)[];
}
