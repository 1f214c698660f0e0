// Original file: proto/core/v1/node.proto


/**
 * DaemonEndpoint is one daemon's port (the JSON key is capitalized, as in Kubernetes).
 */
export interface DaemonEndpoint {
  'Port'?: (number);
  '_Port'?: "Port";
}

/**
 * DaemonEndpoint is one daemon's port (the JSON key is capitalized, as in Kubernetes).
 */
export interface DaemonEndpoint__Output {
  'Port'?: (number);
}
