/**
 * Service validation as Kubernetes' ValidateService, ValidateServiceUpdate and
 * ValidateServiceStatusUpdate: ports, type-specific fields, cluster IPs and IP families,
 * session affinity, traffic policies, and which allocated values may change on update.
 */
import type { Service__Output } from '../../generated/skiff/core/v1/Service.js';
import type { ServicePort__Output } from '../../generated/skiff/core/v1/ServicePort.js';
import type { ServiceSpec__Output } from '../../generated/skiff/core/v1/ServiceSpec.js';
import { FieldError, FieldPath, goValue, ipFamily, isValidCIDR, isValidIP, isValidPortNum, validateLabels } from '../index.js';
import { validateDNS1123Label, validateDNS1123Subdomain, validateQualifiedName } from './formats.js';
import { GO_IP_FAMILIES, GO_SERVICE_PORT } from './go-types.js';
import { validateNonSpecialIP } from './non-special-ip.js';
import { validatePortNumOrName, validateProtocol } from './ports.js';

const SPEC = FieldPath.root('spec');
const SERVICE_TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
/** The longest ClientIP session affinity Kubernetes allows (one day). */
export const MAX_CLIENT_IP_SERVICE_AFFINITY_SECONDS = 86400;

/** Whether a Service is headless (`clusterIP: None`). */
export function isHeadlessService(svc: Service__Output): boolean {
  const ips = svc.spec?.clusterIPs ?? [];
  return ips.length === 1 && ips[0] === 'None';
}

/** Whether a Service is reachable from outside the cluster (NodePort, LoadBalancer, or external IPs). */
export function isExternallyAccessible(spec: ServiceSpec__Output): boolean {
  return spec.type === 'LoadBalancer' || spec.type === 'NodePort' || (spec.type === 'ClusterIP' && (spec.externalIPs ?? []).length > 0);
}

