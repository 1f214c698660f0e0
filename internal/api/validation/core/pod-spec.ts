/**
 * PodSpec and pod template validation as Kubernetes' ValidatePodSpec and ValidatePodTemplateSpec:
 * volumes, containers, policies, scheduling constraints, DNS settings and names, in Kubernetes'
 * order so error lists read the same.
 */
import type { PodDNSConfig__Output } from '../../generated/skiff/core/v1/PodDNSConfig.js';
import type { PodSpec__Output } from '../../generated/skiff/core/v1/PodSpec.js';
import type { PodTemplateSpec__Output } from '../../generated/skiff/core/v1/PodTemplateSpec.js';
import {
  FieldError,
  type FieldPath,
  inclusiveRangeError,
  isValidIP,
  nameIsDNSSubdomain,
  validateAnnotations,
  validateLabels,
} from '../index.js';
import { validateContainers, validateInitContainers } from './containers.js';
import { validateDNS1123Label, validateDNS1123Subdomain, validateQualifiedName } from './formats.js';
import { validateResourceRequirements } from './resources.js';
import { validateAffinity, validateTolerations, validateTopologySpreadConstraints } from './scheduling.js';
import { validatePodSecurityContext } from './security-context.js';
import { validateVolumes } from './volumes.js';

const MAX_INT32 = 2147483647;

/** How a PodSpec is being validated. */
export interface PodSpecOptions {
  /** True when the spec belongs to a Pod itself rather than a template (host ports must then match). */
  readonly resourceIsPod?: boolean;
}

