// Original file: proto/meta/v1/meta.proto

import type { OwnerReference as _skiff_meta_v1_OwnerReference, OwnerReference__Output as _skiff_meta_v1_OwnerReference__Output } from '../../../skiff/meta/v1/OwnerReference.js';
import type { ManagedFieldsEntry as _skiff_meta_v1_ManagedFieldsEntry, ManagedFieldsEntry__Output as _skiff_meta_v1_ManagedFieldsEntry__Output } from '../../../skiff/meta/v1/ManagedFieldsEntry.js';
import type { Long } from '@grpc/proto-loader';

/**
 * ObjectMeta is the metadata every persisted object carries.
 */
export interface ObjectMeta {
  'name'?: (string);
  'generateName'?: (string);
  'namespace'?: (string);
  'selfLink'?: (string);
  'uid'?: (string);
  'resourceVersion'?: (string);
  'generation'?: (number | string | Long);
  /**
   * RFC 3339, seconds precision, UTC.
   */
  'creationTimestamp'?: (string);
  'deletionTimestamp'?: (string);
  'deletionGracePeriodSeconds'?: (number | string | Long);
  'labels'?: ({[key: string]: string});
  'annotations'?: ({[key: string]: string});
  'ownerReferences'?: (_skiff_meta_v1_OwnerReference)[];
  'finalizers'?: (string)[];
  'managedFields'?: (_skiff_meta_v1_ManagedFieldsEntry)[];
  '_name'?: "name";
  '_generateName'?: "generateName";
  '_namespace'?: "namespace";
  '_selfLink'?: "selfLink";
  '_uid'?: "uid";
  '_resourceVersion'?: "resourceVersion";
  '_generation'?: "generation";
  '_creationTimestamp'?: "creationTimestamp";
  '_deletionTimestamp'?: "deletionTimestamp";
  '_deletionGracePeriodSeconds'?: "deletionGracePeriodSeconds";
}

/**
 * ObjectMeta is the metadata every persisted object carries.
 */
export interface ObjectMeta__Output {
  'name'?: (string);
  'generateName'?: (string);
  'namespace'?: (string);
  'selfLink'?: (string);
  'uid'?: (string);
  'resourceVersion'?: (string);
  'generation'?: (number);
  /**
   * RFC 3339, seconds precision, UTC.
   */
  'creationTimestamp'?: (string);
  'deletionTimestamp'?: (string);
  'deletionGracePeriodSeconds'?: (number);
  'labels'?: ({[key: string]: string});
  'annotations'?: ({[key: string]: string});
  'ownerReferences'?: (_skiff_meta_v1_OwnerReference__Output)[];
  'finalizers'?: (string)[];
  'managedFields'?: (_skiff_meta_v1_ManagedFieldsEntry__Output)[];
}
