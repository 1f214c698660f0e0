/**
 * What a Service needs and holds of the allocators, by its type, and the two update fix-ups
 * Kubernetes applies before validating an update of a Service:
 * `patchAllocatedValues` carries allocated values a client left out (so re-applying the original
 * manifest is not an attempt to change an immutable clusterIP), and `dropTypeDependentFields`
 * clears values the new type no longer uses (so `NodePort` → `ClusterIP` gives the ports back).
 * The Service strategy should call both from prepareForUpdate; the allocation hooks call them too.
 */
import type { Service__Output } from '../../api/generated/skiff/core/v1/Service.js';
import { parseIPv4 } from '../../api/validation/index.js';

/** A headless Service's clusterIP. */
export const CLUSTER_IP_NONE = 'None';

/** The Service's type, ClusterIP when unset. */
export function serviceType(svc: Service__Output): string {
  return svc.spec?.type || 'ClusterIP';
}

/** True for every type but ExternalName (a headless Service needs one too: `None`). */
export function needsClusterIP(svc: Service__Output): boolean {
  return serviceType(svc) !== 'ExternalName';
}

/** True for the types that open node ports: NodePort and LoadBalancer. */
export function needsNodePort(svc: Service__Output): boolean {
  const type = serviceType(svc);
  return type === 'NodePort' || type === 'LoadBalancer';
}

/** True when ports without a nodePort get one (a LoadBalancer may opt out). */
export function shouldAllocateNodePorts(svc: Service__Output): boolean {
  const type = serviceType(svc);
  if (type === 'NodePort') return true;
  return type === 'LoadBalancer' && svc.spec?.allocateLoadBalancerNodePorts !== false;
}

/** True when a LoadBalancer keeps external traffic on the node, which needs a health-check port. */
export function needsHealthCheckNodePort(svc: Service__Output): boolean {
  return serviceType(svc) === 'LoadBalancer' && svc.spec?.externalTrafficPolicy === 'Local';
}

/** The cluster IPs the Service names (clusterIPs, else clusterIP), `None` and empties left out. */
export function heldClusterIPs(svc: Service__Output): string[] {
  const spec = svc.spec ?? {};
  const ips = spec.clusterIPs?.length ? spec.clusterIPs : spec.clusterIP ? [spec.clusterIP] : [];
  return ips.filter((ip) => ip !== '' && ip !== CLUSTER_IP_NONE && parseIPv4(ip) !== undefined);
}

/** The node ports the Service holds: its ports' nodePorts and its healthCheckNodePort, each once. */
export function heldNodePorts(svc: Service__Output): number[] {
  const spec = svc.spec ?? {};
  const ports = new Set<number>();
  for (const p of spec.ports ?? []) if (p.nodePort) ports.add(p.nodePort);
  if (spec.healthCheckNodePort) ports.add(spec.healthCheckNodePort);
  return [...ports];
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** Carries allocated values from `old` into an update that left them out, as Kubernetes does. */
export function patchAllocatedValues(svc: Service__Output, old: Service__Output): void {
  const spec = (svc.spec ??= {});
  const oldSpec = old.spec ?? {};
  if (needsClusterIP(old) && needsClusterIP(svc)) {
    if (!spec.clusterIP && oldSpec.clusterIP) spec.clusterIP = oldSpec.clusterIP;
    if (!spec.clusterIPs?.length && oldSpec.clusterIPs?.length) spec.clusterIPs = [...oldSpec.clusterIPs];
  }
  if (needsNodePort(old) && needsNodePort(svc)) {
    const inNew = new Set((spec.ports ?? []).map((p) => p.nodePort).filter((n) => !!n));
    // Only ports the new spec does not already use can be carried over, matched by port name.
    const byName = new Map((oldSpec.ports ?? []).map((p) => [p.name ?? '', p.nodePort]));
    for (const p of spec.ports ?? []) {
      if (p.nodePort) continue;
      const carried = byName.get(p.name ?? '');
      if (carried && !inNew.has(carried)) p.nodePort = carried;
    }
  }
  if (needsHealthCheckNodePort(old) && needsHealthCheckNodePort(svc) && !spec.healthCheckNodePort && oldSpec.healthCheckNodePort) {
    spec.healthCheckNodePort = oldSpec.healthCheckNodePort;
  }
}

/**
 * Clears the allocated values the new type does not use, when the client left them as they were
 * (a value the client changed is kept, for validation to refuse).
 */
export function dropTypeDependentFields(svc: Service__Output, old: Service__Output): void {
  const spec = (svc.spec ??= {});
  const oldSpec = old.spec ?? {};
  if (!needsClusterIP(svc)) {
    if ((spec.clusterIP ?? '') === (oldSpec.clusterIP ?? '') && sameList(spec.clusterIPs, oldSpec.clusterIPs)) {
      delete spec.clusterIP;
      delete spec.clusterIPs;
    }
    if (sameList(spec.ipFamilies, oldSpec.ipFamilies)) delete spec.ipFamilies;
    if (spec.ipFamilyPolicy === oldSpec.ipFamilyPolicy) delete spec.ipFamilyPolicy;
  }
  if (!needsNodePort(svc)) {
    // Ports may have been added, removed or edited, as long as no node port is new.
    const oldPorts = new Set(heldNodePorts({ spec: { ports: oldSpec.ports } }));
    if (heldNodePorts({ spec: { ports: spec.ports } }).every((n) => oldPorts.has(n))) {
      for (const p of spec.ports ?? []) delete p.nodePort;
    }
  }
  if (!needsHealthCheckNodePort(svc) && (spec.healthCheckNodePort ?? 0) === (oldSpec.healthCheckNodePort ?? 0)) {
    delete spec.healthCheckNodePort;
  }
}