/** Validates a PodSpec (Kubernetes' ValidatePodSpec). */
export function validatePodSpec(spec: PodSpec__Output, path: FieldPath, opts: PodSpecOptions = {}): FieldError[] {
  const errs: FieldError[] = [];
  if (spec.terminationGracePeriodSeconds === undefined) errs.push(FieldError.required(path.child('terminationGracePeriodSeconds')));
  const gracePeriod = spec.terminationGracePeriodSeconds;
  const hostUsers = spec.hostUsers ?? true;
  const restartPolicy = spec.restartPolicy ?? '';
  const vols = validateVolumes(spec.volumes, path.child('volumes'));
  errs.push(...vols.errors);
  const ctx = { volumes: vols.volumes, gracePeriod, restartPolicy, hostUsers };
  errs.push(...validateContainers(spec.containers, ctx, path.child('containers')));
  errs.push(...validateInitContainers(spec.initContainers, spec.containers, ctx, path.child('initContainers')));
  errs.push(...validateHostNetworkDeps(spec, path, opts));
  errs.push(...validateEnum(restartPolicy, ['Always', 'OnFailure', 'Never'], path.child('restartPolicy')));
  errs.push(...validateEnum(spec.dnsPolicy ?? '', ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'], path.child('dnsPolicy')));
  errs.push(...validateLabels(spec.nodeSelector, path.child('nodeSelector')));
  errs.push(...validatePodSecurityContext(spec.securityContext, spec, path.child('securityContext')));
  errs.push(...validateAffinity(spec.affinity, path.child('affinity')));
  errs.push(...validatePodDNSConfig(spec.dnsConfig, spec.dnsPolicy ?? '', path.child('dnsConfig')));
  (spec.readinessGates ?? []).forEach((g, i) =>
    errs.push(...validateQualifiedName(g.conditionType ?? '', path.child('readinessGates').index(i).child('conditionType'))),
  );
  const gates = new Set<string>();
  (spec.schedulingGates ?? []).forEach((g, i) => {
    const p = path.child('schedulingGates').index(i);
    const name = g.name ?? '';
    errs.push(...validateQualifiedName(name, p));
    if (gates.has(name)) errs.push(FieldError.duplicate(p, name));
    gates.add(name);
  });
  errs.push(...validateTopologySpreadConstraints(spec.topologySpreadConstraints, path.child('topologySpreadConstraints')));
  if (spec.hostUsers === false) {
    if (spec.hostNetwork) errs.push(FieldError.forbidden(path.child('hostNetwork'), 'when `pod.Spec.HostUsers` is false'));
    if (spec.hostPID) errs.push(FieldError.forbidden(path.child('HostPID'), 'when `pod.Spec.HostUsers` is false'));
    if (spec.hostIPC) errs.push(FieldError.forbidden(path.child('HostIPC'), 'when `pod.Spec.HostUsers` is false'));
  }
  for (const [name, value] of [
    ['serviceAccountName', spec.serviceAccountName],
    ['nodeName', spec.nodeName],
  ] as const) {
    if (value) errs.push(...nameIsDNSSubdomain(value, false).map((m) => FieldError.invalid(path.child(name), value, m)));
  }
  const ads = spec.activeDeadlineSeconds;
  if (ads !== undefined && (ads < 1 || ads > MAX_INT32)) {
    errs.push(FieldError.invalid(path.child('activeDeadlineSeconds'), ads, inclusiveRangeError(1, MAX_INT32)));
  }
  if (spec.hostname) errs.push(...validateDNS1123Label(spec.hostname, path.child('hostname')));
  if (spec.subdomain) errs.push(...validateDNS1123Label(spec.subdomain, path.child('subdomain')));
  errs.push(...validateTolerations(spec.tolerations, path.child('tolerations')));
  (spec.hostAliases ?? []).forEach((a, i) => {
    const p = path.child('hostAliases').index(i);
    errs.push(...isValidIP(p.child('ip'), a.ip ?? ''));
    (a.hostnames ?? []).forEach((h, j) => errs.push(...validateDNS1123Subdomain(h, p.child('hostnames').index(j))));
  });
  for (const [name, value] of [
    ['priorityClassName', spec.priorityClassName],
    ['runtimeClassName', spec.runtimeClassName],
  ] as const) {
    if (value !== undefined && (name === 'runtimeClassName' || value.length > 0)) {
      errs.push(...nameIsDNSSubdomain(value, false).map((m) => FieldError.invalid(path.child(name), value, m)));
    }
  }
  if (spec.preemptionPolicy !== undefined) {
    errs.push(...validateEnum(spec.preemptionPolicy, ['PreemptLowerPriority', 'Never'], path.child('preemptionPolicy')));
  }
  if (spec.overhead && Object.keys(spec.overhead).length > 0) {
    errs.push(...validateResourceRequirements({ limits: spec.overhead }, path.child('overhead')));
  }
  if (spec.os) {
    const name = spec.os.name ?? '';
    if (name === '') errs.push(FieldError.required(path.child('os', 'name'), 'cannot be empty'));
    else if (name !== 'linux' && name !== 'windows') errs.push(FieldError.notSupported(path.child('os'), name, ['linux', 'windows']));
  }
  return errs;
}

/** Validates a pod template: its labels, annotations and PodSpec (Kubernetes' ValidatePodTemplateSpec). */
export function validatePodTemplateSpec(template: PodTemplateSpec__Output, path: FieldPath): FieldError[] {
  // The template's ObjectMeta is embedded in Go, so its fields sit directly under the template's path.
  const errs = validateLabels(template.metadata?.labels, path.child('labels'));
  errs.push(...validateAnnotations(template.metadata?.annotations, path.child('annotations')));
  errs.push(...validatePodSpec(template.spec ?? {}, path.child('spec')));
  return errs;
}

function validateEnum(value: string, valid: readonly string[], path: FieldPath): FieldError[] {
  if (valid.includes(value)) return [];
  return value === '' ? [FieldError.required(path)] : [FieldError.notSupported(path, value, valid)];
}

function validateHostNetworkDeps(spec: PodSpec__Output, path: FieldPath, opts: PodSpecOptions): FieldError[] {
  if (!spec.hostNetwork) return [];
  const errs: FieldError[] = [];
  (spec.containers ?? []).forEach((c, i) => {
    (c.ports ?? []).forEach((port, j) => {
      const hp = port.hostPort ?? 0;
      const cp = port.containerPort ?? 0;
      // In a template an unset host port is fine: it is defaulted when the pod is created.
      if ((opts.resourceIsPod || hp !== 0) && hp !== cp) {
        errs.push(
          FieldError.invalid(path.child('containers').index(i).child('ports').index(j).child('hostPort'), hp, 'must match `containerPort` when `hostNetwork` is true'),
        );
      }
    });
  });
  return errs;
}

function validatePodDNSConfig(cfg: PodDNSConfig__Output | null | undefined, dnsPolicy: string, path: FieldPath): FieldError[] {
  if (dnsPolicy === 'None') {
    if (!cfg) return [FieldError.required(path, 'must provide `dnsConfig` when `dnsPolicy` is None')];
    if ((cfg.nameservers ?? []).length === 0) {
      return [FieldError.required(path.child('nameservers'), 'must provide at least one DNS nameserver when `dnsPolicy` is None')];
    }
  }
  if (!cfg) return [];
  const errs: FieldError[] = [];
  const nameservers = cfg.nameservers ?? [];
  if (nameservers.length > 3) errs.push(FieldError.invalid(path.child('nameservers'), nameservers, 'must not have more than 3 nameservers'));
  nameservers.forEach((ns, i) => errs.push(...isValidIP(path.child('nameservers').index(i), ns)));
  const searches = cfg.searches ?? [];
  if (searches.length > 32) errs.push(FieldError.invalid(path.child('searches'), searches, 'must not have more than 32 search paths'));
  if (searches.join(' ').length > 2048) {
    errs.push(FieldError.invalid(path.child('searches'), searches, 'must not have more than 2048 characters (including spaces) in the search list'));
  }
  searches.forEach((s, i) => {
    const trimmed = s.endsWith('.') ? s.slice(0, -1) : s;
    errs.push(...validateDNS1123Subdomain(trimmed, path.child('searches').index(i)));
  });
  (cfg.options ?? []).forEach((o, i) => {
    if (!o.name) errs.push(FieldError.required(path.child('options').index(i), 'must not be empty'));
  });
  return errs;
}
