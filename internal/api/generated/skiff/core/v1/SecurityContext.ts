// Original file: proto/core/v1/container.proto

import type { Capabilities as _skiff_core_v1_Capabilities, Capabilities__Output as _skiff_core_v1_Capabilities__Output } from '../../../skiff/core/v1/Capabilities.js';
import type { SeccompProfile as _skiff_core_v1_SeccompProfile, SeccompProfile__Output as _skiff_core_v1_SeccompProfile__Output } from '../../../skiff/core/v1/SeccompProfile.js';
import type { Long } from '@grpc/proto-loader';

/**
 * SecurityContext is the container-level security settings; they override the pod's.
 */
export interface SecurityContext {
  /**
   * Linux capabilities to add to or drop from the runtime's default set.
   */
  'capabilities'?: (_skiff_core_v1_Capabilities | null);
  /**
   * Run with nearly all of the host's privileges.
   */
  'privileged'?: (boolean);
  'runAsUser'?: (number | string | Long);
  'runAsGroup'?: (number | string | Long);
  /**
   * Refuse to start the container if it would run as UID 0.
   */
  'runAsNonRoot'?: (boolean);
  'readOnlyRootFilesystem'?: (boolean);
  /**
   * Whether a process may gain more privileges than its parent (no_new_privs off).
   */
  'allowPrivilegeEscalation'?: (boolean);
  /**
   * "Default" or "Unmasked": how /proc is masked.
   */
  'procMount'?: (string);
  'seccompProfile'?: (_skiff_core_v1_SeccompProfile | null);
  '_capabilities'?: "capabilities";
  '_privileged'?: "privileged";
  '_runAsUser'?: "runAsUser";
  '_runAsGroup'?: "runAsGroup";
  '_runAsNonRoot'?: "runAsNonRoot";
  '_readOnlyRootFilesystem'?: "readOnlyRootFilesystem";
  '_allowPrivilegeEscalation'?: "allowPrivilegeEscalation";
  '_procMount'?: "procMount";
  '_seccompProfile'?: "seccompProfile";
}

/**
 * SecurityContext is the container-level security settings; they override the pod's.
 */
export interface SecurityContext__Output {
  /**
   * Linux capabilities to add to or drop from the runtime's default set.
   */
  'capabilities'?: (_skiff_core_v1_Capabilities__Output);
  /**
   * Run with nearly all of the host's privileges.
   */
  'privileged'?: (boolean);
  'runAsUser'?: (number);
  'runAsGroup'?: (number);
  /**
   * Refuse to start the container if it would run as UID 0.
   */
  'runAsNonRoot'?: (boolean);
  'readOnlyRootFilesystem'?: (boolean);
  /**
   * Whether a process may gain more privileges than its parent (no_new_privs off).
   */
  'allowPrivilegeEscalation'?: (boolean);
  /**
   * "Default" or "Unmasked": how /proc is masked.
   */
  'procMount'?: (string);
  'seccompProfile'?: (_skiff_core_v1_SeccompProfile__Output);
}
