/**
 * ReplicationController defaulting: one replica, the selector and the object's labels taken from
 * the template's labels when absent, and the template's PodSpec defaults.
 */
import type { ReplicationController__Output } from '../../generated/skiff/core/v1/ReplicationController.js';
import { defaultPodTemplateSpec } from './pod-defaults.js';

/** Defaults a ReplicationController in place. */
export function defaultReplicationController(rc: ReplicationController__Output): void {
  const spec = (rc.spec ??= {});
  const labels = spec.template?.metadata?.labels;
  if (labels && Object.keys(labels).length > 0) {
    if (Object.keys(spec.selector ?? {}).length === 0) spec.selector = { ...labels };
    const meta = (rc.metadata ??= {});
    if (Object.keys(meta.labels ?? {}).length === 0) meta.labels = { ...labels };
  }
  spec.replicas ??= 1;
  if (spec.template) defaultPodTemplateSpec(spec.template);
}