/** Validates a Service (metadata is validated generically). */
export function validateService(svc: Service__Output): FieldError[] {
  const spec = svc.spec ?? {};
  const errs: FieldError[] = [];
  const ports = spec.ports ?? [];
  const headless = isHeadlessService(svc);
  if (ports.length === 0 && !headless && spec.type !== 'ExternalName') errs.push(FieldError.required(SPEC.child('ports')));
  switch (spec.type) {
    case 'LoadBalancer':
    case 'NodePort':
      if (headless) {
        errs.push(FieldError.invalid(SPEC.child('clusterIPs').index(0), 'None', `may not be set to 'None' for ${spec.type} services`));
      }
      break;
    case 'ExternalName': {
      if ((spec.clusterIPs ?? []).length > 0) errs.push(FieldError.forbidden(SPEC.child('clusterIPs'), 'may not be set for ExternalName services'));
      if ((spec.ipFamilies ?? []).length > 0) errs.push(FieldError.forbidden(SPEC.child('ipFamilies'), 'may not be set for ExternalName services'));
      if (spec.ipFamilyPolicy !== undefined) errs.push(FieldError.forbidden(SPEC.child('ipFamilyPolicy'), 'may not be set for ExternalName services'));
      // A CNAME may end in a dot to mark it fully qualified.
      const cname = (spec.externalName ?? '').replace(/\.$/, '');
      if (cname.length > 0) errs.push(...validateDNS1123Subdomain(cname, SPEC.child('externalName')));
      else errs.push(FieldError.required(SPEC.child('externalName')));
      break;
    }
  }
  const names = new Set<string>();
  ports.forEach((p, i) => errs.push(...validateServicePort(p, ports.length > 1, names, SPEC.child('ports').index(i))));
  if (spec.selector) errs.push(...validateLabels(spec.selector, SPEC.child('selector')));
  const affinity = spec.sessionAffinity ?? '';
  if (affinity === '') errs.push(FieldError.required(SPEC.child('sessionAffinity')));
  else if (affinity !== 'ClientIP' && affinity !== 'None') errs.push(FieldError.notSupported(SPEC.child('sessionAffinity'), affinity, ['ClientIP', 'None']));
  if (affinity === 'ClientIP') errs.push(...validateClientIPAffinityConfig(spec));
  else if (affinity === 'None' && spec.sessionAffinityConfig) {
    errs.push(FieldError.forbidden(SPEC.child('sessionAffinityConfig'), 'must not be set when session affinity is None'));
  }
  errs.push(...validateServiceClusterIPsRelatedFields(svc));
  (spec.externalIPs ?? []).forEach((ip, i) => {
    const p = SPEC.child('externalIPs').index(i);
    const ipErrs = isValidIP(p, ip);
    errs.push(...(ipErrs.length > 0 ? ipErrs : validateNonSpecialIP(ip, p)));
  });
  const type = spec.type ?? '';
  if (type === '') errs.push(FieldError.required(SPEC.child('type')));
  else if (!SERVICE_TYPES.includes(type)) errs.push(FieldError.notSupported(SPEC.child('type'), type, SERVICE_TYPES));
  if (type === 'ClusterIP') {
    ports.forEach((p, i) => {
      if (p.nodePort) errs.push(FieldError.forbidden(SPEC.child('ports').index(i).child('nodePort'), "may not be used when `type` is 'ClusterIP'"));
    });
  }
  const nodePorts = new Set<string>();
  ports.forEach((p, i) => {
    if (!p.nodePort) return;
    const key = `${p.protocol ?? ''}/${p.nodePort}`;
    if (nodePorts.has(key)) errs.push(FieldError.duplicate(SPEC.child('ports').index(i).child('nodePort'), p.nodePort));
    nodePorts.add(key);
  });
  const portKeys = new Set<string>();
  ports.forEach((p, i) => {
    const key = `${p.protocol ?? ''}/${p.port ?? 0}`;
    if (portKeys.has(key)) {
      errs.push(FieldError.duplicate(SPEC.child('ports').index(i), goValue(GO_SERVICE_PORT, { protocol: p.protocol, port: p.port })));
    }
    portKeys.add(key);
  });
  const ranges = spec.loadBalancerSourceRanges ?? [];
  if (ranges.length > 0) {
    // Kubernetes capitalises this path; kept so messages match.
    const p = SPEC.child('LoadBalancerSourceRanges');
    if (type !== 'LoadBalancer') errs.push(FieldError.forbidden(p, "may only be used when `type` is 'LoadBalancer'"));
    ranges.forEach((r, i) => errs.push(...isValidCIDR(p.index(i), r.trim())));
  }
  if (spec.allocateLoadBalancerNodePorts !== undefined && type !== 'LoadBalancer') {
    errs.push(FieldError.forbidden(SPEC.child('allocateLoadBalancerNodePorts'), "may only be used when `type` is 'LoadBalancer'"));
  }
  if (type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts === undefined) {
    errs.push(FieldError.required(FieldPath.root('allocateLoadBalancerNodePorts')));
  }
  if (type === 'LoadBalancer') {
    if (spec.loadBalancerClass !== undefined) errs.push(...validateQualifiedName(spec.loadBalancerClass, SPEC.child('loadBalancerClass')));
  } else if (spec.loadBalancerClass !== undefined) {
    errs.push(FieldError.forbidden(SPEC.child('loadBalancerClass'), "may only be used when `type` is 'LoadBalancer'"));
  }
  errs.push(...validateExternalTrafficPolicy(spec));
  if (spec.internalTrafficPolicy === undefined) {
    if (type === 'NodePort' || type === 'LoadBalancer' || type === 'ClusterIP') errs.push(FieldError.required(SPEC.child('internalTrafficPolicy')));
  } else if (spec.internalTrafficPolicy !== 'Cluster' && spec.internalTrafficPolicy !== 'Local') {
    errs.push(FieldError.notSupported(SPEC.child('internalTrafficPolicy'), spec.internalTrafficPolicy, ['Cluster', 'Local']));
  }
  if (spec.trafficDistribution !== undefined && spec.trafficDistribution !== 'PreferClose') {
    errs.push(FieldError.notSupported(SPEC.child('trafficDistribution'), spec.trafficDistribution, ['PreferClose']));
  }
  return errs;
}

