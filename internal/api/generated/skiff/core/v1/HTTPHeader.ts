// Original file: proto/core/v1/container.proto


/**
 * HTTPHeader is one request header of an HTTP probe.
 */
export interface HTTPHeader {
  'name'?: (string);
  'value'?: (string);
  '_name'?: "name";
  '_value'?: "value";
}

/**
 * HTTPHeader is one request header of an HTTP probe.
 */
export interface HTTPHeader__Output {
  'name'?: (string);
  'value'?: (string);
}
