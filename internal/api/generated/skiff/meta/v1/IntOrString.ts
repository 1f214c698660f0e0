// Original file: proto/meta/v1/meta.proto


/**
 * IntOrString holds either an integer or a string; JSON and YAML write it as a bare number or a string.
 */
export interface IntOrString {
  'intVal'?: (number);
  'strVal'?: (string);
  'value'?: "intVal"|"strVal";
}

/**
 * IntOrString holds either an integer or a string; JSON and YAML write it as a bare number or a string.
 */
export interface IntOrString__Output {
  'intVal'?: (number);
  'strVal'?: (string);
}