function validateServicePort(sp: ServicePort__Output, requireName: boolean, names: Set<string>, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const name = sp.name ?? '';
  if (requireName && name === '') errs.push(FieldError.required(path.child('name')));
  else if (name !== '') {
    errs.push(...validateDNS1123Label(name, path.child('name')));
    if (names.has(name)) errs.push(FieldError.duplicate(path.child('name'), name));
    else names.add(name);
  }
  const port = sp.port ?? 0;
  errs.push(...isValidPortNum(port).map((m) => FieldError.invalid(path.child('port'), port, m)));
  errs.push(...validateProtocol(sp.protocol, path.child('protocol')));
  errs.push(...validatePortNumOrName(sp.targetPort, path.child('targetPort')));
  if (sp.appProtocol !== undefined) errs.push(...validateQualifiedName(sp.appProtocol, path.child('appProtocol')));
  return errs;
}

function validateClientIPAffinityConfig(spec: ServiceSpec__Output): FieldError[] {
  const p = SPEC.child('sessionAffinityConfig');
  const detail = 'when session affinity type is ClientIP';
  const cfg = spec.sessionAffinityConfig;
  if (!cfg) return [FieldError.required(p, detail)];
  if (!cfg.clientIP) return [FieldError.required(p.child('clientIP'), detail)];
  const timeout = cfg.clientIP.timeoutSeconds;
  const tp = p.child('clientIP', 'timeoutSeconds');
  if (timeout === undefined) return [FieldError.required(tp, detail)];
  if (timeout <= 0 || timeout > MAX_CLIENT_IP_SERVICE_AFFINITY_SECONDS) {
    return [FieldError.invalid(tp, timeout, `must be greater than 0 and less than ${MAX_CLIENT_IP_SERVICE_AFFINITY_SECONDS}`)];
  }
  return [];
}

function validateExternalTrafficPolicy(spec: ServiceSpec__Output): FieldError[] {
  const errs: FieldError[] = [];
  const etp = spec.externalTrafficPolicy ?? '';
  if (!isExternallyAccessible(spec)) {
    if (etp !== '') errs.push(FieldError.invalid(SPEC.child('externalTrafficPolicy'), etp, 'may only be set for externally-accessible services'));
  } else if (etp === '') errs.push(FieldError.required(SPEC.child('externalTrafficPolicy')));
  else if (etp !== 'Cluster' && etp !== 'Local') errs.push(FieldError.notSupported(SPEC.child('externalTrafficPolicy'), etp, ['Cluster', 'Local']));
  const needsHealthCheck = spec.type === 'LoadBalancer' && etp === 'Local';
  const hc = spec.healthCheckNodePort ?? 0;
  if (!needsHealthCheck) {
    if (hc !== 0) {
      errs.push(FieldError.invalid(SPEC.child('healthCheckNodePort'), hc, "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"));
    }
  } else if (hc === 0) {
    // The allocator gave it one before validation, unless the registry has no allocator.
    errs.push(FieldError.required(SPEC.child('healthCheckNodePort')));
  } else {
    errs.push(...isValidPortNum(hc).map((m) => FieldError.invalid(SPEC.child('healthCheckNodePort'), hc, m)));
  }
  return errs;
}

/**
 * Validates clusterIP, clusterIPs, ipFamilies and ipFamilyPolicy on their own (Kubernetes'
 * ValidateServiceClusterIPsRelatedFields): part of validateService, and the loose check the
 * Service allocator makes before it allocates.
 */
