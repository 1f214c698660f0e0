// Original file: proto/meta/v1/meta.proto

import type { StatusCause as _skiff_meta_v1_StatusCause, StatusCause__Output as _skiff_meta_v1_StatusCause__Output } from '../../../skiff/meta/v1/StatusCause.js';

/**
 * StatusDetails names the object an error is about and its causes.
 */
export interface StatusDetails {
  'name'?: (string);
  'group'?: (string);
  'kind'?: (string);
  'uid'?: (string);
  'causes'?: (_skiff_meta_v1_StatusCause)[];
  'retryAfterSeconds'?: (number);
  '_name'?: "name";
  '_group'?: "group";
  '_kind'?: "kind";
  '_uid'?: "uid";
  '_retryAfterSeconds'?: "retryAfterSeconds";
}

/**
 * StatusDetails names the object an error is about and its causes.
 */
export interface StatusDetails__Output {
  'name'?: (string);
  'group'?: (string);
  'kind'?: (string);
  'uid'?: (string);
  'causes'?: (_skiff_meta_v1_StatusCause__Output)[];
  'retryAfterSeconds'?: (number);
}
