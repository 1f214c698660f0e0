// Original file: proto/core/v1/pod.proto


/**
 * PodReadinessGate names an extra pod condition that readiness waits for.
 */
export interface PodReadinessGate {
  'conditionType'?: (string);
  '_conditionType'?: "conditionType";
}

/**
 * PodReadinessGate names an extra pod condition that readiness waits for.
 */
export interface PodReadinessGate__Output {
  'conditionType'?: (string);
}
