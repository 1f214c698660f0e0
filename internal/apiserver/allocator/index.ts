/**
 * allocator: the API server's allocation of Service ClusterIPs (from the Service CIDR) and
 * NodePorts (from the node-port range). Allocations live in memory and are persisted by the
 * Services themselves: each allocator's `restore` rebuilds it at startup from the stored Services.
 * `serviceAllocationHooks` plugs both into the `services` registry, taking before the write is
 * prepared and validated (as Kubernetes' BeginCreate and BeginUpdate) and giving back after a
 * refused or failed write, an update that drops a value, or a delete. A dry run takes nothing: it
 * checks as Kubernetes' dry-run allocators do and answers with placeholders for random values.
 */
export { AllocationError, type AllocationErrorCode, RANGE_FULL } from './allocation-error.js';
export { type RandomSource } from './range-bitmap.js';
export {
  DEFAULT_SERVICE_CIDR,
  MIN_SERVICE_CIDR_PREFIX,
  MAX_SERVICE_CIDR_PREFIX,
  type ServiceCIDR,
  type ServiceCIDRResult,
  parseServiceCIDR,
  validateServiceCIDR,
} from './service-cidr.js';
export {
  DEFAULT_NODE_PORT_RANGE,
  type PortRange,
  type PortRangeResult,
  parsePortRange,
  validatePortRange,
  formatPortRange,
} from './port-range.js';
export { ClusterIPAllocator, type ClusterIPAllocatorOptions } from './cluster-ip-allocator.js';
export { PortAllocator, type PortAllocatorOptions } from './port-allocator.js';
export {
  CLUSTER_IP_NONE,
  serviceType,
  needsClusterIP,
  needsNodePort,
  shouldAllocateNodePorts,
  needsHealthCheckNodePort,
  heldClusterIPs,
  heldNodePorts,
} from './service-fields.js';
export { serviceAllocationHooks, type ServiceAllocators } from './service-allocation-hooks.js';
export { CLUSTER_IP_FAMILIES, initIPFamilyFields } from './service-ip-families.js';
export { normalizeClusterIPs, patchAllocatedValues } from './service-allocated-values.js';
