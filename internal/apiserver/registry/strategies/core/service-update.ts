/**
 * What Kubernetes' Service REST does to an incoming Service before validating it, beyond
 * defaulting: mirror clusterIP into clusterIPs for clients that only know the singular field,
 * carry allocated values (cluster IPs, node ports, the health-check port) over from the stored
 * Service when a client leaves them out, and clear values a type change made meaningless.
 */
import type { Service__Output } from '../../../../api/generated/skiff/core/v1/Service.js';
import type { ServiceSpec__Output } from '../../../../api/generated/skiff/core/v1/ServiceSpec.js';
import { semanticEqual } from '../../../../api/validation/core/index.js';

const needsClusterIP = (s: ServiceSpec__Output): boolean => s.type !== 'ExternalName';
const needsNodePort = (s: ServiceSpec__Output): boolean =>
  s.type === 'NodePort' || (s.type === 'LoadBalancer' && s.allocateLoadBalancerNodePorts !== false);
const needsHCNodePort = (s: ServiceSpec__Output): boolean => s.type === 'LoadBalancer' && s.externalTrafficPolicy === 'Local';
/** The node ports in use, sorted: Kubernetes compares these, not the ports list, to see if a client changed them. */
const nodePortSet = (s: ServiceSpec__Output): number[] =>
  (s.ports ?? []).map((p) => p.nodePort ?? 0).filter((n) => n !== 0).sort((a, b) => a - b);
const sameClusterIPs = (a: ServiceSpec__Output, b: ServiceSpec__Output): boolean => semanticEqual(a.clusterIPs, b.clusterIPs);

/** Keeps clusterIP and clusterIPs in step, as Kubernetes' NormalizeClusterIPs (old is absent on create). */
export function normalizeClusterIPs(svc: Service__Output, old: Service__Output | undefined): void {
  const spec = (svc.spec ??= {});
  if (old === undefined) {
    if (spec.clusterIP && (spec.clusterIPs ?? []).length === 0) spec.clusterIPs = [spec.clusterIP];
    return;
  }
  const oldSpec = old.spec ?? {};
  // An old client that sent only clusterIP (unchanged) keeps the plural field it never saw.
  if ((oldSpec.clusterIPs ?? []).length > 0 && (spec.clusterIPs ?? []).length === 0 && (oldSpec.clusterIP ?? '') === (spec.clusterIP ?? '')) {
    spec.clusterIPs = oldSpec.clusterIPs;
  }
  if ((oldSpec.clusterIP ?? '') !== (spec.clusterIP ?? '')) {
    if (oldSpec.clusterIP && !spec.clusterIP) {
      if (sameClusterIPs(oldSpec, spec)) spec.clusterIPs = undefined;
    } else if (sameClusterIPs(oldSpec, spec)) {
      spec.clusterIPs = spec.clusterIP ? [spec.clusterIP] : undefined;
    }
  }
}

/** Copies allocated values the client left out from the stored Service (Kubernetes' patchAllocatedValues). */
export function patchAllocatedValues(svc: Service__Output, old: Service__Output): void {
  const spec = (svc.spec ??= {});
  const oldSpec = old.spec ?? {};
  if (needsClusterIP(oldSpec) && needsClusterIP(spec)) {
    if (!spec.clusterIP) spec.clusterIP = oldSpec.clusterIP;
    if ((spec.clusterIPs ?? []).length === 0 && (oldSpec.clusterIPs ?? []).length > 0) spec.clusterIPs = oldSpec.clusterIPs;
  }
  if (needsNodePort(oldSpec) && needsNodePort(spec)) {
    const used = new Set((spec.ports ?? []).map((p) => p.nodePort ?? 0).filter((n) => n !== 0));
    const byName = new Map((oldSpec.ports ?? []).map((p) => [p.name ?? '', p.nodePort ?? 0]));
    for (const p of spec.ports ?? []) {
      if (p.nodePort) continue;
      const oldPort = byName.get(p.name ?? '') ?? 0;
      if (oldPort !== 0 && !used.has(oldPort)) p.nodePort = oldPort;
    }
  }
  if (needsHCNodePort(oldSpec) && needsHCNodePort(spec) && !spec.healthCheckNodePort) {
    spec.healthCheckNodePort = oldSpec.healthCheckNodePort;
  }
}

/** Clears what a type change made meaningless, when the client left it as it was (dropTypeDependentFields). */
export function dropTypeDependentFields(svc: Service__Output, old: Service__Output): void {
  const spec = (svc.spec ??= {});
  const oldSpec = old.spec ?? {};
  if (needsClusterIP(oldSpec) && !needsClusterIP(spec)) {
    if (sameClusterIPs(oldSpec, spec)) {
      spec.clusterIP = undefined;
      spec.clusterIPs = undefined;
    }
    if (semanticEqual(oldSpec.ipFamilies, spec.ipFamilies)) spec.ipFamilies = undefined;
    if (oldSpec.ipFamilyPolicy === spec.ipFamilyPolicy) spec.ipFamilyPolicy = undefined;
  }
  if (needsNodePort(oldSpec) && !needsNodePort(spec) && semanticEqual(nodePortSet(oldSpec), nodePortSet(spec))) {
    for (const p of spec.ports ?? []) p.nodePort = undefined;
  }
  if (needsHCNodePort(oldSpec) && !needsHCNodePort(spec) && oldSpec.healthCheckNodePort === spec.healthCheckNodePort) {
    spec.healthCheckNodePort = undefined;
  }
  if (oldSpec.type === 'LoadBalancer' && spec.type !== 'LoadBalancer') {
    if (oldSpec.allocateLoadBalancerNodePorts === spec.allocateLoadBalancerNodePorts) spec.allocateLoadBalancerNodePorts = undefined;
    if (oldSpec.loadBalancerClass === spec.loadBalancerClass) spec.loadBalancerClass = undefined;
  }
  const externallyAccessible = (s: ServiceSpec__Output): boolean =>
    s.type === 'NodePort' || s.type === 'LoadBalancer' || (s.type === 'ClusterIP' && (s.externalIPs ?? []).length > 0);
  if (!externallyAccessible(spec) && oldSpec.externalTrafficPolicy === spec.externalTrafficPolicy) spec.externalTrafficPolicy = undefined;
  if (spec.type === 'ExternalName' && oldSpec.internalTrafficPolicy === spec.internalTrafficPolicy) spec.internalTrafficPolicy = undefined;
}
