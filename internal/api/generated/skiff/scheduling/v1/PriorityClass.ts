// Original file: proto/scheduling/v1/priorityclass.proto

import type { ObjectMeta as _skiff_meta_v1_ObjectMeta, ObjectMeta__Output as _skiff_meta_v1_ObjectMeta__Output } from '../../../skiff/meta/v1/ObjectMeta.js';

/**
 * PriorityClass maps a name to an integer priority; pods naming it in priorityClassName get that
 * value, and higher-priority pods are scheduled first and may preempt lower ones. Cluster-scoped.
 */
export interface PriorityClass {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta | null);
  /**
   * The priority; user classes may use up to one billion, larger values are reserved for system classes.
   */
  'value'?: (number);
  /**
   * When true, pods without a priorityClassName get this class; at most one class may set it.
   */
  'globalDefault'?: (boolean);
  /**
   * Free text saying when to use this class.
   */
  'description'?: (string);
  /**
   * "PreemptLowerPriority" (the default) or "Never": whether these pods may evict lower-priority ones.
   */
  'preemptionPolicy'?: (string);
  '_apiVersion'?: "apiVersion";
  '_kind'?: "kind";
  '_metadata'?: "metadata";
  '_value'?: "value";
  '_globalDefault'?: "globalDefault";
  '_description'?: "description";
  '_preemptionPolicy'?: "preemptionPolicy";
}

/**
 * PriorityClass maps a name to an integer priority; pods naming it in priorityClassName get that
 * value, and higher-priority pods are scheduled first and may preempt lower ones. Cluster-scoped.
 */
export interface PriorityClass__Output {
  'apiVersion'?: (string);
  'kind'?: (string);
  'metadata'?: (_skiff_meta_v1_ObjectMeta__Output);
  /**
   * The priority; user classes may use up to one billion, larger values are reserved for system classes.
   */
  'value'?: (number);
  /**
   * When true, pods without a priorityClassName get this class; at most one class may set it.
   */
  'globalDefault'?: (boolean);
  /**
   * Free text saying when to use this class.
   */
  'description'?: (string);
  /**
   * "PreemptLowerPriority" (the default) or "Never": whether these pods may evict lower-priority ones.
   */
  'preemptionPolicy'?: (string);
}
