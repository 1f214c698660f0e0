// Original file: proto/core/v1/pod.proto

import type { PodCondition as _skiff_core_v1_PodCondition, PodCondition__Output as _skiff_core_v1_PodCondition__Output } from '../../../skiff/core/v1/PodCondition.js';
import type { HostIP as _skiff_core_v1_HostIP, HostIP__Output as _skiff_core_v1_HostIP__Output } from '../../../skiff/core/v1/HostIP.js';
import type { PodIP as _skiff_core_v1_PodIP, PodIP__Output as _skiff_core_v1_PodIP__Output } from '../../../skiff/core/v1/PodIP.js';
import type { ContainerStatus as _skiff_core_v1_ContainerStatus, ContainerStatus__Output as _skiff_core_v1_ContainerStatus__Output } from '../../../skiff/core/v1/ContainerStatus.js';

/**
 * PodStatus is what is known about a pod: its phase, conditions, addresses and containers.
 */
export interface PodStatus {
  /**
   * Pending, Running, Succeeded, Failed or Unknown.
   */
  'phase'?: (string);
  'conditions'?: (_skiff_core_v1_PodCondition)[];
  /**
   * Why the pod is in this state, for people.
   */
  'message'?: (string);
  /**
   * Why the pod is in this state, in one CamelCase word (Evicted, ...).
   */
  'reason'?: (string);
  /**
   * The node a preemption was made on for this pod, while it waits for the victims to go.
   */
  'nominatedNodeName'?: (string);
  /**
   * The primary IP of the node the pod runs on.
   */
  'hostIP'?: (string);
  /**
   * The node's IPs, hostIP first.
   */
  'hostIPs'?: (_skiff_core_v1_HostIP)[];
  /**
   * The pod's primary IP address.
   */
  'podIP'?: (string);
  /**
   * The pod's IPs, podIP first (one per address family).
   */
  'podIPs'?: (_skiff_core_v1_PodIP)[];
  /**
   * When the kubelet accepted the pod, before any image was pulled.
   */
  'startTime'?: (string);
  'initContainerStatuses'?: (_skiff_core_v1_ContainerStatus)[];
  'containerStatuses'?: (_skiff_core_v1_ContainerStatus)[];
  /**
   * Guaranteed, Burstable or BestEffort, from the containers' requests and limits.
   */
  'qosClass'?: (string);
  'ephemeralContainerStatuses'?: (_skiff_core_v1_ContainerStatus)[];
  '_phase'?: "phase";
  '_message'?: "message";
  '_reason'?: "reason";
  '_nominatedNodeName'?: "nominatedNodeName";
  '_hostIP'?: "hostIP";
  '_podIP'?: "podIP";
  '_startTime'?: "startTime";
  '_qosClass'?: "qosClass";
}

/**
 * PodStatus is what is known about a pod: its phase, conditions, addresses and containers.
 */
export interface PodStatus__Output {
  /**
   * Pending, Running, Succeeded, Failed or Unknown.
   */
  'phase'?: (string);
  'conditions'?: (_skiff_core_v1_PodCondition__Output)[];
  /**
   * Why the pod is in this state, for people.
   */
  'message'?: (string);
  /**
   * Why the pod is in this state, in one CamelCase word (Evicted, ...).
   */
  'reason'?: (string);
  /**
   * The node a preemption was made on for this pod, while it waits for the victims to go.
   */
  'nominatedNodeName'?: (string);
  /**
   * The primary IP of the node the pod runs on.
   */
  'hostIP'?: (string);
  /**
   * The node's IPs, hostIP first.
   */
  'hostIPs'?: (_skiff_core_v1_HostIP__Output)[];
  /**
   * The pod's primary IP address.
   */
  'podIP'?: (string);
  /**
   * The pod's IPs, podIP first (one per address family).
   */
  'podIPs'?: (_skiff_core_v1_PodIP__Output)[];
  /**
   * When the kubelet accepted the pod, before any image was pulled.
   */
  'startTime'?: (string);
  'initContainerStatuses'?: (_skiff_core_v1_ContainerStatus__Output)[];
  'containerStatuses'?: (_skiff_core_v1_ContainerStatus__Output)[];
  /**
   * Guaranteed, Burstable or BestEffort, from the containers' requests and limits.
   */
  'qosClass'?: (string);
  'ephemeralContainerStatuses'?: (_skiff_core_v1_ContainerStatus__Output)[];
}
