/** What a Service needs and holds of the allocators, by its type. */
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



