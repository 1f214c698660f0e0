// Original file: proto/apps/v1/daemonset.proto

import type { LabelSelector as _skiff_meta_v1_LabelSelector, LabelSelector__Output as _skiff_meta_v1_LabelSelector__Output } from '../../../skiff/meta/v1/LabelSelector.js';
import type { PodTemplateSpec as _skiff_core_v1_PodTemplateSpec, PodTemplateSpec__Output as _skiff_core_v1_PodTemplateSpec__Output } from '../../../skiff/core/v1/PodTemplateSpec.js';
import type { DaemonSetUpdateStrategy as _skiff_apps_v1_DaemonSetUpdateStrategy, DaemonSetUpdateStrategy__Output as _skiff_apps_v1_DaemonSetUpdateStrategy__Output } from '../../../skiff/apps/v1/DaemonSetUpdateStrategy.js';

/**
 * DaemonSetSpec: the selector, the template and how updates roll across nodes.
 */
export interface DaemonSetSpec {
  /**
   * Selects the pods this DaemonSet owns; must match the template's labels.
   */
  'selector'?: (_skiff_meta_v1_LabelSelector | null);
  /**
   * The pod placed on each eligible node; its restartPolicy must be Always.
   */
  'template'?: (_skiff_core_v1_PodTemplateSpec | null);
  /**
   * How pods move to a new template.
   */
  'updateStrategy'?: (_skiff_apps_v1_DaemonSetUpdateStrategy | null);
  /**
   * Seconds a new pod must stay ready, with no container crashing, before it counts as available.
   */
  'minReadySeconds'?: (number);
  /**
   * How many old ControllerRevisions to keep for rollback (default 10).
   */
  'revisionHistoryLimit'?: (number);
  '_selector'?: "selector";
  '_template'?: "template";
  '_updateStrategy'?: "updateStrategy";
  '_minReadySeconds'?: "minReadySeconds";
  '_revisionHistoryLimit'?: "revisionHistoryLimit";
}

/**
 * DaemonSetSpec: the selector, the template and how updates roll across nodes.
 */
export interface DaemonSetSpec__Output {
  /**
   * Selects the pods this DaemonSet owns; must match the template's labels.
   */
  'selector'?: (_skiff_meta_v1_LabelSelector__Output);
  /**
   * The pod placed on each eligible node; its restartPolicy must be Always.
   */
  'template'?: (_skiff_core_v1_PodTemplateSpec__Output);
  /**
   * How pods move to a new template.
   */
  'updateStrategy'?: (_skiff_apps_v1_DaemonSetUpdateStrategy__Output);
  /**
   * Seconds a new pod must stay ready, with no container crashing, before it counts as available.
   */
  'minReadySeconds'?: (number);
  /**
   * How many old ControllerRevisions to keep for rollback (default 10).
   */
  'revisionHistoryLimit'?: (number);
}
