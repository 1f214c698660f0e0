// Original file: proto/core/v1/core_common.proto


/**
 * ResourceFieldSelector picks a container's resource limit or request (limits.cpu, requests.memory, ...).
 */
export interface ResourceFieldSelector {
  /**
   * Required for volumes; defaults to the container being set up in env.
   */
  'containerName'?: (string);
  'resource'?: (string);
  /**
   * The unit the value is divided by before it is written out (quantity, "1" by default).
   */
  'divisor'?: (string);
  '_containerName'?: "containerName";
  '_resource'?: "resource";
  '_divisor'?: "divisor";
}

/**
 * ResourceFieldSelector picks a container's resource limit or request (limits.cpu, requests.memory, ...).
 */
export interface ResourceFieldSelector__Output {
  /**
   * Required for volumes; defaults to the container being set up in env.
   */
  'containerName'?: (string);
  'resource'?: (string);
  /**
   * The unit the value is divided by before it is written out (quantity, "1" by default).
   */
  'divisor'?: (string);
}
