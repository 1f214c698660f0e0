// Original file: proto/core/v1/pod.proto


/**
 * PodDNSConfigOption is one resolver option (ndots, timeout, ...), with an optional value.
 */
export interface PodDNSConfigOption {
  'name'?: (string);
  'value'?: (string);
  '_name'?: "name";
  '_value'?: "value";
}

/**
 * PodDNSConfigOption is one resolver option (ndots, timeout, ...), with an optional value.
 */
export interface PodDNSConfigOption__Output {
  'name'?: (string);
  'value'?: (string);
}
