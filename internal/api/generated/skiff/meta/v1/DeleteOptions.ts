// Original file: proto/meta/v1/meta.proto

import type { Preconditions as _skiff_meta_v1_Preconditions, Preconditions__Output as _skiff_meta_v1_Preconditions__Output } from '../../../skiff/meta/v1/Preconditions.js';
import type { Long } from '@grpc/proto-loader';

/**
 * DeleteOptions are the options of a delete.
 */
export interface DeleteOptions {
  'apiVersion'?: (string);
  'kind'?: (string);
  'gracePeriodSeconds'?: (number | string | Long);
  'preconditions'?: (_skiff_meta_v1_Preconditions | null);
  'orphanDependents'?: (boolean);
  /**
   * "Orphan", "Background" or "Foreground".
   */
  'propagationPolicy'?: (string);
  'dryRun'?: (string)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_gracePeriodSeconds'?: "gracePeriodSeconds";
  '_preconditions'?: "preconditions";
  '_orphanDependents'?: "orphanDependents";
  '_propagationPolicy'?: "propagationPolicy";
}

/**
 * DeleteOptions are the options of a delete.
 */
export interface DeleteOptions__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'gracePeriodSeconds'?: (number);
  'preconditions'?: (_skiff_meta_v1_Preconditions__Output);
  'orphanDependents'?: (boolean);
  /**
   * "Orphan", "Background" or "Foreground".
   */
  'propagationPolicy'?: (string);
  'dryRun'?: (string)[];
}