export function validateServiceClusterIPsRelatedFields(svc: Service__Output): FieldError[] {
  const spec = svc.spec ?? {};
  if (spec.type === 'ExternalName') return [];
  const errs: FieldError[] = [];
  const ipsPath = SPEC.child('clusterIPs');
  const ips = spec.clusterIPs ?? [];
  if (spec.clusterIP) {
    if (ips.length === 0) errs.push(FieldError.required(ipsPath));
    else if (ips[0] !== spec.clusterIP) errs.push(FieldError.invalid(ipsPath, ips, 'first value must match `clusterIP`'));
  } else if (ips.length > 0) {
    errs.push(FieldError.invalid(ipsPath, ips, 'must be empty when `clusterIP` is not specified'));
  }
  const seen = new Set<string>();
  (spec.ipFamilies ?? []).forEach((f, i) => {
    const p = SPEC.child('ipFamilies').index(i);
    if (f !== 'IPv4' && f !== 'IPv6') errs.push(FieldError.notSupported(p, f, ['IPv4', 'IPv6']));
    if (seen.has(f)) errs.push(FieldError.duplicate(p, f));
    seen.add(f);
  });
  const policy = spec.ipFamilyPolicy;
  if (policy !== undefined && !['PreferDualStack', 'RequireDualStack', 'SingleStack'].includes(policy)) {
    errs.push(FieldError.notSupported(SPEC.child('ipFamilyPolicy'), policy, ['PreferDualStack', 'RequireDualStack', 'SingleStack']));
  }
  let invalid = false;
  ips.forEach((ip, i) => {
    if (i === 0 && ip === 'None') {
      if (ips.length > 1) {
        invalid = true;
        errs.push(FieldError.invalid(ipsPath, ips, "'None' must be the first and only value"));
      }
      return;
    }
    const e = isValidIP(ipsPath.index(i), ip);
    if (e.length > 0) invalid = true;
    errs.push(...e);
  });
  if (ips.length > 2) errs.push(FieldError.invalid(ipsPath, ips, 'may only hold up to 2 values'));
  if (invalid) return errs;
  if (ips.length > 1 && new Set(ips.map(ipFamily)).size !== 2) {
    errs.push(FieldError.invalid(ipsPath, ips, 'may specify no more than one IP for each IP family'));
  }
  const families = spec.ipFamilies ?? [];
  if (!isHeadlessService(svc) && ips.length > 0 && families.length > 0) {
    ips.forEach((ip, i) => {
      if (i > families.length - 1) return;
      if (families[i] === 'IPv4' && ipFamily(ip) === 6) {
        errs.push(FieldError.invalid(ipsPath.index(i), ip, `expected an IPv4 value as indicated by \`ipFamilies[${i}]\``));
      }
      if (families[i] === 'IPv6' && ipFamily(ip) !== 6) {
        errs.push(FieldError.invalid(ipsPath.index(i), ip, `expected an IPv6 value as indicated by \`ipFamilies[${i}]\``));
      }
    });
  }
  return errs;
}

/**
 * Validates a Service update: allocated cluster IPs and IP families may not change (except to or
 * from ExternalName, and except adding or releasing a secondary one), nor the load balancer class
 * or health-check port, and the new Service must be valid.
 */
export function validateServiceUpdate(svc: Service__Output, old: Service__Output): FieldError[] {
  const spec = svc.spec ?? {};
  const oldSpec = old.spec ?? {};
  const errs: FieldError[] = [];
  const externalName = spec.type === 'ExternalName' || oldSpec.type === 'ExternalName';
  if (!externalName) {
    errs.push(...validateUpgradeDowngradeClusterIPs(svc, old));
    errs.push(...validateUpgradeDowngradeIPFamilies(svc, old));
  }
  if (oldSpec.type === 'LoadBalancer' && spec.type === 'LoadBalancer' && oldSpec.loadBalancerClass !== spec.loadBalancerClass) {
    errs.push(FieldError.invalid(SPEC.child('loadBalancerClass'), spec.loadBalancerClass ?? null, 'may not change once set'));
  }
  const needsHC = (s: ServiceSpec__Output): boolean => s.type === 'LoadBalancer' && s.externalTrafficPolicy === 'Local';
  if (needsHC(oldSpec) && needsHC(spec) && (spec.healthCheckNodePort ?? 0) !== (oldSpec.healthCheckNodePort ?? 0)) {
    errs.push(FieldError.forbidden(SPEC.child('healthCheckNodePort'), 'field is immutable'));
  }
  errs.push(...validateService(svc));
  return errs;
}

