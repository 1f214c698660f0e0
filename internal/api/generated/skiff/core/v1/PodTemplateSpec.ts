// Original file: proto/core/v1/podtemplate.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { PodSpec as _skiff_core_v1_PodSpec, PodSpec__Output as _skiff_core_v1_PodSpec__Output } from '../../../skiff/core/v1/PodSpec.js';

/**
 * PodTemplateSpec is the metadata and spec of pods to be created from it.
 */
export interface PodTemplateSpec {
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  'spec'?: (_skiff_core_v1_PodSpec | null);
  '_metadata'?: "metadata";
  '_spec'?: "spec";
}

/**
 * PodTemplateSpec is the metadata and spec of pods to be created from it.
 */
export interface PodTemplateSpec__Output {
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  'spec'?: (_skiff_core_v1_PodSpec__Output);
}
