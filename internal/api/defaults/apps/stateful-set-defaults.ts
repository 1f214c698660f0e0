/**
 * StatefulSet defaulting (SetDefaults_StatefulSet): OrderedReady pod management, a RollingUpdate
 * from partition 0 (when no strategy type was given), claims retained on delete and scale-down,
 * one replica, ten revisions kept, the pod defaults in the template, and the claim defaults in
 * each volumeClaimTemplate (SetObjectDefaults_StatefulSet applies them: volumeMode Filesystem,
 * status phase Pending, canonical quantities). maxUnavailable stays absent: it belongs to an
 * alpha feature Kubernetes 1.32 leaves off.
 */
import type { StatefulSet__Output } from '../../generated/skiff/apps/v1/StatefulSet.js';
import { defaultPersistentVolumeClaim, defaultPodTemplateSpec } from '../core/index.js';
import { DEFAULT_REVISION_HISTORY_LIMIT } from './deployment-defaults.js';

/** Defaults a StatefulSet in place. */
export function defaultStatefulSet(ss: StatefulSet__Output): void {
  const spec = (ss.spec ??= {});
  if (!spec.podManagementPolicy) spec.podManagementPolicy = 'OrderedReady';
  const strategy = (spec.updateStrategy ??= {});
  if (!strategy.type) {
    strategy.type = 'RollingUpdate';
    strategy.rollingUpdate ??= {};
  }
  if (strategy.type === 'RollingUpdate' && strategy.rollingUpdate !== undefined) strategy.rollingUpdate.partition ??= 0;
  const retention = (spec.persistentVolumeClaimRetentionPolicy ??= {});
  if (!retention.whenDeleted) retention.whenDeleted = 'Retain';
  if (!retention.whenScaled) retention.whenScaled = 'Retain';
  spec.replicas ??= 1;
  spec.revisionHistoryLimit ??= DEFAULT_REVISION_HISTORY_LIMIT;
  defaultPodTemplateSpec((spec.template ??= {}));
  for (const claim of spec.volumeClaimTemplates ?? []) defaultPersistentVolumeClaim(claim);
}
