// Original file: proto/autoscaling/v1/scale.proto


/**
 * ScaleSpec holds the desired replica count.
 */
export interface ScaleSpec {
  'replicas'?: (number);
  '_replicas'?: "replicas";
}

/**
 * ScaleSpec holds the desired replica count.
 */
export interface ScaleSpec__Output {
  'replicas'?: (number);
}
