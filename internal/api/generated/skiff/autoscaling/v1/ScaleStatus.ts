// Original file: proto/autoscaling/v1/scale.proto


/**
 * ScaleStatus holds the observed replica count and the selector of the pods counted.
 */
export interface ScaleStatus {
  'replicas'?: (number);
  /**
   * The pod selector in label-query string form ("app=web,tier in (front)").
   */
  'selector'?: (string);
  '_replicas'?: "replicas";
  '_selector'?: "selector";
}

/**
 * ScaleStatus holds the observed replica count and the selector of the pods counted.
 */
export interface ScaleStatus__Output {
  'replicas'?: (number);
  /**
   * The pod selector in label-query string form ("app=web,tier in (front)").
   */
  'selector'?: (string);
}
