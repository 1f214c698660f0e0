/**
 * Whether an update left a Service's cluster IPs as they were. Kubernetes has two functions named
 * sameClusterIPs that mean different things, and each caller needs its own: the REST storage's
 * (storage/alloc.go, also used by storage.go's normalizeClusterIPs) looks at the plural field only,
 * because it is asked exactly when the singular one changed; the strategy's (strategy.go, for
 * dropTypeDependentFields) needs both fields unchanged before it clears them. Absent and empty
 * lists are the same, as nil and empty slices are to Go's length-first comparison.
 */
import type { ServiceSpec__Output } from '../generated/skiff/core/v1/ServiceSpec.js';
import { semanticEqual } from '../validation/core/index.js';

/** True when `clusterIPs` (the plural field alone) is the same in both: Kubernetes' alloc.go sameClusterIPs. */
export function samePluralClusterIPs(a: ServiceSpec__Output, b: ServiceSpec__Output): boolean {
  return semanticEqual(a.clusterIPs ?? [], b.clusterIPs ?? []);
}

/** True when both `clusterIP` and `clusterIPs` are the same in both: Kubernetes' strategy.go sameClusterIPs. */
export function sameSingularAndPluralClusterIPs(a: ServiceSpec__Output, b: ServiceSpec__Output): boolean {
  return (a.clusterIP ?? '') === (b.clusterIP ?? '') && samePluralClusterIPs(a, b);
}
