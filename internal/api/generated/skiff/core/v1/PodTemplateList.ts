// Original file: proto/core/v1/podtemplate.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { PodTemplate as _skiff_core_v1_PodTemplate, PodTemplate__Output as _skiff_core_v1_PodTemplate__Output } from '../../../skiff/core/v1/PodTemplate.js';

/**
 * PodTemplateList is a list of pod templates.
 */
export interface PodTemplateList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_core_v1_PodTemplate)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * PodTemplateList is a list of pod templates.
 */
export interface PodTemplateList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_core_v1_PodTemplate__Output)[];
}
