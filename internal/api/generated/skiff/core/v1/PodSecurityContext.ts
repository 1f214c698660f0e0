// Original file: proto/core/v1/pod.proto

import type { Sysctl as _skiff_core_v1_Sysctl, Sysctl__Output as _skiff_core_v1_Sysctl__Output } from '../../../skiff/core/v1/Sysctl.js';
import type { SeccompProfile as _skiff_core_v1_SeccompProfile, SeccompProfile__Output as _skiff_core_v1_SeccompProfile__Output } from '../../../skiff/core/v1/SeccompProfile.js';
import type { Long } from '@grpc/proto-loader';

/**
 * PodSecurityContext holds pod-wide security settings and container defaults.
 */
export interface PodSecurityContext {
  'runAsUser'?: (number | string | Long);
  'runAsGroup'?: (number | string | Long);
  /**
   * Refuse to start a container that would run as UID 0.
   */
  'runAsNonRoot'?: (boolean);
  /**
   * Extra groups for the first process of every container.
   */
  'supplementalGroups'?: (number | string | Long)[];
  /**
   * A group that owns the pod's volumes and is added to every container's processes.
   */
  'fsGroup'?: (number | string | Long);
  /**
   * Namespaced kernel parameters set for the pod.
   */
  'sysctls'?: (_skiff_core_v1_Sysctl)[];
  /**
   * "OnRootMismatch" or "Always": when volume ownership is changed to fsGroup.
   */
  'fsGroupChangePolicy'?: (string);
  'seccompProfile'?: (_skiff_core_v1_SeccompProfile | null);
  '_runAsUser'?: "runAsUser";
  '_runAsGroup'?: "runAsGroup";
  '_runAsNonRoot'?: "runAsNonRoot";
  '_fsGroup'?: "fsGroup";
  '_fsGroupChangePolicy'?: "fsGroupChangePolicy";
  '_seccompProfile'?: "seccompProfile";
}

/**
 * PodSecurityContext holds pod-wide security settings and container defaults.
 */
export interface PodSecurityContext__Output {
  'runAsUser'?: (number);
  'runAsGroup'?: (number);
  /**
   * Refuse to start a container that would run as UID 0.
   */
  'runAsNonRoot'?: (boolean);
  /**
   * Extra groups for the first process of every container.
   */
  'supplementalGroups'?: (number)[];
  /**
   * A group that owns the pod's volumes and is added to every container's processes.
   */
  'fsGroup'?: (number);
  /**
   * Namespaced kernel parameters set for the pod.
   */
  'sysctls'?: (_skiff_core_v1_Sysctl__Output)[];
  /**
   * "OnRootMismatch" or "Always": when volume ownership is changed to fsGroup.
   */
  'fsGroupChangePolicy'?: (string);
  'seccompProfile'?: (_skiff_core_v1_SeccompProfile__Output);
}
