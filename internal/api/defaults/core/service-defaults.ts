/**
 * Service and Endpoints defaulting as Kubernetes' core/v1 defaults. The IP family fields are no
 * defaults: as in Kubernetes (alloc.go initIPFamilyFields), the API server's Service allocator
 * settles them, taking the stored Service's on an update that leaves them out.
 */
import type { Endpoints__Output } from '../../generated/skiff/core/v1/Endpoints.js';
import type { Service__Output } from '../../generated/skiff/core/v1/Service.js';

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
}

/** Defaults Endpoints in place: every port's protocol is TCP unless given. */
export function defaultEndpoints(ep: Endpoints__Output): void {
  for (const s of ep.subsets ?? []) for (const p of s.ports ?? []) if (!p.protocol) p.protocol = 'TCP';
}
