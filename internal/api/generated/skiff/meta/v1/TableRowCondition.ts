// Original file: proto/meta/v1/meta.proto


/**
 * TableRowCondition marks a row (Completed: the object is finished).
 */
export interface TableRowCondition {
  'type'?: (string);
  'status'?: (string);
  'reason'?: (string);
  'message'?: (string);
  '_type'?: "type";
  '_status'?: "status";
  '_reason'?: "reason";
  '_message'?: "message";
}

/**
 * TableRowCondition marks a row (Completed: the object is finished).
 */
export interface TableRowCondition__Output {
  'type'?: (string);
  'status'?: (string);
  'reason'?: (string);
  'message'?: (string);
}
