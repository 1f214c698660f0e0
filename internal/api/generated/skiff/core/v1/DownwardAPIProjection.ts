// Original file: proto/core/v1/volume.proto

import type { DownwardAPIVolumeFile as _skiff_core_v1_DownwardAPIVolumeFile, DownwardAPIVolumeFile__Output as _skiff_core_v1_DownwardAPIVolumeFile__Output } from '../../../skiff/core/v1/DownwardAPIVolumeFile.js';

/**
 * DownwardAPIProjection projects pod fields and container resource values.
 */
export interface DownwardAPIProjection {
  'items'?: (_skiff_core_v1_DownwardAPIVolumeFile)[];
}

/**
 * DownwardAPIProjection projects pod fields and container resource values.
 */
export interface DownwardAPIProjection__Output {
  'items'?: (_skiff_core_v1_DownwardAPIVolumeFile__Output)[];
}
