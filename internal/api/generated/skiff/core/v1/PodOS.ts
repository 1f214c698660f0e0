// Original file: proto/core/v1/pod.proto


/**
 * PodOS names the operating system the pod's containers need.
 */
export interface PodOS {
  /**
   * linux or windows.
   */
  'name'?: (string);
  '_name'?: "name";
}

/**
 * PodOS names the operating system the pod's containers need.
 */
export interface PodOS__Output {
  /**
   * linux or windows.
   */
  'name'?: (string);
}
