// Original file: proto/core/v1/pod.proto

import type { ContainerStateWaiting as _skiff_core_v1_ContainerStateWaiting, ContainerStateWaiting__Output as _skiff_core_v1_ContainerStateWaiting__Output } from '../../../skiff/core/v1/ContainerStateWaiting.js';
import type { ContainerStateRunning as _skiff_core_v1_ContainerStateRunning, ContainerStateRunning__Output as _skiff_core_v1_ContainerStateRunning__Output } from '../../../skiff/core/v1/ContainerStateRunning.js';
import type { ContainerStateTerminated as _skiff_core_v1_ContainerStateTerminated, ContainerStateTerminated__Output as _skiff_core_v1_ContainerStateTerminated__Output } from '../../../skiff/core/v1/ContainerStateTerminated.js';

/**
 * ContainerState is one of waiting, running or terminated; exactly one is set.
 */
export interface ContainerState {
  'waiting'?: (_skiff_core_v1_ContainerStateWaiting | null);
  'running'?: (_skiff_core_v1_ContainerStateRunning | null);
  'terminated'?: (_skiff_core_v1_ContainerStateTerminated | null);
  '_waiting'?: "waiting";
  '_running'?: "running";
  '_terminated'?: "terminated";
}

/**
 * ContainerState is one of waiting, running or terminated; exactly one is set.
 */
export interface ContainerState__Output {
  'waiting'?: (_skiff_core_v1_ContainerStateWaiting__Output);
  'running'?: (_skiff_core_v1_ContainerStateRunning__Output);
  'terminated'?: (_skiff_core_v1_ContainerStateTerminated__Output);
}
