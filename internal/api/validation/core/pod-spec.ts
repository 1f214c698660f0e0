/**
 * PodSpec and pod template validation as Kubernetes' ValidatePodSpec and ValidatePodTemplateSpec:
 * volumes, containers, policies, scheduling constraints, DNS settings and names, in Kubernetes'
 * order so error lists read the same.
 */
import type { PodDNSConfig__Output } from '../../generated/skiff/core/v1/PodDNSConfig.js';
import type { PodSchedulingGate__Output } from '../../generated/skiff/core/v1/PodSchedulingGate.js';
import type { PodSpec__Output } from '../../generated/skiff/core/v1/PodSpec.js';
import type { PodTemplateSpec__Output } from '../../generated/skiff/core/v1/PodTemplateSpec.js';
import {
  appendInvalid,
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
const RESTART_POLICIES: readonly string[] = ['Always', 'OnFailure', 'Never'];
const DNS_POLICIES: readonly string[] = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
const PREEMPTION_POLICIES: readonly string[] = ['PreemptLowerPriority', 'Never'];

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
  validateEnum(restartPolicy, RESTART_POLICIES, path, 'restartPolicy', errs);
  validateEnum(spec.dnsPolicy ?? '', DNS_POLICIES, path, 'dnsPolicy', errs);
  errs.push(...validateLabels(spec.nodeSelector, path.child('nodeSelector')));
  if (spec.securityContext) errs.push(...validatePodSecurityContext(spec.securityContext, spec, path.child('securityContext')));
  if (spec.affinity) errs.push(...validateAffinity(spec.affinity, path.child('affinity')));
  errs.push(...validatePodDNSConfig(spec.dnsConfig, spec.dnsPolicy ?? '', path.child('dnsConfig')));
  (spec.readinessGates ?? []).forEach((g, i) =>
    errs.push(...validateQualifiedName(g.conditionType ?? '', path.child('readinessGates').index(i).child('conditionType'))),
  );
  if (spec.schedulingGates && spec.schedulingGates.length > 0) errs.push(...validateSchedulingGates(spec.schedulingGates, path.child('schedulingGates')));
  if (spec.topologySpreadConstraints && spec.topologySpreadConstraints.length > 0) {
    errs.push(...validateTopologySpreadConstraints(spec.topologySpreadConstraints, path.child('topologySpreadConstraints')));
  }
  if (spec.hostUsers === false) {
    if (spec.hostNetwork) errs.push(FieldError.forbidden(path.child('hostNetwork'), 'when `pod.Spec.HostUsers` is false'));
    if (spec.hostPID) errs.push(FieldError.forbidden(path.child('HostPID'), 'when `pod.Spec.HostUsers` is false'));
    if (spec.hostIPC) errs.push(FieldError.forbidden(path.child('HostIPC'), 'when `pod.Spec.HostUsers` is false'));
  }
  if (spec.serviceAccountName) {
    appendInvalid(errs, path.child('serviceAccountName'), spec.serviceAccountName, nameIsDNSSubdomain(spec.serviceAccountName, false));
  }
  if (spec.nodeName) appendInvalid(errs, path.child('nodeName'), spec.nodeName, nameIsDNSSubdomain(spec.nodeName, false));
  const ads = spec.activeDeadlineSeconds;
  if (ads !== undefined && (ads < 1 || ads > MAX_INT32)) {
    errs.push(FieldError.invalid(path.child('activeDeadlineSeconds'), ads, inclusiveRangeError(1, MAX_INT32)));
  }
  if (spec.hostname) errs.push(...validateDNS1123Label(spec.hostname, path.child('hostname')));
  if (spec.subdomain) errs.push(...validateDNS1123Label(spec.subdomain, path.child('subdomain')));
  if (spec.tolerations && spec.tolerations.length > 0) errs.push(...validateTolerations(spec.tolerations, path.child('tolerations')));
  (spec.hostAliases ?? []).forEach((a, i) => {
    const p = path.child('hostAliases').index(i);
    errs.push(...isValidIP(p.child('ip'), a.ip ?? ''));
    (a.hostnames ?? []).forEach((h, j) => errs.push(...validateDNS1123Subdomain(h, p.child('hostnames').index(j))));
  });
  if (spec.priorityClassName) {
    appendInvalid(errs, path.child('priorityClassName'), spec.priorityClassName, nameIsDNSSubdomain(spec.priorityClassName, false));
  }
  // Unlike the other names, a runtimeClassName that is set must be valid even when empty.
  if (spec.runtimeClassName !== undefined) {
    appendInvalid(errs, path.child('runtimeClassName'), spec.runtimeClassName, nameIsDNSSubdomain(spec.runtimeClassName, false));
  }
  if (spec.preemptionPolicy !== undefined) validateEnum(spec.preemptionPolicy, PREEMPTION_POLICIES, path, 'preemptionPolicy', errs);
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

// `Required value` when empty, `Unsupported value` when not one of `valid`; `field` is under `path`.
function validateEnum(value: string, valid: readonly string[], path: FieldPath, field: string, errs: FieldError[]): void {
  if (valid.includes(value)) return;
  errs.push(value === '' ? FieldError.required(path.child(field)) : FieldError.notSupported(path.child(field), value, valid));
}

function validateSchedulingGates(gates: readonly PodSchedulingGate__Output[], path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  gates.forEach((g, i) => {
    const p = path.index(i);
    const name = g.name ?? '';
    errs.push(...validateQualifiedName(name, p));
    if (names.has(name)) errs.push(FieldError.duplicate(p, name));
    names.add(name);
  });
  return errs;
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