function validateUpgradeDowngradeClusterIPs(svc: Service__Output, old: Service__Output): FieldError[] {
  if (isHeadlessService(svc) && isHeadlessService(old)) return [];
  const ips = svc.spec?.clusterIPs ?? [];
  const oldIPs = old.spec?.clusterIPs ?? [];
  const p0 = SPEC.child('clusterIPs').index(0);
  const errs: FieldError[] = [];
  if (oldIPs.length === ips.length) {
    oldIPs.forEach((ip, i) => {
      if (ip !== ips[i]) errs.push(FieldError.invalid(SPEC.child('clusterIPs').index(i), ips, 'may not change once set'));
    });
  } else if (oldIPs.length > ips.length) {
    if (ips.length === 0) errs.push(FieldError.invalid(p0, ips, 'primary clusterIP can not be unset'));
    if (oldIPs.length > 0 && ips.length > 0 && ips[0] !== oldIPs[0]) errs.push(FieldError.invalid(p0, ips, 'may not change once set'));
    if (ips.length === 1 && svc.spec?.ipFamilyPolicy !== 'SingleStack') {
      errs.push(FieldError.invalid(SPEC.child('ipFamilyPolicy'), svc.spec?.ipFamilyPolicy ?? null, "must be set to 'SingleStack' when releasing the secondary clusterIP"));
    }
  } else if (oldIPs.length > 0 && ips[0] !== oldIPs[0]) {
    errs.push(FieldError.invalid(p0, ips, 'may not change once set'));
  }
  return errs;
}

function validateUpgradeDowngradeIPFamilies(svc: Service__Output, old: Service__Output): FieldError[] {
  if (isHeadlessService(svc) !== isHeadlessService(old) || isHeadlessService(svc)) return [];
  const fams = svc.spec?.ipFamilies ?? [];
  const oldFams = old.spec?.ipFamilies ?? [];
  const ips = svc.spec?.clusterIPs ?? [];
  const p0 = SPEC.child('ipFamilies').index(0);
  const errs: FieldError[] = [];
  if (oldFams.length === fams.length) {
    oldFams.forEach((f, i) => {
      if (f !== fams[i]) errs.push(FieldError.invalid(p0, goValue(GO_IP_FAMILIES, fams), 'may not change once set'));
    });
  } else if (oldFams.length > fams.length) {
    if (ips.length === 0) errs.push(FieldError.invalid(p0, goValue(GO_IP_FAMILIES, fams), 'primary ipFamily can not be unset'));
    if (fams.length > 0 && fams[0] !== oldFams[0]) errs.push(FieldError.invalid(p0, ips, 'may not change once set'));
    if (fams.length === 1 && svc.spec?.ipFamilyPolicy !== 'SingleStack') {
      errs.push(FieldError.invalid(SPEC.child('ipFamilyPolicy'), svc.spec?.ipFamilyPolicy ?? null, "must be set to 'SingleStack' when releasing the secondary ipFamily"));
    }
  } else if (oldFams.length > 0 && fams.length > 0 && fams[0] !== oldFams[0]) {
    errs.push(FieldError.invalid(p0, ips, 'may not change once set'));
  }
  return errs;
}

/** Validates a Service status update: load balancer ingress only for LoadBalancer Services. */
export function validateServiceStatusUpdate(svc: Service__Output, _old: Service__Output): FieldError[] {
  const ingress = svc.status?.loadBalancer?.ingress ?? [];
  const path = FieldPath.root('status', 'loadBalancer', 'ingress');
  if (svc.spec?.type !== 'LoadBalancer' && ingress.length > 0) {
    return [FieldError.forbidden(path, "may only be used when `spec.type` is 'LoadBalancer'")];
  }
  const errs: FieldError[] = [];
  ingress.forEach((ing, i) => {
    const p = path.index(i);
    const ip = ing.ip ?? '';
    if (ip) errs.push(...isValidIP(p.child('ip'), ip));
    if (ing.ipMode === undefined) {
      if (ip) errs.push(FieldError.required(p.child('ipMode'), 'must be specified when `ip` is set'));
    } else if (!ip) errs.push(FieldError.forbidden(p.child('ipMode'), 'may not be specified when `ip` is not set'));
    else if (ing.ipMode !== 'VIP' && ing.ipMode !== 'Proxy') errs.push(FieldError.notSupported(p.child('ipMode'), ing.ipMode, ['Proxy', 'VIP']));
    const host = ing.hostname ?? '';
    if (host) {
      errs.push(...validateDNS1123Subdomain(host, p.child('hostname')));
      if (ipFamily(host) !== undefined) errs.push(FieldError.invalid(p.child('hostname'), host, 'must be a DNS name, not an IP address'));
    }
  });
  return errs;
}
