// Original file: proto/apps/v1/deployment.proto

import type { LabelSelector as _skiff_meta_v1_LabelSelector, LabelSelector__Output as _skiff_meta_v1_LabelSelector__Output } from '../../../skiff/meta/v1/LabelSelector.js';
import type { PodTemplateSpec as _skiff_core_v1_PodTemplateSpec, PodTemplateSpec__Output as _skiff_core_v1_PodTemplateSpec__Output } from '../../../skiff/core/v1/PodTemplateSpec.js';
import type { DeploymentStrategy as _skiff_apps_v1_DeploymentStrategy, DeploymentStrategy__Output as _skiff_apps_v1_DeploymentStrategy__Output } from '../../../skiff/apps/v1/DeploymentStrategy.js';

/**
 * DeploymentSpec is what the user asks for: how many pods, from which template, rolled out how.
 */
export interface DeploymentSpec {
  /**
   * Desired pod count; absent means 1, and 0 is a valid explicit value.
   */
  'replicas'?: (number);
  /**
   * Selects the pods (and ReplicaSets) this Deployment owns; must match the template's labels and
   * cannot change after creation.
   */
  'selector'?: (_skiff_meta_v1_LabelSelector | null);
  /**
   * The pod every replica is created from; its restartPolicy must be Always.
   */
  'template'?: (_skiff_core_v1_PodTemplateSpec | null);
  /**
   * How old pods give way to new ones; patching it drops the keys of the strategy type left behind.
   */
  'strategy'?: (_skiff_apps_v1_DeploymentStrategy | null);
  /**
   * Seconds a new pod must stay ready, with no container crashing, before it counts as available.
   */
  'minReadySeconds'?: (number);
  /**
   * How many superseded ReplicaSets to keep for rollback (default 10).
   */
  'revisionHistoryLimit'?: (number);
  /**
   * While true, template changes do not start a rollout.
   */
  'paused'?: (boolean);
  /**
   * Seconds without progress after which the Progressing condition turns False with reason
   * ProgressDeadlineExceeded (default 600).
   */
  'progressDeadlineSeconds'?: (number);
  '_replicas'?: "replicas";
  '_selector'?: "selector";
  '_template'?: "template";
  '_strategy'?: "strategy";
  '_minReadySeconds'?: "minReadySeconds";
  '_revisionHistoryLimit'?: "revisionHistoryLimit";
  '_paused'?: "paused";
  '_progressDeadlineSeconds'?: "progressDeadlineSeconds";
}

/**
 * DeploymentSpec is what the user asks for: how many pods, from which template, rolled out how.
 */
export interface DeploymentSpec__Output {
  /**
   * Desired pod count; absent means 1, and 0 is a valid explicit value.
   */
  'replicas'?: (number);
  /**
   * Selects the pods (and ReplicaSets) this Deployment owns; must match the template's labels and
   * cannot change after creation.
   */
  'selector'?: (_skiff_meta_v1_LabelSelector__Output);
  /**
   * The pod every replica is created from; its restartPolicy must be Always.
   */
  'template'?: (_skiff_core_v1_PodTemplateSpec__Output);
  /**
   * How old pods give way to new ones; patching it drops the keys of the strategy type left behind.
   */
  'strategy'?: (_skiff_apps_v1_DeploymentStrategy__Output);
  /**
   * Seconds a new pod must stay ready, with no container crashing, before it counts as available.
   */
  'minReadySeconds'?: (number);
  /**
   * How many superseded ReplicaSets to keep for rollback (default 10).
   */
  'revisionHistoryLimit'?: (number);
  /**
   * While true, template changes do not start a rollout.
   */
  'paused'?: (boolean);
  /**
   * Seconds without progress after which the Progressing condition turns False with reason
   * ProgressDeadlineExceeded (default 600).
   */
  'progressDeadlineSeconds'?: (number);
}
