// Original file: proto/meta/v1/meta.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Condition is the standard condition shape (metav1.Condition).
 */
export interface Condition {
  'type'?: (string);
  'status'?: (string);
  'observedGeneration'?: (number | string | Long);
  'lastTransitionTime'?: (string);
  'reason'?: (string);
  'message'?: (string);
  '_type'?: "type";
  '_status'?: "status";
  '_observedGeneration'?: "observedGeneration";
  '_lastTransitionTime'?: "lastTransitionTime";
  '_reason'?: "reason";
  '_message'?: "message";
}

/**
 * Condition is the standard condition shape (metav1.Condition).
 */
export interface Condition__Output {
  'type'?: (string);
  'status'?: (string);
  'observedGeneration'?: (number);
  'lastTransitionTime'?: (string);
  'reason'?: (string);
  'message'?: (string);
}
