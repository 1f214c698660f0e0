// Original file: proto/core/v1/container.proto

import type { ExecAction as _skiff_core_v1_ExecAction, ExecAction__Output as _skiff_core_v1_ExecAction__Output } from '../../../skiff/core/v1/ExecAction.js';
import type { HTTPGetAction as _skiff_core_v1_HTTPGetAction, HTTPGetAction__Output as _skiff_core_v1_HTTPGetAction__Output } from '../../../skiff/core/v1/HTTPGetAction.js';
import type { TCPSocketAction as _skiff_core_v1_TCPSocketAction, TCPSocketAction__Output as _skiff_core_v1_TCPSocketAction__Output } from '../../../skiff/core/v1/TCPSocketAction.js';
import type { SleepAction as _skiff_core_v1_SleepAction, SleepAction__Output as _skiff_core_v1_SleepAction__Output } from '../../../skiff/core/v1/SleepAction.js';

/**
 * LifecycleHandler is the one action of a lifecycle hook.
 */
export interface LifecycleHandler {
  'exec'?: (_skiff_core_v1_ExecAction | null);
  'httpGet'?: (_skiff_core_v1_HTTPGetAction | null);
  /**
   * Kept for compatibility; not run as a hook.
   */
  'tcpSocket'?: (_skiff_core_v1_TCPSocketAction | null);
  'sleep'?: (_skiff_core_v1_SleepAction | null);
  '_exec'?: "exec";
  '_httpGet'?: "httpGet";
  '_tcpSocket'?: "tcpSocket";
  '_sleep'?: "sleep";
}

/**
 * LifecycleHandler is the one action of a lifecycle hook.
 */
export interface LifecycleHandler__Output {
  'exec'?: (_skiff_core_v1_ExecAction__Output);
  'httpGet'?: (_skiff_core_v1_HTTPGetAction__Output);
  /**
   * Kept for compatibility; not run as a hook.
   */
  'tcpSocket'?: (_skiff_core_v1_TCPSocketAction__Output);
  'sleep'?: (_skiff_core_v1_SleepAction__Output);
}
