// Original file: proto/core/v1/pod.proto


/**
 * PodIP is one IP address of the pod.
 */
export interface PodIP {
  'ip'?: (string);
  '_ip'?: "ip";
}

/**
 * PodIP is one IP address of the pod.
 */
export interface PodIP__Output {
  'ip'?: (string);
}
