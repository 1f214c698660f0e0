// Original file: proto/apps/v1/controllerrevision.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';
import type { Long } from '@grpc/proto-loader';

/**
 * ControllerRevision records one revision of a StatefulSet's or DaemonSet's pod template; once
 * created its data never changes, and old revisions are pruned by revisionHistoryLimit.
 */
export interface ControllerRevision {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  /**
   * The saved state, any JSON value (a RawExtension): the owning controller writes and reads it;
   * Skiff keeps it as JSON text and never interprets it.
   */
  'data'?: (string);
  /**
   * The revision number; higher is newer.
   */
  'revision'?: (number | string | Long);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_data'?: "data";
  '_revision'?: "revision";
}

/**
 * ControllerRevision records one revision of a StatefulSet's or DaemonSet's pod template; once
 * created its data never changes, and old revisions are pruned by revisionHistoryLimit.
 */
export interface ControllerRevision__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  /**
   * The saved state, any JSON value (a RawExtension): the owning controller writes and reads it;
   * Skiff keeps it as JSON text and never interprets it.
   */
  'data'?: (string);
  /**
   * The revision number; higher is newer.
   */
  'revision'?: (number);
}
