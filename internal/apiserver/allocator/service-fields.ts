/**
 * What a Service needs and holds of the allocators. What it needs follows from its type and is
 * read in api/service, which the Service strategy shares; it is re-exported here so that the
 * allocator's exports keep listing it beside what a Service holds.
 */
import type { Service__Output } from '../../api/generated/skiff/core/v1/Service.js';
import { portNodePorts } from '../../api/service/index.js';
import { parseIPv4 } from '../../api/validation/index.js';

export { serviceType, needsClusterIP, needsNodePort, shouldAllocateNodePorts, needsHealthCheckNodePort } from '../../api/service/index.js';

/** A headless Service's clusterIP. */
export const CLUSTER_IP_NONE = 'None';

/** The cluster IPs the Service names (clusterIPs, else clusterIP), `None` and empties left out. */
export function heldClusterIPs(svc: Service__Output): string[] {
  const spec = svc.spec ?? {};
  const ips = spec.clusterIPs?.length ? spec.clusterIPs : spec.clusterIP ? [spec.clusterIP] : [];
  return ips.filter((ip) => ip !== '' && ip !== CLUSTER_IP_NONE && parseIPv4(ip) !== undefined);
}

/** The node ports the Service holds: its ports' nodePorts and its healthCheckNodePort, each once. */
export function heldNodePorts(svc: Service__Output): number[] {
  const spec = svc.spec ?? {};
  const ports = portNodePorts(spec);
  if (spec.healthCheckNodePort) ports.add(spec.healthCheckNodePort);
  return [...ports];
}
