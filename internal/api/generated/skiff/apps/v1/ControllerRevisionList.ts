// Original file: proto/apps/v1/controllerrevision.proto

import type { ListMeta as _skiff_meta_v1_ListMeta, ListMeta__Output as _skiff_meta_v1_ListMeta__Output } from '../../../skiff/meta/v1/ListMeta.js';
import type { ControllerRevision as _skiff_apps_v1_ControllerRevision, ControllerRevision__Output as _skiff_apps_v1_ControllerRevision__Output } from '../../../skiff/apps/v1/ControllerRevision.js';

/**
 * ControllerRevisionList is a list of ControllerRevisions.
 */
export interface ControllerRevisionList {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta | null);
  'items'?: (_skiff_apps_v1_ControllerRevision)[];
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
}

/**
 * ControllerRevisionList is a list of ControllerRevisions.
 */
export interface ControllerRevisionList__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ListMeta__Output);
  'items'?: (_skiff_apps_v1_ControllerRevision__Output)[];
}
