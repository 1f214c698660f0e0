// Original file: proto/autoscaling/v1/scale.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { ScaleSpec as _skiff_autoscaling_v1_ScaleSpec, ScaleSpec__Output as _skiff_autoscaling_v1_ScaleSpec__Output } from '../../../skiff/autoscaling/v1/ScaleSpec.js';
import type { ScaleStatus as _skiff_autoscaling_v1_ScaleStatus, ScaleStatus__Output as _skiff_autoscaling_v1_ScaleStatus__Output } from '../../../skiff/autoscaling/v1/ScaleStatus.js';

/**
 * Scale is the replica count of a scalable resource, read and written through its /scale subresource.
 */
export interface Scale {
  'apiVersion'?: (string);
  'kind'?: (string);
  /**
   * The metadata of the scaled object.
   */
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  'spec'?: (_skiff_autoscaling_v1_ScaleSpec | null);
  'status'?: (_skiff_autoscaling_v1_ScaleStatus | null);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_spec'?: "spec";
  '_status'?: "status";
}

/**
 * Scale is the replica count of a scalable resource, read and written through its /scale subresource.
 */
export interface Scale__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  /**
   * The metadata of the scaled object.
   */
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  'spec'?: (_skiff_autoscaling_v1_ScaleSpec__Output);
  'status'?: (_skiff_autoscaling_v1_ScaleStatus__Output);
}
