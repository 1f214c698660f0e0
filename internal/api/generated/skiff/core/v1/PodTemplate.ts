// Original file: proto/core/v1/podtemplate.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { PodTemplateSpec as _skiff_core_v1_PodTemplateSpec, PodTemplateSpec__Output as _skiff_core_v1_PodTemplateSpec__Output } from '../../../skiff/core/v1/PodTemplateSpec.js';

/**
 * PodTemplate stores a pod template as an object of its own.
 */
export interface PodTemplate {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  'template'?: (_skiff_core_v1_PodTemplateSpec | null);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_template'?: "template";
}

/**
 * PodTemplate stores a pod template as an object of its own.
 */
export interface PodTemplate__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  'template'?: (_skiff_core_v1_PodTemplateSpec__Output);
}
