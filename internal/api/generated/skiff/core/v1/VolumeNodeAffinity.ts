// Original file: proto/core/v1/persistentvolume.proto

import type { NodeSelector as _skiff_core_v1_NodeSelector, NodeSelector__Output as _skiff_core_v1_NodeSelector__Output } from '../../../skiff/core/v1/NodeSelector.js';

/**
 * VolumeNodeAffinity restricts the nodes a volume can be used from.
 */
export interface VolumeNodeAffinity {
  'required'?: (_skiff_core_v1_NodeSelector | null);
  '_required'?: "required";
}

/**
 * VolumeNodeAffinity restricts the nodes a volume can be used from.
 */
export interface VolumeNodeAffinity__Output {
  'required'?: (_skiff_core_v1_NodeSelector__Output);
}
