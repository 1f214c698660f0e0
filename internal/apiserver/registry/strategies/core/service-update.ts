/**
 * What Kubernetes' Service strategy does to an updated Service before validating it
 * (strategy.go dropTypeDependentFields): clear the values a type change made meaningless, when the
 * client left them as they were, so that they are given back. Carrying allocated values over and
 * keeping clusterIP and clusterIPs in step happen earlier, in the allocator (its
 * patchAllocatedValues and normalizeClusterIPs), as in Kubernetes' REST storage.
 */
import type { Service__Output } from '../../../../api/generated/skiff/core/v1/Service.js';
import type { ServiceSpec__Output } from '../../../../api/generated/skiff/core/v1/ServiceSpec.js';
import { semanticEqual } from '../../../../api/validation/core/index.js';

const needsClusterIP = (s: ServiceSpec__Output): boolean => s.type !== 'ExternalName';
const needsNodePort = (s: ServiceSpec__Output): boolean => s.type === 'NodePort' || s.type === 'LoadBalancer';
const needsHCNodePort = (s: ServiceSpec__Output): boolean => s.type === 'LoadBalancer' && s.externalTrafficPolicy === 'Local';
const nodePortsOf = (s: ServiceSpec__Output): number[] => (s.ports ?? []).map((p) => p.nodePort ?? 0).filter((n) => n !== 0);
/** True when the new spec adds no node port the old one did not have (it may drop or move some). */
const noNewNodePorts = (oldSpec: ServiceSpec__Output, spec: ServiceSpec__Output): boolean => {
  const old = new Set(nodePortsOf(oldSpec));
  return nodePortsOf(spec).every((n) => old.has(n));
};
const sameClusterIPs = (a: ServiceSpec__Output, b: ServiceSpec__Output): boolean =>
  (a.clusterIP ?? '') === (b.clusterIP ?? '') && semanticEqual(a.clusterIPs ?? [], b.clusterIPs ?? []);
const externallyAccessible = (s: ServiceSpec__Output): boolean =>
  s.type === 'NodePort' || s.type === 'LoadBalancer' || (s.type === 'ClusterIP' && (s.externalIPs ?? []).length > 0);

/** Clears what a type change made meaningless, when the client left it as it was (dropTypeDependentFields). */
export function dropTypeDependentFields(svc: Service__Output, old: Service__Output): void {
  const spec = (svc.spec ??= {});
  const oldSpec = old.spec ?? {};
  if (needsClusterIP(oldSpec) && !needsClusterIP(spec)) {
    if (sameClusterIPs(oldSpec, spec)) {
      spec.clusterIP = undefined;
      spec.clusterIPs = undefined;
    }
    if (semanticEqual(oldSpec.ipFamilies ?? [], spec.ipFamilies ?? [])) spec.ipFamilies = undefined;
    if (oldSpec.ipFamilyPolicy === spec.ipFamilyPolicy) spec.ipFamilyPolicy = undefined;
  }
  if (needsNodePort(oldSpec) && !needsNodePort(spec) && noNewNodePorts(oldSpec, spec)) {
    for (const p of spec.ports ?? []) p.nodePort = undefined;
  }
  if (needsHCNodePort(oldSpec) && !needsHCNodePort(spec) && oldSpec.healthCheckNodePort === spec.healthCheckNodePort) {
    spec.healthCheckNodePort = undefined;
  }
  if (oldSpec.type === 'LoadBalancer' && spec.type !== 'LoadBalancer') {
    if (oldSpec.allocateLoadBalancerNodePorts === spec.allocateLoadBalancerNodePorts) spec.allocateLoadBalancerNodePorts = undefined;
    if (oldSpec.loadBalancerClass === spec.loadBalancerClass) spec.loadBalancerClass = undefined;
  }
  if (!externallyAccessible(spec) && oldSpec.externalTrafficPolicy === spec.externalTrafficPolicy) spec.externalTrafficPolicy = undefined;
  if (spec.type === 'ExternalName' && oldSpec.internalTrafficPolicy === spec.internalTrafficPolicy) spec.internalTrafficPolicy = undefined;
  // A load balancer's address goes with the type; its de-provisioning is the controller's business.
  if (spec.type !== 'LoadBalancer' && svc.status?.loadBalancer?.ingress?.length) svc.status = { ...svc.status, loadBalancer: {} };
}
