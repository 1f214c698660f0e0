// Original file: proto/core/v1/node.proto


/**
 * NodeAddress is one address of the node: Hostname, InternalIP, ExternalIP, InternalDNS or ExternalDNS.
 */
export interface NodeAddress {
  'type'?: (string);
  'address'?: (string);
  '_type'?: "type";
  '_address'?: "address";
}

/**
 * NodeAddress is one address of the node: Hostname, InternalIP, ExternalIP, InternalDNS or ExternalDNS.
 */
export interface NodeAddress__Output {
  'type'?: (string);
  'address'?: (string);
}
