// Original file: proto/core/v1/container.proto

import type { ExecAction as _skiff_core_v1_ExecAction, ExecAction__Output as _skiff_core_v1_ExecAction__Output } from '../../../skiff/core/v1/ExecAction.js';
import type { HTTPGetAction as _skiff_core_v1_HTTPGetAction, HTTPGetAction__Output as _skiff_core_v1_HTTPGetAction__Output } from '../../../skiff/core/v1/HTTPGetAction.js';
import type { TCPSocketAction as _skiff_core_v1_TCPSocketAction, TCPSocketAction__Output as _skiff_core_v1_TCPSocketAction__Output } from '../../../skiff/core/v1/TCPSocketAction.js';
import type { GRPCAction as _skiff_core_v1_GRPCAction, GRPCAction__Output as _skiff_core_v1_GRPCAction__Output } from '../../../skiff/core/v1/GRPCAction.js';
import type { Long } from '@grpc/proto-loader';

/**
 * Probe is a periodic health check of a container: one handler plus its timing.
 */
export interface Probe {
  /**
   * Run a command in the container; exit status 0 is success.
   */
  'exec'?: (_skiff_core_v1_ExecAction | null);
  /**
   * GET a URL; a status from 200 to 399 is success.
   */
  'httpGet'?: (_skiff_core_v1_HTTPGetAction | null);
  /**
   * Open a TCP connection; connecting is success.
   */
  'tcpSocket'?: (_skiff_core_v1_TCPSocketAction | null);
  /**
   * Call the gRPC health checking service.
   */
  'grpc'?: (_skiff_core_v1_GRPCAction | null);
  /**
   * Seconds after the container starts before the first probe.
   */
  'initialDelaySeconds'?: (number);
  /**
   * Seconds before a probe attempt counts as failed; 1 by default.
   */
  'timeoutSeconds'?: (number);
  /**
   * Seconds between attempts; 10 by default.
   */
  'periodSeconds'?: (number);
  /**
   * Consecutive successes that make a failing probe pass; 1 by default (and for liveness/startup, always 1).
   */
  'successThreshold'?: (number);
  /**
   * Consecutive failures that make a passing probe fail; 3 by default.
   */
  'failureThreshold'?: (number);
  /**
   * Overrides the pod's grace period when a failing probe kills the container.
   */
  'terminationGracePeriodSeconds'?: (number | string | Long);
  '_exec'?: "exec";
  '_httpGet'?: "httpGet";
  '_tcpSocket'?: "tcpSocket";
  '_grpc'?: "grpc";
  '_initialDelaySeconds'?: "initialDelaySeconds";
  '_timeoutSeconds'?: "timeoutSeconds";
  '_periodSeconds'?: "periodSeconds";
  '_successThreshold'?: "successThreshold";
  '_failureThreshold'?: "failureThreshold";
  '_terminationGracePeriodSeconds'?: "terminationGracePeriodSeconds";
}

/**
 * Probe is a periodic health check of a container: one handler plus its timing.
 */
export interface Probe__Output {
  /**
   * Run a command in the container; exit status 0 is success.
   */
  'exec'?: (_skiff_core_v1_ExecAction__Output);
  /**
   * GET a URL; a status from 200 to 399 is success.
   */
  'httpGet'?: (_skiff_core_v1_HTTPGetAction__Output);
  /**
   * Open a TCP connection; connecting is success.
   */
  'tcpSocket'?: (_skiff_core_v1_TCPSocketAction__Output);
  /**
   * Call the gRPC health checking service.
   */
  'grpc'?: (_skiff_core_v1_GRPCAction__Output);
  /**
   * Seconds after the container starts before the first probe.
   */
  'initialDelaySeconds'?: (number);
  /**
   * Seconds before a probe attempt counts as failed; 1 by default.
   */
  'timeoutSeconds'?: (number);
  /**
   * Seconds between attempts; 10 by default.
   */
  'periodSeconds'?: (number);
  /**
   * Consecutive successes that make a failing probe pass; 1 by default (and for liveness/startup, always 1).
   */
  'successThreshold'?: (number);
  /**
   * Consecutive failures that make a passing probe fail; 3 by default.
   */
  'failureThreshold'?: (number);
  /**
   * Overrides the pod's grace period when a failing probe kills the container.
   */
  'terminationGracePeriodSeconds'?: (number);
}
