/**
 * initIPFamilyFields: how Kubernetes' Service allocator settles a Service's ipFamilyPolicy and
 * ipFamilies before it allocates anything (alloc.go initIPFamilyFields), on this single-stack IPv4
 * cluster. A policy left out is the stored Service's on update, else SingleStack (RequireDualStack
 * for a headless Service without a selector, which allocates nothing and may have endpoints of
 * either family); families left out follow the cluster IPs, else the cluster's. A request whose
 * clusterIP fields contradict each other, or that asks for what the cluster cannot serve, is
 * refused here, with only these errors, before the rest of the Service is validated.
 */
import type { Service__Output } from '../../api/generated/skiff/core/v1/Service.js';
import type { ServiceSpec__Output } from '../../api/generated/skiff/core/v1/ServiceSpec.js';
import { samePluralClusterIPs } from '../../api/service/index.js';
import { semanticEqual, validateServiceClusterIPsRelatedFields } from '../../api/validation/core/index.js';
import { FieldError, FieldPath, ipFamily } from '../../api/validation/index.js';
import { CLUSTER_IP_NONE } from './service-fields.js';

/** The IP families the cluster's Service CIDR serves. */
export const CLUSTER_IP_FAMILIES: readonly string[] = ['IPv4'];

const POLICY_PATH = FieldPath.root('spec', 'ipFamilyPolicy');
const FAMILIES_PATH = FieldPath.root('spec', 'ipFamilies');
const CLUSTER_IPS_PATH = FieldPath.root('spec', 'clusterIPs');
const ALLOCATING_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer'];

const otherFamily = (family: string): string => (family === 'IPv4' ? 'IPv6' : 'IPv4');
// The cluster IPs were checked to be addresses before this is asked.
const familyOf = (ip: string): string => (ipFamily(ip) === 6 ? 'IPv6' : 'IPv4');
const sameIPFamilies = (a: ServiceSpec__Output, b: ServiceSpec__Output): boolean => semanticEqual(a.ipFamilies ?? [], b.ipFamilies ?? []);

/** True for a headless Service without a selector: it allocates nothing and may list endpoints of either family. */
function headlessSelectorless(spec: ServiceSpec__Output): boolean {
  return spec.clusterIP === CLUSTER_IP_NONE && Object.keys(spec.selector ?? {}).length === 0;
}

/**
 * True when an update leaves a PreferDualStack Service's type, cluster IPs and families as they
 * were: Kubernetes then changes nothing, so that a cluster's change of dual-stackness never adds
 * or drops an address on its own.
 */
function isMatchingPreferDualStack(svc: Service__Output, old: Service__Output | undefined): boolean {
  const spec = svc.spec ?? {};
  const oldSpec = old?.spec;
  if (oldSpec === undefined || spec.ipFamilyPolicy === undefined) return false;
  if (oldSpec.type !== spec.type || !ALLOCATING_TYPES.includes(spec.type ?? '')) return false;
  if (spec.ipFamilyPolicy !== 'PreferDualStack') return false;
  if (oldSpec.ipFamilyPolicy !== undefined && oldSpec.ipFamilyPolicy !== 'PreferDualStack') return false;
  return samePluralClusterIPs(oldSpec, spec) && sameIPFamilies(oldSpec, spec);
}

/** An update that keeps IPs and families and asks for SingleStack drops the secondary ones; no other policy may. */
function updateOnlyChecks(spec: ServiceSpec__Output, oldSpec: ServiceSpec__Output): FieldError[] {
  if (spec.ipFamilyPolicy === 'SingleStack') {
    if (samePluralClusterIPs(oldSpec, spec) && (spec.clusterIPs ?? []).length > 1) spec.clusterIPs = spec.clusterIPs!.slice(0, 1);
    if (sameIPFamilies(oldSpec, spec) && (spec.ipFamilies ?? []).length > 1) spec.ipFamilies = spec.ipFamilies!.slice(0, 1);
    return [];
  }
  const errs: FieldError[] = [];
  const reduced = (now: readonly string[] | undefined, before: readonly string[] | undefined): boolean =>
    (now ?? []).length > 0 && (now ?? []).length < (before ?? []).length;
  if (reduced(spec.clusterIPs, oldSpec.clusterIPs)) {
    errs.push(FieldError.invalid(POLICY_PATH, spec.ipFamilyPolicy, "must be 'SingleStack' to release the secondary cluster IP"));
  }
  if (reduced(spec.ipFamilies, oldSpec.ipFamilies)) {
    errs.push(FieldError.invalid(POLICY_PATH, spec.ipFamilyPolicy, "must be 'SingleStack' to release the secondary IP family"));
  }
  return errs;
}

