// Original file: proto/core/v1/pod.proto


/**
 * Sysctl is one kernel parameter and its value.
 */
export interface Sysctl {
  'name'?: (string);
  'value'?: (string);
  '_name'?: "name";
  '_value'?: "value";
}

/**
 * Sysctl is one kernel parameter and its value.
 */
export interface Sysctl__Output {
  'name'?: (string);
  'value'?: (string);
}
