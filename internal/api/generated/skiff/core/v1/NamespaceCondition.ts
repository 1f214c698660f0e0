// Original file: proto/core/v1/namespace.proto


/**
 * NamespaceCondition says what still blocks a Terminating namespace.
 */
export interface NamespaceCondition {
  'type'?: (string);
  'status'?: (string);
  'lastTransitionTime'?: (string);
  'reason'?: (string);
  'message'?: (string);
  '_type'?: "type";
  '_status'?: "status";
  '_lastTransitionTime'?: "lastTransitionTime";
  '_reason'?: "reason";
  '_message'?: "message";
}

/**
 * NamespaceCondition says what still blocks a Terminating namespace.
 */
export interface NamespaceCondition__Output {
  'type'?: (string);
  'status'?: (string);
  'lastTransitionTime'?: (string);
  'reason'?: (string);
  'message'?: (string);
}
