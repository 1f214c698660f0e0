/**
 * The checks Kubernetes' Service allocator makes of a Service's IP families against what the
 * cluster serves (alloc.go initIPFamilyFields), before it allocates anything: Skiff serves IPv4
 * Services only, so it is a single-stack cluster. A headless Service without a selector is exempt,
 * as in Kubernetes: it allocates no address, and its endpoints may be of either family.
 * The families themselves are filled in by Service defaulting; this only refuses what cannot be had.
 */
import type { Service__Output } from '../../api/generated/skiff/core/v1/Service.js';
import { FieldError, FieldPath } from '../../api/validation/index.js';
import { CLUSTER_IP_NONE } from './service-fields.js';

/** The IP families the cluster's Service CIDR serves. */
export const CLUSTER_IP_FAMILIES: readonly string[] = ['IPv4'];

const POLICY_PATH = FieldPath.root('spec', 'ipFamilyPolicy');
const FAMILIES_PATH = FieldPath.root('spec', 'ipFamilies');

/** Why the cluster cannot serve `svc`'s IP families, in Kubernetes' words; empty when it can. */
export function validateIPFamiliesForCluster(svc: Service__Output): FieldError[] {
  const spec = svc.spec ?? {};
  if (spec.type === 'ExternalName') return [];
  const policy = spec.ipFamilyPolicy;
  const families = spec.ipFamilies ?? [];
  const errs: FieldError[] = [];
  if (policy === 'SingleStack') {
    if ((spec.clusterIPs ?? []).length === 2) {
      errs.push(FieldError.invalid(POLICY_PATH, policy, "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified"));
    }
    if (families.length === 2) {
      errs.push(FieldError.invalid(POLICY_PATH, policy, "must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified"));
    }
    // Kubernetes stops at these, so as not to pile errors on a contradiction.
    if (errs.length > 0) return errs;
  }
  if (spec.clusterIP === CLUSTER_IP_NONE && Object.keys(spec.selector ?? {}).length === 0) return errs;
  if (policy === 'RequireDualStack' && CLUSTER_IP_FAMILIES.length < 2) {
    errs.push(FieldError.invalid(POLICY_PATH, policy, 'this cluster is not configured for dual-stack services'));
  }
  families.forEach((family, i) => {
    if (!CLUSTER_IP_FAMILIES.includes(family)) errs.push(FieldError.invalid(FAMILIES_PATH.index(i), family, 'not configured on this cluster'));
  });
  return errs;
}
