// Original file: proto/core/v1/volume.proto

import type { DownwardAPIVolumeFile as _skiff_core_v1_DownwardAPIVolumeFile, DownwardAPIVolumeFile__Output as _skiff_core_v1_DownwardAPIVolumeFile__Output } from '../../../skiff/core/v1/DownwardAPIVolumeFile.js';

/**
 * DownwardAPIVolumeSource writes fields of the pod and its containers as files.
 */
export interface DownwardAPIVolumeSource {
  'items'?: (_skiff_core_v1_DownwardAPIVolumeFile)[];
  /**
   * File mode bits for the files (0644 by default).
   */
  'defaultMode'?: (number);
  '_defaultMode'?: "defaultMode";
}

/**
 * DownwardAPIVolumeSource writes fields of the pod and its containers as files.
 */
export interface DownwardAPIVolumeSource__Output {
  'items'?: (_skiff_core_v1_DownwardAPIVolumeFile__Output)[];
  /**
   * File mode bits for the files (0644 by default).
   */
  'defaultMode'?: (number);
}
