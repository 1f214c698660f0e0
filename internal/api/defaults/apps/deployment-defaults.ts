/**
 * Deployment defaulting (pkg/apis/apps/v1 SetDefaults_Deployment): one replica, a RollingUpdate
 * of 25% unavailable and 25% surge, ten old ReplicaSets kept, a 600 s progress deadline, and the
 * pod defaults in the template.
 */
import type { Deployment__Output } from '../../generated/skiff/apps/v1/Deployment.js';
import { defaultPodTemplateSpec } from '../core/index.js';

/** The revisionHistoryLimit of Deployments, StatefulSets and DaemonSets that set none. */
export const DEFAULT_REVISION_HISTORY_LIMIT = 10;
/** The progressDeadlineSeconds of a Deployment that sets none. */
export const DEFAULT_PROGRESS_DEADLINE_SECONDS = 600;

/** Defaults a Deployment in place. */
export function defaultDeployment(d: Deployment__Output): void {
  const spec = (d.spec ??= {});
  spec.replicas ??= 1;
  const strategy = (spec.strategy ??= {});
  if (!strategy.type) strategy.type = 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = (strategy.rollingUpdate ??= {});
    ru.maxUnavailable ??= { strVal: '25%' };
    ru.maxSurge ??= { strVal: '25%' };
  }
  spec.revisionHistoryLimit ??= DEFAULT_REVISION_HISTORY_LIMIT;
  spec.progressDeadlineSeconds ??= DEFAULT_PROGRESS_DEADLINE_SECONDS;
  defaultPodTemplateSpec((spec.template ??= {}));
}
