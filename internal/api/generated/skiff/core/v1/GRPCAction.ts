// Original file: proto/core/v1/container.proto


/**
 * GRPCAction calls the standard gRPC health checking service of the container.
 */
export interface GRPCAction {
  'port'?: (number);
  /**
   * The service name sent in the health check request; empty asks about the server as a whole.
   */
  'service'?: (string);
  '_port'?: "port";
  '_service'?: "service";
}

/**
 * GRPCAction calls the standard gRPC health checking service of the container.
 */
export interface GRPCAction__Output {
  'port'?: (number);
  /**
   * The service name sent in the health check request; empty asks about the server as a whole.
   */
  'service'?: (string);
}
