/**
 * DaemonSet defaulting (SetDefaults_DaemonSet): a RollingUpdate of one unavailable pod and no
 * surge, ten revisions kept, and the pod defaults in the template.
 */
import type { DaemonSet__Output } from '../../generated/skiff/apps/v1/DaemonSet.js';
import { defaultPodTemplateSpec } from '../core/index.js';
import { DEFAULT_REVISION_HISTORY_LIMIT } from './deployment-defaults.js';

/** Defaults a DaemonSet in place. */
export function defaultDaemonSet(ds: DaemonSet__Output): void {
  const spec = (ds.spec ??= {});
  const strategy = (spec.updateStrategy ??= {});
  if (!strategy.type) strategy.type = 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = (strategy.rollingUpdate ??= {});
    ru.maxUnavailable ??= { intVal: 1 };
    ru.maxSurge ??= { intVal: 0 };
  }
  spec.revisionHistoryLimit ??= DEFAULT_REVISION_HISTORY_LIMIT;
  defaultPodTemplateSpec((spec.template ??= {}));
}
