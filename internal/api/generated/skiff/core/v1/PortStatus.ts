// Original file: proto/core/v1/service.proto


/**
 * PortStatus is the state of one service port on the load balancer.
 */
export interface PortStatus {
  'port'?: (number);
  'protocol'?: (string);
  /**
   * Why the port is not served, as a CamelCase reason; empty when it is.
   */
  'error'?: (string);
  '_port'?: "port";
  '_protocol'?: "protocol";
  '_error'?: "error";
}

/**
 * PortStatus is the state of one service port on the load balancer.
 */
export interface PortStatus__Output {
  'port'?: (number);
  'protocol'?: (string);
  /**
   * Why the port is not served, as a CamelCase reason; empty when it is.
   */
  'error'?: (string);
}
