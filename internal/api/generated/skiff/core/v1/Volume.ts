// Original file: proto/core/v1/volume.proto

import type { HostPathVolumeSource as _skiff_core_v1_HostPathVolumeSource, HostPathVolumeSource__Output as _skiff_core_v1_HostPathVolumeSource__Output } from '../../../skiff/core/v1/HostPathVolumeSource.js';
import type { EmptyDirVolumeSource as _skiff_core_v1_EmptyDirVolumeSource, EmptyDirVolumeSource__Output as _skiff_core_v1_EmptyDirVolumeSource__Output } from '../../../skiff/core/v1/EmptyDirVolumeSource.js';
import type { SecretVolumeSource as _skiff_core_v1_SecretVolumeSource, SecretVolumeSource__Output as _skiff_core_v1_SecretVolumeSource__Output } from '../../../skiff/core/v1/SecretVolumeSource.js';
import type { PersistentVolumeClaimVolumeSource as _skiff_core_v1_PersistentVolumeClaimVolumeSource, PersistentVolumeClaimVolumeSource__Output as _skiff_core_v1_PersistentVolumeClaimVolumeSource__Output } from '../../../skiff/core/v1/PersistentVolumeClaimVolumeSource.js';
import type { DownwardAPIVolumeSource as _skiff_core_v1_DownwardAPIVolumeSource, DownwardAPIVolumeSource__Output as _skiff_core_v1_DownwardAPIVolumeSource__Output } from '../../../skiff/core/v1/DownwardAPIVolumeSource.js';
import type { ConfigMapVolumeSource as _skiff_core_v1_ConfigMapVolumeSource, ConfigMapVolumeSource__Output as _skiff_core_v1_ConfigMapVolumeSource__Output } from '../../../skiff/core/v1/ConfigMapVolumeSource.js';
import type { ProjectedVolumeSource as _skiff_core_v1_ProjectedVolumeSource, ProjectedVolumeSource__Output as _skiff_core_v1_ProjectedVolumeSource__Output } from '../../../skiff/core/v1/ProjectedVolumeSource.js';

/**
 * Volume is a named storage area the pod's containers can mount; exactly one source is set.
 */
export interface Volume {
  /**
   * Unique among the pod's volumes (a DNS label); volume mounts refer to it.
   */
  'name'?: (string);
  /**
   * A file or directory of the node; for system agents, not ordinary workloads.
   */
  'hostPath'?: (_skiff_core_v1_HostPathVolumeSource | null);
  /**
   * A scratch directory that lives as long as the pod.
   */
  'emptyDir'?: (_skiff_core_v1_EmptyDirVolumeSource | null);
  'secret'?: (_skiff_core_v1_SecretVolumeSource | null);
  'persistentVolumeClaim'?: (_skiff_core_v1_PersistentVolumeClaimVolumeSource | null);
  'downwardAPI'?: (_skiff_core_v1_DownwardAPIVolumeSource | null);
  'configMap'?: (_skiff_core_v1_ConfigMapVolumeSource | null);
  /**
   * Several sources (secrets, config maps, downward API, service account tokens) in one directory.
   */
  'projected'?: (_skiff_core_v1_ProjectedVolumeSource | null);
  '_name'?: "name";
  '_hostPath'?: "hostPath";
  '_emptyDir'?: "emptyDir";
  '_secret'?: "secret";
  '_persistentVolumeClaim'?: "persistentVolumeClaim";
  '_downwardAPI'?: "downwardAPI";
  '_configMap'?: "configMap";
  '_projected'?: "projected";
}

/**
 * Volume is a named storage area the pod's containers can mount; exactly one source is set.
 */
export interface Volume__Output {
  /**
   * Unique among the pod's volumes (a DNS label); volume mounts refer to it.
   */
  'name'?: (string);
  /**
   * A file or directory of the node; for system agents, not ordinary workloads.
   */
  'hostPath'?: (_skiff_core_v1_HostPathVolumeSource__Output);
  /**
   * A scratch directory that lives as long as the pod.
   */
  'emptyDir'?: (_skiff_core_v1_EmptyDirVolumeSource__Output);
  'secret'?: (_skiff_core_v1_SecretVolumeSource__Output);
  'persistentVolumeClaim'?: (_skiff_core_v1_PersistentVolumeClaimVolumeSource__Output);
  'downwardAPI'?: (_skiff_core_v1_DownwardAPIVolumeSource__Output);
  'configMap'?: (_skiff_core_v1_ConfigMapVolumeSource__Output);
  /**
   * Several sources (secrets, config maps, downward API, service account tokens) in one directory.
   */
  'projected'?: (_skiff_core_v1_ProjectedVolumeSource__Output);
}
