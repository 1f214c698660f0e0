/**
 * What a Service needs of the allocators by its type, as Kubernetes' needsClusterIP, needsNodePort
 * and needsHCNodePort (pkg/registry/core/service, in strategy.go and again in storage/storage.go).
 * An unset type reads as ClusterIP, which it defaults to.
 */
import type { Service__Output } from '../generated/skiff/core/v1/Service.js';

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
