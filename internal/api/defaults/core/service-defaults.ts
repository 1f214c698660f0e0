/**
 * Service and Endpoints defaulting as Kubernetes' core/v1 defaults, plus the IP family fields
 * Kubernetes' Service REST fills in on create for a single-stack (IPv4) cluster, so a stored
 * Service reads as it would from a real cluster.
 */
import type { Endpoints__Output } from '../../generated/skiff/core/v1/Endpoints.js';
import type { Service__Output } from '../../generated/skiff/core/v1/Service.js';
import type { ServiceSpec__Output } from '../../generated/skiff/core/v1/ServiceSpec.js';

/** Seconds a ClientIP session sticks when sessionAffinityConfig names none (3 hours). */
export const DEFAULT_CLIENT_IP_SERVICE_AFFINITY_SECONDS = 10800;

/** Defaults a Service in place. */
export function defaultService(svc: Service__Output): void {
  const spec = (svc.spec ??= {});
  if (!spec.sessionAffinity) spec.sessionAffinity = 'None';
  if (!spec.type) spec.type = 'ClusterIP';
  for (const p of spec.ports ?? []) {
    if (!p.protocol) p.protocol = 'TCP';
    const t = p.targetPort;
    if (!t || (!t.intVal && !t.strVal)) p.targetPort = { intVal: p.port ?? 0 };
  }
  if ((spec.type === 'NodePort' || spec.type === 'LoadBalancer') && !spec.externalTrafficPolicy) {
    spec.externalTrafficPolicy = 'Cluster';
  }
  if (spec.type !== 'ExternalName' && !spec.internalTrafficPolicy) spec.internalTrafficPolicy = 'Cluster';
  if (spec.type === 'LoadBalancer') spec.allocateLoadBalancerNodePorts ??= true;
  if (spec.sessionAffinity === 'ClientIP') {
    const clientIP = ((spec.sessionAffinityConfig ??= {}).clientIP ??= {});
    clientIP.timeoutSeconds ??= DEFAULT_CLIENT_IP_SERVICE_AFFINITY_SECONDS;
  }
  if (spec.type !== 'ExternalName') defaultIPFamilies(spec);
}

/**
 * The IP family fields as Kubernetes' allocator fills them on a single-stack IPv4 cluster
 * (initIPFamilyFields): SingleStack IPv4, except that a headless Service without a selector, which
 * allocates no address and may list endpoints of either family, is RequireDualStack over both
 * families unless it asks for SingleStack. Whether the cluster can serve what was asked is the
 * allocator's check.
 */
function defaultIPFamilies(spec: ServiceSpec__Output): void {
  const headless = spec.clusterIP === 'None' || (spec.clusterIPs ?? [])[0] === 'None';
  const headlessSelectorless = headless && Object.keys(spec.selector ?? {}).length === 0;
  if (!spec.ipFamilyPolicy) spec.ipFamilyPolicy = headlessSelectorless ? 'RequireDualStack' : 'SingleStack';
  const families = spec.ipFamilies?.length ? spec.ipFamilies : ['IPv4'];
  const [primary] = families;
  if (headlessSelectorless && spec.ipFamilyPolicy !== 'SingleStack' && families.length === 1) {
    spec.ipFamilies = [primary, primary === 'IPv4' ? 'IPv6' : 'IPv4'];
  } else spec.ipFamilies = families;
}

/** Defaults Endpoints in place: every port's protocol is TCP unless given. */
export function defaultEndpoints(ep: Endpoints__Output): void {
  for (const s of ep.subsets ?? []) for (const p of s.ports ?? []) if (!p.protocol) p.protocol = 'TCP';
}
