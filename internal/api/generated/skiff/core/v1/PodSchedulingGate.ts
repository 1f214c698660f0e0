// Original file: proto/core/v1/pod.proto


/**
 * PodSchedulingGate is one named hold that keeps the pod from being scheduled.
 */
export interface PodSchedulingGate {
  'name'?: (string);
  '_name'?: "name";
}

/**
 * PodSchedulingGate is one named hold that keeps the pod from being scheduled.
 */
export interface PodSchedulingGate__Output {
  'name'?: (string);
}
