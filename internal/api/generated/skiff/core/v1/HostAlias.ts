// Original file: proto/core/v1/pod.proto


/**
 * HostAlias maps an IP address to host names in the pod's /etc/hosts.
 */
export interface HostAlias {
  'ip'?: (string);
  'hostnames'?: (string)[];
  '_ip'?: "ip";
}

/**
 * HostAlias maps an IP address to host names in the pod's /etc/hosts.
 */
export interface HostAlias__Output {
  'ip'?: (string);
  'hostnames'?: (string)[];
}
