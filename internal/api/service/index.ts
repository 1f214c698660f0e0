/**
 * service: what a Service's fields mean, read off the object and never changed, as Kubernetes'
 * Service registry reads them (the needsClusterIP, needsNodePort and needsHCNodePort predicates
 * its strategy and its REST storage each keep, and the comparisons an update is judged by). Both
 * the Service strategy and the allocator stand on it, so neither has to import the other.
 */
export { serviceType, needsClusterIP, needsNodePort, shouldAllocateNodePorts, needsHealthCheckNodePort } from './service-type.js';
export { samePluralClusterIPs, sameSingularAndPluralClusterIPs } from './same-cluster-ips.js';
export { portNodePorts } from './port-node-ports.js';
