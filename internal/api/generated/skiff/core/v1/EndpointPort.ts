// Original file: proto/core/v1/endpoints.proto


/**
 * EndpointPort is one port served by the addresses of a subset.
 */
export interface EndpointPort {
  /**
   * Matches the service port's name.
   */
  'name'?: (string);
  'port'?: (number);
  /**
   * TCP (the default), UDP or SCTP.
   */
  'protocol'?: (string);
  'appProtocol'?: (string);
  '_name'?: "name";
  '_port'?: "port";
  '_protocol'?: "protocol";
  '_appProtocol'?: "appProtocol";
}

/**
 * EndpointPort is one port served by the addresses of a subset.
 */
export interface EndpointPort__Output {
  /**
   * Matches the service port's name.
   */
  'name'?: (string);
  'port'?: (number);
  /**
   * TCP (the default), UDP or SCTP.
   */
  'protocol'?: (string);
  'appProtocol'?: (string);
}
