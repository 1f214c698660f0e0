// Original file: proto/meta/v1/meta.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { StatusDetails as _skiff_meta_v1_StatusDetails, StatusDetails__Output as _skiff_meta_v1_StatusDetails__Output } from '../../../skiff/meta/v1/StatusDetails.js';

/**
 * Status is the result of a call that returns no object, and the body of every error.
 */
export interface Status {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  /**
   * "Success" or "Failure".
   */
  'status'?: (string);
  'message'?: (string);
  /**
   * A machine-readable reason: NotFound, AlreadyExists, Conflict, Invalid, Expired, ...
   */
  'reason'?: (string);
  'details'?: (_skiff_meta_v1_StatusDetails | null);
  /**
   * The HTTP status code this Status stands for.
   */
  'code'?: (number);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_status'?: "status";
  '_message'?: "message";
  '_reason'?: "reason";
  '_details'?: "details";
  '_code'?: "code";
}

/**
 * Status is the result of a call that returns no object, and the body of every error.
 */
export interface Status__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  /**
   * "Success" or "Failure".
   */
  'status'?: (string);
  'message'?: (string);
  /**
   * A machine-readable reason: NotFound, AlreadyExists, Conflict, Invalid, Expired, ...
   */
  'reason'?: (string);
  'details'?: (_skiff_meta_v1_StatusDetails__Output);
  /**
   * The HTTP status code this Status stands for.
   */
  'code'?: (number);
}
