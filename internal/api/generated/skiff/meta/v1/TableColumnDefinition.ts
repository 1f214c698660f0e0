// Original file: proto/meta/v1/meta.proto


/**
 * TableColumnDefinition describes one column; priority 0 is shown always, higher only in wide output.
 */
export interface TableColumnDefinition {
  'name'?: (string);
  /**
   * An OpenAPI type: string, integer, number, boolean.
   */
  'type'?: (string);
  /**
   * An OpenAPI format: name, date-time, ...
   */
  'format'?: (string);
  'description'?: (string);
  'priority'?: (number);
  '_name'?: "name";
  '_type'?: "type";
  '_format'?: "format";
  '_description'?: "description";
  '_priority'?: "priority";
}

/**
 * TableColumnDefinition describes one column; priority 0 is shown always, higher only in wide output.
 */
export interface TableColumnDefinition__Output {
  'name'?: (string);
  /**
   * An OpenAPI type: string, integer, number, boolean.
   */
  'type'?: (string);
  /**
   * An OpenAPI format: name, date-time, ...
   */
  'format'?: (string);
  'description'?: (string);
  'priority'?: (number);
}
