// Original file: proto/meta/v1/meta.proto

import type { Long } from '@grpc/proto-loader';

/**
 * ListMeta is the metadata of a list: the revision it was read at and the continue token.
 */
export interface ListMeta {
  'selfLink'?: (string);
  'resourceVersion'?: (string);
  'continue'?: (string);
  'remainingItemCount'?: (number | string | Long);
  '_selfLink'?: "selfLink";
  '_resourceVersion'?: "resourceVersion";
  '_continue'?: "continue";
  '_remainingItemCount'?: "remainingItemCount";
}

/**
 * ListMeta is the metadata of a list: the revision it was read at and the continue token.
 */
export interface ListMeta__Output {
  'selfLink'?: (string);
  'resourceVersion'?: (string);
  'continue'?: (string);
  'remainingItemCount'?: (number);
}
