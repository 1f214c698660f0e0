// Original file: proto/core/v1/volume.proto

import type { VolumeProjection as _skiff_core_v1_VolumeProjection, VolumeProjection__Output as _skiff_core_v1_VolumeProjection__Output } from '../../../skiff/core/v1/VolumeProjection.js';

/**
 * ProjectedVolumeSource merges several sources into one directory.
 */
export interface ProjectedVolumeSource {
  'sources'?: (_skiff_core_v1_VolumeProjection)[];
  /**
   * File mode bits for the files (0644 by default).
   */
  'defaultMode'?: (number);
  '_defaultMode'?: "defaultMode";
}

/**
 * ProjectedVolumeSource merges several sources into one directory.
 */
export interface ProjectedVolumeSource__Output {
  'sources'?: (_skiff_core_v1_VolumeProjection__Output)[];
  /**
   * File mode bits for the files (0644 by default).
   */
  'defaultMode'?: (number);
}
