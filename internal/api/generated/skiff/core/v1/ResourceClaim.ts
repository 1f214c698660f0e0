// Original file: proto/core/v1/core_common.proto


/**
 * ResourceClaim names one entry of the pod's resourceClaims that a container uses.
 */
export interface ResourceClaim {
  'name'?: (string);
  /**
   * One request inside the claim; the whole claim when empty.
   */
  'request'?: (string);
  '_name'?: "name";
  '_request'?: "request";
}

/**
 * ResourceClaim names one entry of the pod's resourceClaims that a container uses.
 */
export interface ResourceClaim__Output {
  'name'?: (string);
  /**
   * One request inside the claim; the whole claim when empty.
   */
  'request'?: (string);
}
