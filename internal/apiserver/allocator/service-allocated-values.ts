/**
 * What Kubernetes' Service REST storage does to an incoming Service before it allocates
 * (storage.go beginCreate and beginUpdate): `normalizeClusterIPs` keeps clusterIP and clusterIPs in
 * step for clients that know only the singular field, and on update `patchAllocatedValues`
 * carries over the values allocated on the client's behalf that it left out (cluster IPs, node
 * ports, the health-check port), so that re-applying the original manifest is no attempt to change
 * an immutable field.
 */
import type { Service__Output } from '../../api/generated/skiff/core/v1/Service.js';
import { needsClusterIP, needsHealthCheckNodePort, needsNodePort, portNodePorts, samePluralClusterIPs } from '../../api/service/index.js';

/** Keeps clusterIP and clusterIPs in step, as Kubernetes' normalizeClusterIPs (`old` is absent on create). */
export function normalizeClusterIPs(svc: Service__Output, old: Service__Output | undefined): void {
  const spec = (svc.spec ??= {});
  if (old === undefined) {
    if (spec.clusterIP && (spec.clusterIPs ?? []).length === 0) spec.clusterIPs = [spec.clusterIP];
    return;
  }
  const oldSpec = old.spec ?? {};
  // An old client that sent only clusterIP (unchanged) keeps the plural field it never saw.
  if ((oldSpec.clusterIPs ?? []).length > 0 && (spec.clusterIPs ?? []).length === 0 && (oldSpec.clusterIP ?? '') === (spec.clusterIP ?? '')) {
    spec.clusterIPs = [...oldSpec.clusterIPs!];
  }
  if ((oldSpec.clusterIP ?? '') !== (spec.clusterIP ?? '')) {
    if (oldSpec.clusterIP && !spec.clusterIP) {
      if (samePluralClusterIPs(oldSpec, spec)) spec.clusterIPs = undefined;
    } else if (samePluralClusterIPs(oldSpec, spec)) {
      spec.clusterIPs = spec.clusterIP ? [spec.clusterIP] : undefined;
    }
  }
}

/** Copies the allocated values an update left out from the stored Service (Kubernetes' patchAllocatedValues). */
export function patchAllocatedValues(svc: Service__Output, old: Service__Output): void {
  const spec = (svc.spec ??= {});
  const oldSpec = old.spec ?? {};
  if (needsClusterIP(old) && needsClusterIP(svc)) {
    if (!spec.clusterIP) spec.clusterIP = oldSpec.clusterIP;
    if ((spec.clusterIPs ?? []).length === 0 && (oldSpec.clusterIPs ?? []).length > 0) spec.clusterIPs = [...oldSpec.clusterIPs!];
  }
  if (needsNodePort(old) && needsNodePort(svc)) {
    // A port the new spec already uses is not carried to another; ports match by name.
    const newPorts = portNodePorts(spec);
    const used = new Set([...portNodePorts(oldSpec)].filter((n) => newPorts.has(n)));
    const byName = new Map((oldSpec.ports ?? []).map((p) => [p.name ?? '', p.nodePort ?? 0]));
    for (const p of spec.ports ?? []) {
      if (p.nodePort) continue;
      const carried = byName.get(p.name ?? '') ?? 0;
      if (carried !== 0 && !used.has(carried)) p.nodePort = carried;
    }
  }
  if (needsHealthCheckNodePort(old) && needsHealthCheckNodePort(svc) && !spec.healthCheckNodePort) {
    spec.healthCheckNodePort = oldSpec.healthCheckNodePort;
  }
}
