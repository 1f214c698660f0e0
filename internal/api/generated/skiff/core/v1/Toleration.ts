// Original file: proto/core/v1/core_common.proto

import type { Long } from '@grpc/proto-loader';

/**
 * Toleration lets a pod be scheduled onto (or stay on) a node carrying a matching taint.
 */
export interface Toleration {
  /**
   * The taint key to match; empty with operator Exists matches every taint.
   */
  'key'?: (string);
  /**
   * "Exists" or "Equal" (the default).
   */
  'operator'?: (string);
  'value'?: (string);
  /**
   * The taint effect to match: NoSchedule, PreferNoSchedule or NoExecute; empty matches all.
   */
  'effect'?: (string);
  /**
   * For NoExecute: how long the pod stays bound after the taint appears; absent means forever.
   */
  'tolerationSeconds'?: (number | string | Long);
  '_key'?: "key";
  '_operator'?: "operator";
  '_value'?: "value";
  '_effect'?: "effect";
  '_tolerationSeconds'?: "tolerationSeconds";
}

/**
 * Toleration lets a pod be scheduled onto (or stay on) a node carrying a matching taint.
 */
export interface Toleration__Output {
  /**
   * The taint key to match; empty with operator Exists matches every taint.
   */
  'key'?: (string);
  /**
   * "Exists" or "Equal" (the default).
   */
  'operator'?: (string);
  'value'?: (string);
  /**
   * The taint effect to match: NoSchedule, PreferNoSchedule or NoExecute; empty matches all.
   */
  'effect'?: (string);
  /**
   * For NoExecute: how long the pod stays bound after the taint appears; absent means forever.
   */
  'tolerationSeconds'?: (number);
}
