/**
 * What Kubernetes' Service strategy does to an updated Service before validating it
 * (strategy.go dropTypeDependentFields): clear the values a type change made meaningless, when the
 * client left them as they were, so that they are given back. Carrying allocated values over and
 * keeping clusterIP and clusterIPs in step happen earlier, in the allocator (its
 * patchAllocatedValues and normalizeClusterIPs), as in Kubernetes' REST storage.
 */
import type { Service__Output } from '../../../../api/generated/skiff/core/v1/Service.js';
import type { ServiceSpec__Output } from '../../../../api/generated/skiff/core/v1/ServiceSpec.js';
import {
  needsClusterIP,
  needsHealthCheckNodePort,
  needsNodePort,
  portNodePorts,
  sameSingularAndPluralClusterIPs,
} from '../../../../api/service/index.js';
import { isExternallyAccessible, semanticEqual } from '../../../../api/validation/core/index.js';

/** True when the new spec adds no node port the old one did not have (it may drop or move some). */
const noNewNodePorts = (oldSpec: ServiceSpec__Output, spec: ServiceSpec__Output): boolean => {
  const old = portNodePorts(oldSpec);
  return [...portNodePorts(spec)].every((n) => old.has(n));
};

/** Clears what a type change made meaningless, when the client left it as it was (dropTypeDependentFields). */
export function dropTypeDependentFields(svc: Service__Output, old: Service__Output): void {
  const spec = (svc.spec ??= {});
  const oldSpec = old.spec ?? {};
  if (needsClusterIP(old) && !needsClusterIP(svc)) {
    if (sameSingularAndPluralClusterIPs(oldSpec, spec)) {
      spec.clusterIP = undefined;
      spec.clusterIPs = undefined;
    }
    if (semanticEqual(oldSpec.ipFamilies ?? [], spec.ipFamilies ?? [])) spec.ipFamilies = undefined;
    if (oldSpec.ipFamilyPolicy === spec.ipFamilyPolicy) spec.ipFamilyPolicy = undefined;
  }
  if (needsNodePort(old) && !needsNodePort(svc) && noNewNodePorts(oldSpec, spec)) {
    for (const p of spec.ports ?? []) p.nodePort = undefined;
  }
  if (needsHealthCheckNodePort(old) && !needsHealthCheckNodePort(svc) && oldSpec.healthCheckNodePort === spec.healthCheckNodePort) {
    spec.healthCheckNodePort = undefined;
  }
  if (oldSpec.type === 'LoadBalancer' && spec.type !== 'LoadBalancer') {
    if (oldSpec.allocateLoadBalancerNodePorts === spec.allocateLoadBalancerNodePorts) spec.allocateLoadBalancerNodePorts = undefined;
    if (oldSpec.loadBalancerClass === spec.loadBalancerClass) spec.loadBalancerClass = undefined;
  }
  if (!isExternallyAccessible(spec) && oldSpec.externalTrafficPolicy === spec.externalTrafficPolicy) spec.externalTrafficPolicy = undefined;
  if (spec.type === 'ExternalName' && oldSpec.internalTrafficPolicy === spec.internalTrafficPolicy) spec.internalTrafficPolicy = undefined;
  // A load balancer's address goes with the type; its de-provisioning is the controller's business.
  if (spec.type !== 'LoadBalancer' && svc.status?.loadBalancer?.ingress?.length) svc.status = { ...svc.status, loadBalancer: {} };
}