/** Families inferred from the cluster IPs the request names, where it names no family for them. */
function inferFamiliesFromClusterIPs(spec: ServiceSpec__Output): FieldError[] {
  const errs: FieldError[] = [];
  const ips = spec.clusterIPs ?? [];
  const families = [...(spec.ipFamilies ?? [])];
  for (const [i, ip] of ips.entries()) {
    if (ip === CLUSTER_IP_NONE) break;
    if (i < families.length) continue;
    const family = familyOf(ip);
    if (CLUSTER_IP_FAMILIES.includes(family)) families.push(family);
    else errs.push(FieldError.invalid(CLUSTER_IPS_PATH.index(i), ips, `${family} is not configured on this cluster`));
  }
  if (families.length > (spec.ipFamilies ?? []).length) spec.ipFamilies = families;
  return errs;
}

/**
 * Fills `svc`'s ipFamilyPolicy and ipFamilies as Kubernetes does on create (`old` undefined) and
 * update, and returns why the request cannot be served, in Kubernetes' words (empty when it can).
 * The errors are the whole answer to the request: Kubernetes refuses with them alone.
 */
export function initIPFamilyFields(svc: Service__Output, old: Service__Output | undefined): FieldError[] {
  const spec = (svc.spec ??= {});
  if (spec.type === 'ExternalName' || isMatchingPreferDualStack(svc, old)) return [];
  if (spec.ipFamilyPolicy === undefined) {
    spec.ipFamilyPolicy = old?.spec?.ipFamilyPolicy ?? (headlessSelectorless(spec) ? 'RequireDualStack' : 'SingleStack');
  }
  const loose = validateServiceClusterIPsRelatedFields(svc);
  if (loose.length > 0) return loose;

  const errs = old?.spec ? updateOnlyChecks(spec, old.spec) : [];
  if (spec.ipFamilyPolicy === 'SingleStack') {
    if ((spec.clusterIPs ?? []).length === 2) {
      errs.push(FieldError.invalid(POLICY_PATH, spec.ipFamilyPolicy, "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified"));
    }
    if ((spec.ipFamilies ?? []).length === 2) {
      errs.push(FieldError.invalid(POLICY_PATH, spec.ipFamilyPolicy, "must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified"));
    }
  }
  errs.push(...inferFamiliesFromClusterIPs(spec));
  // Kubernetes stops here, so as not to pile errors on a contradiction.
  if (errs.length > 0) return errs;

  if (headlessSelectorless(spec)) {
    const families = spec.ipFamilies?.length ? spec.ipFamilies : [CLUSTER_IP_FAMILIES[0]];
    spec.ipFamilies = families.length < 2 && spec.ipFamilyPolicy !== 'SingleStack' ? [families[0], otherFamily(families[0])] : families;
    return [];
  }
  if (spec.ipFamilyPolicy === 'RequireDualStack' && CLUSTER_IP_FAMILIES.length < 2) {
    errs.push(FieldError.invalid(POLICY_PATH, spec.ipFamilyPolicy, 'this cluster is not configured for dual-stack services'));
  }
  (spec.ipFamilies ?? []).forEach((family, i) => {
    if (!CLUSTER_IP_FAMILIES.includes(family)) errs.push(FieldError.invalid(FAMILIES_PATH.index(i), family, 'not configured on this cluster'));
  });
  if (errs.length > 0) return errs;
  if (!spec.ipFamilies?.length) spec.ipFamilies = [CLUSTER_IP_FAMILIES[0]];
  return [];
}
