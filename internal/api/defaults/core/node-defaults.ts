/**
 * Node defaulting: podCIDR and podCIDRs kept in step (podCIDR is podCIDRs[0], as Kubernetes'
 * conversion makes it), allocatable equal to capacity until the kubelet reports otherwise, and
 * both ResourceLists rounded and canonical.
 */
import type { Node__Output } from '../../generated/skiff/core/v1/Node.js';
import { defaultResourceList } from './quantity-defaults.js';

/** Defaults a Node in place. */
export function defaultNode(node: Node__Output): void {
  const spec = node.spec;
  if (spec) {
    if (spec.podCIDR && (spec.podCIDRs ?? []).length === 0) spec.podCIDRs = [spec.podCIDR];
    if ((spec.podCIDRs ?? []).length > 0) spec.podCIDR = spec.podCIDRs?.[0];
  }
  const status = node.status;
  defaultResourceList(status?.capacity);
  defaultResourceList(status?.allocatable);
  if (!status?.capacity || Object.keys(status.capacity).length === 0) return;
  if (!status.allocatable || Object.keys(status.allocatable).length === 0) status.allocatable = { ...status.capacity };
}
