// Original file: proto/apps/v1/daemonset.proto

import type { IntOrString as _skiff_meta_v1_IntOrString, IntOrString__Output as _skiff_meta_v1_IntOrString__Output } from '../../../skiff/meta/v1/IntOrString.js';

/**
 * RollingUpdateDaemonSet bounds how many nodes are without an available pod, or run two, during an update.
 */
export interface RollingUpdateDaemonSet {
  /**
   * Nodes whose pod may be down for the update at once: a count or a percentage of
   * desiredNumberScheduled, rounded up (default 1). Cannot be 0 when maxSurge is 0.
   */
  'maxUnavailable'?: (_skiff_meta_v1_IntOrString | null);
  /**
   * Nodes that may run the new pod alongside the old one until the new one is available: a count or
   * a percentage, rounded up (default 0). Cannot be 0 when maxUnavailable is 0.
   */
  'maxSurge'?: (_skiff_meta_v1_IntOrString | null);
  '_maxUnavailable'?: "maxUnavailable";
  '_maxSurge'?: "maxSurge";
}

/**
 * RollingUpdateDaemonSet bounds how many nodes are without an available pod, or run two, during an update.
 */
export interface RollingUpdateDaemonSet__Output {
  /**
   * Nodes whose pod may be down for the update at once: a count or a percentage of
   * desiredNumberScheduled, rounded up (default 1). Cannot be 0 when maxSurge is 0.
   */
  'maxUnavailable'?: (_skiff_meta_v1_IntOrString__Output);
  /**
   * Nodes that may run the new pod alongside the old one until the new one is available: a count or
   * a percentage, rounded up (default 0). Cannot be 0 when maxUnavailable is 0.
   */
  'maxSurge'?: (_skiff_meta_v1_IntOrString__Output);
}
