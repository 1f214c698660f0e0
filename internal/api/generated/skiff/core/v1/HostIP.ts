// Original file: proto/core/v1/pod.proto


/**
 * HostIP is one IP address of the pod's node.
 */
export interface HostIP {
  'ip'?: (string);
  '_ip'?: "ip";
}

/**
 * HostIP is one IP address of the pod's node.
 */
export interface HostIP__Output {
  'ip'?: (string);
}
