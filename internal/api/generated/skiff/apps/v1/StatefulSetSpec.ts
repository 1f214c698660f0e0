// Original file: proto/apps/v1/statefulset.proto

import type { LabelSelector as _skiff_meta_v1_LabelSelector, LabelSelector__Output as _skiff_meta_v1_LabelSelector__Output } from '../../../skiff/meta/v1/LabelSelector.js';
import type { PodTemplateSpec as _skiff_core_v1_PodTemplateSpec, PodTemplateSpec__Output as _skiff_core_v1_PodTemplateSpec__Output } from '../../../skiff/core/v1/PodTemplateSpec.js';
import type { PersistentVolumeClaim as _skiff_core_v1_PersistentVolumeClaim, PersistentVolumeClaim__Output as _skiff_core_v1_PersistentVolumeClaim__Output } from '../../../skiff/core/v1/PersistentVolumeClaim.js';
import type { StatefulSetUpdateStrategy as _skiff_apps_v1_StatefulSetUpdateStrategy, StatefulSetUpdateStrategy__Output as _skiff_apps_v1_StatefulSetUpdateStrategy__Output } from '../../../skiff/apps/v1/StatefulSetUpdateStrategy.js';
import type { StatefulSetPersistentVolumeClaimRetentionPolicy as _skiff_apps_v1_StatefulSetPersistentVolumeClaimRetentionPolicy, StatefulSetPersistentVolumeClaimRetentionPolicy__Output as _skiff_apps_v1_StatefulSetPersistentVolumeClaimRetentionPolicy__Output } from '../../../skiff/apps/v1/StatefulSetPersistentVolumeClaimRetentionPolicy.js';
import type { StatefulSetOrdinals as _skiff_apps_v1_StatefulSetOrdinals, StatefulSetOrdinals__Output as _skiff_apps_v1_StatefulSetOrdinals__Output } from '../../../skiff/apps/v1/StatefulSetOrdinals.js';

/**
 * StatefulSetSpec: the pods, their claims, the governing service and how updates proceed.
 */
export interface StatefulSetSpec {
  /**
   * Desired pod count; absent means 1.
   */
  'replicas'?: (number);
  /**
   * Selects the pods this set owns; must match the template's labels.
   */
  'selector'?: (_skiff_meta_v1_LabelSelector | null);
  /**
   * The pod each ordinal is created from; its restartPolicy must be Always.
   */
  'template'?: (_skiff_core_v1_PodTemplateSpec | null);
  /**
   * Claims stamped out once per ordinal (named <claim>-<set>-<ordinal>) and mounted by volume name;
   * they take precedence over template volumes of the same name.
   */
  'volumeClaimTemplates'?: (_skiff_core_v1_PersistentVolumeClaim)[];
  /**
   * The headless Service that gives each pod its stable DNS name: <pod>.<serviceName>.<namespace>.svc.
   */
  'serviceName'?: (string);
  /**
   * "OrderedReady" (the default: one pod at a time, each waiting for the previous to be ready) or
   * "Parallel" (all at once).
   */
  'podManagementPolicy'?: (string);
  /**
   * How pods move to a new template revision.
   */
  'updateStrategy'?: (_skiff_apps_v1_StatefulSetUpdateStrategy | null);
  /**
   * How many ControllerRevisions to keep beyond the current ones (default 10).
   */
  'revisionHistoryLimit'?: (number);
  /**
   * Seconds a new pod must stay ready, with no container crashing, before it counts as available.
   */
  'minReadySeconds'?: (number);
  /**
   * What happens to the per-ordinal claims when the set is deleted or scaled down.
   */
  'persistentVolumeClaimRetentionPolicy'?: (_skiff_apps_v1_StatefulSetPersistentVolumeClaimRetentionPolicy | null);
  /**
   * Where ordinal numbering starts.
   */
  'ordinals'?: (_skiff_apps_v1_StatefulSetOrdinals | null);
  '_replicas'?: "replicas";
  '_selector'?: "selector";
  '_template'?: "template";
  '_serviceName'?: "serviceName";
  '_podManagementPolicy'?: "podManagementPolicy";
  '_updateStrategy'?: "updateStrategy";
  '_revisionHistoryLimit'?: "revisionHistoryLimit";
  '_minReadySeconds'?: "minReadySeconds";
  '_persistentVolumeClaimRetentionPolicy'?: "persistentVolumeClaimRetentionPolicy";
  '_ordinals'?: "ordinals";
}

/**
 * StatefulSetSpec: the pods, their claims, the governing service and how updates proceed.
 */
export interface StatefulSetSpec__Output {
  /**
   * Desired pod count; absent means 1.
   */
  'replicas'?: (number);
  /**
   * Selects the pods this set owns; must match the template's labels.
   */
  'selector'?: (_skiff_meta_v1_LabelSelector__Output);
  /**
   * The pod each ordinal is created from; its restartPolicy must be Always.
   */
  'template'?: (_skiff_core_v1_PodTemplateSpec__Output);
  /**
   * Claims stamped out once per ordinal (named <claim>-<set>-<ordinal>) and mounted by volume name;
   * they take precedence over template volumes of the same name.
   */
  'volumeClaimTemplates'?: (_skiff_core_v1_PersistentVolumeClaim__Output)[];
  /**
   * The headless Service that gives each pod its stable DNS name: <pod>.<serviceName>.<namespace>.svc.
   */
  'serviceName'?: (string);
  /**
   * "OrderedReady" (the default: one pod at a time, each waiting for the previous to be ready) or
   * "Parallel" (all at once).
   */
  'podManagementPolicy'?: (string);
  /**
   * How pods move to a new template revision.
   */
  'updateStrategy'?: (_skiff_apps_v1_StatefulSetUpdateStrategy__Output);
  /**
   * How many ControllerRevisions to keep beyond the current ones (default 10).
   */
  'revisionHistoryLimit'?: (number);
  /**
   * Seconds a new pod must stay ready, with no container crashing, before it counts as available.
   */
  'minReadySeconds'?: (number);
  /**
   * What happens to the per-ordinal claims when the set is deleted or scaled down.
   */
  'persistentVolumeClaimRetentionPolicy'?: (_skiff_apps_v1_StatefulSetPersistentVolumeClaimRetentionPolicy__Output);
  /**
   * Where ordinal numbering starts.
   */
  'ordinals'?: (_skiff_apps_v1_StatefulSetOrdinals__Output);
}
