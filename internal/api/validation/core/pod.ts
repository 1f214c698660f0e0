/**
 * Pod validation: create (the PodSpec plus the pod-only rules), update (only images, a shrinking
 * activeDeadlineSeconds, added tolerations, removed scheduling gates and a negative grace period
 * raised to 1 may change), status update, and the pods/binding subresource.
 */
import type { Binding__Output } from '../../generated/skiff/core/v1/Binding.js';
import type { Container__Output } from '../../generated/skiff/core/v1/Container.js';
import type { ContainerStatus__Output } from '../../generated/skiff/core/v1/ContainerStatus.js';
import type { Pod__Output } from '../../generated/skiff/core/v1/Pod.js';
import type { PodSpec__Output } from '../../generated/skiff/core/v1/PodSpec.js';
import type { Toleration__Output } from '../../generated/skiff/core/v1/Toleration.js';
import { FieldError, FieldPath, goValue, kubernetesJSON, inclusiveRangeError, ipFamily, isValidIP, nameIsDNSSubdomain, validateImmutableField } from '../index.js';
import { validateQualifiedName } from './formats.js';
import { GO_HOST_IP, GO_HOST_IPS, GO_POD_IP, GO_POD_IPS } from './go-types.js';
import { validatePodSpec } from './pod-spec.js';
import { validateTolerations } from './scheduling.js';
import { semanticEqual, specDiff } from './spec-diff.js';

const SPEC = FieldPath.root('spec');
const POD_SPEC = 'skiff.core.v1.PodSpec';
const MAX_INT32 = 2147483647;
const UPDATABLE_POD_SPEC_FIELDS = [
  '`spec.containers[*].image`',
  '`spec.initContainers[*].image`',
  '`spec.activeDeadlineSeconds`',
  '`spec.tolerations` (only additions to existing tolerations)',
  '`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
];

/** Validates a new Pod (metadata is validated generically). */
export function validatePod(pod: Pod__Output): FieldError[] {
  const spec = pod.spec ?? {};
  const errs = validatePodMetadataAndSpec(pod);
  if (spec.nodeName && (spec.schedulingGates ?? []).length > 0) {
    errs.push(FieldError.forbidden(SPEC.child('nodeName'), 'cannot be set until all schedulingGates have been cleared'));
  }
  return errs;
}

function validatePodMetadataAndSpec(pod: Pod__Output): FieldError[] {
  const spec = pod.spec ?? {};
  const errs = validatePodSpec(spec, SPEC, { resourceIsPod: true });
  if (!spec.serviceAccountName) {
    (spec.volumes ?? []).forEach((v, vi) => {
      (v.projected?.sources ?? []).forEach((s, si) => {
        if (s.serviceAccountToken) {
          const p = SPEC.child('volumes').index(vi).child('projected', 'sources').index(si).child('serviceAccountToken');
          errs.push(FieldError.forbidden(p, 'must not be specified when serviceAccountName is not set'));
        }
      });
    });
  }
  validateImagesTrimmed(spec.containers, 'containers', errs);
  validateImagesTrimmed(spec.initContainers, 'initContainers', errs);
  return errs;
}

function validateImagesTrimmed(containers: readonly Container__Output[] | undefined, field: 'containers' | 'initContainers', errs: FieldError[]): void {
  (containers ?? []).forEach((c, i) => {
    const image = c.image ?? '';
    if (image.length !== image.trim().length) {
      errs.push(FieldError.invalid(SPEC.child(field).index(i).child('image'), image, 'must not have leading or trailing whitespace'));
    }
  });
}

/** Validates a Pod update: the new pod as a pod, plus what an update may change. */
export function validatePodUpdate(pod: Pod__Output, old: Pod__Output): FieldError[] {
  const errs = validatePodMetadataAndSpec(pod);
  const spec = pod.spec ?? {};
  const oldSpec = old.spec ?? {};
  for (const name of ['containers', 'initContainers'] as const) {
    const r = validateContainerUpdates(spec[name] ?? [], oldSpec[name] ?? [], SPEC.child(name));
    errs.push(...r.errors);
    if (r.stop) return errs;
  }
  const ads = spec.activeDeadlineSeconds;
  if (ads !== undefined) {
    if (ads < 0 || ads > MAX_INT32) {
      errs.push(FieldError.invalid(SPEC.child('activeDeadlineSeconds'), ads, inclusiveRangeError(0, MAX_INT32)));
      return errs;
    }
    if (oldSpec.activeDeadlineSeconds !== undefined && oldSpec.activeDeadlineSeconds < ads) {
      errs.push(FieldError.invalid(SPEC.child('activeDeadlineSeconds'), ads, 'must be less than or equal to previous value'));
      return errs;
    }
  } else if (oldSpec.activeDeadlineSeconds !== undefined) {
    errs.push(FieldError.invalid(SPEC.child('activeDeadlineSeconds'), null, 'must not update from a positive integer to nil value'));
  }
  errs.push(...validateOnlyAddedTolerations(spec.tolerations ?? [], oldSpec.tolerations ?? [], SPEC.child('tolerations')));
  errs.push(...validateOnlyDeletedSchedulingGates(spec, oldSpec));
  if (semanticEqual(spec, oldSpec)) return errs;
  const munged: PodSpec__Output = {
    ...spec,
    containers: mungeImages(spec.containers, oldSpec.containers),
    initContainers: mungeImages(spec.initContainers, oldSpec.initContainers),
    activeDeadlineSeconds: oldSpec.activeDeadlineSeconds,
    schedulingGates: oldSpec.schedulingGates,
    tolerations: oldSpec.tolerations,
  };
  const oldGrace = oldSpec.terminationGracePeriodSeconds;
  if (oldGrace !== undefined && oldGrace < 0 && munged.terminationGracePeriodSeconds === 1) munged.terminationGracePeriodSeconds = oldGrace;
  if ((oldSpec.schedulingGates ?? []).length > 0) {
    // A gated pod may gain node selector entries (never lose or change them).
    const oldSel = oldSpec.nodeSelector ?? {};
    const newSel = munged.nodeSelector ?? {};
    if (!semanticEqual(oldSel, newSel)) {
      if (Object.entries(oldSel).some(([k, v]) => newSel[k] !== v)) {
        errs.push(FieldError.invalid(SPEC.child('nodeSelector'), munged.nodeSelector, 'only additions to spec.nodeSelector are allowed (no mutations or deletions)'));
      }
      munged.nodeSelector = oldSpec.nodeSelector;
    }
  }
  if (!semanticEqual(munged, oldSpec)) {
    errs.push(
      FieldError.forbidden(
        SPEC,
        `pod updates may not change fields other than ${UPDATABLE_POD_SPEC_FIELDS.join(',')}\n${specDiff(kubernetesJSON(POD_SPEC, oldSpec), kubernetesJSON(POD_SPEC, munged))}`,
      ),
    );
  }
  return errs;
}

function validateContainerUpdates(
  containers: readonly Container__Output[],
  old: readonly Container__Output[],
  path: FieldPath,
): { errors: FieldError[]; stop: boolean } {
  if (containers.length !== old.length) return { errors: [FieldError.forbidden(path, 'pod updates may not add or remove containers')], stop: true };
  const errors: FieldError[] = [];
  containers.forEach((c, i) => {
    const image = c.image ?? '';
    if (image === '') errors.push(FieldError.required(path.index(i).child('image')));
    if (image.trim().length !== image.length) {
      errors.push(FieldError.invalid(path.index(i).child('image'), image, 'must not have leading or trailing whitespace'));
    }
  });
  return { errors, stop: false };
}

function mungeImages(containers: Container__Output[] | undefined, old: Container__Output[] | undefined): Container__Output[] | undefined {
  return containers?.map((c, i) => ({ ...c, image: old?.[i]?.image }));
}

function validateOnlyAddedTolerations(tolerations: readonly Toleration__Output[], old: readonly Toleration__Output[], path: FieldPath): FieldError[] {
  for (const o of old) {
    // Only tolerationSeconds of an existing toleration may change.
    const found = tolerations.some((t) => semanticEqual({ ...o, tolerationSeconds: t.tolerationSeconds }, t));
    if (!found) return [FieldError.forbidden(path, 'existing toleration can not be modified except its tolerationSeconds')];
  }
  return validateTolerations(tolerations, path);
}

function validateOnlyDeletedSchedulingGates(spec: PodSpec__Output, old: PodSpec__Output): FieldError[] {
  const gates = spec.schedulingGates ?? [];
  if (gates.length === 0) return [];
  const oldNames = new Set((old.schedulingGates ?? []).map((g) => g.name ?? ''));
  const errs: FieldError[] = [];
  gates.forEach((g, i) => {
    const name = g.name ?? '';
    if (!oldNames.has(name)) {
      errs.push(FieldError.forbidden(SPEC.child('schedulingGates').index(i).child('name'), `only deletion is allowed, but found new scheduling gate '${name}'`));
    }
  });
  return errs;
}

const SYSTEM_CONDITIONS = new Set(['PodScheduled', 'Ready', 'Initialized']);

/** Validates a status update of a Pod. */
export function validatePodStatusUpdate(pod: Pod__Output, old: Pod__Output): FieldError[] {
  const errs: FieldError[] = [];
  const status = pod.status ?? {};
  const oldStatus = old.status ?? {};
  // Kubernetes reports custom condition types under metadata (its path starts there); kept so messages match.
  (status.conditions ?? []).forEach((c, i) => {
    if (!SYSTEM_CONDITIONS.has(c.type ?? '')) {
      errs.push(...validateQualifiedName(c.type ?? '', FieldPath.root('metadata', 'conditions').index(i).child('Type')));
    }
  });
  const statusPath = FieldPath.root('status');
  if ((pod.spec?.nodeName ?? '') !== (old.spec?.nodeName ?? '')) {
    errs.push(FieldError.forbidden(statusPath.child('nodeName'), 'may not be changed directly'));
  }
  const nominated = status.nominatedNodeName ?? '';
  if (nominated !== (oldStatus.nominatedNodeName ?? '') && nominated.length > 0) {
    errs.push(...nameIsDNSSubdomain(nominated, false).map((m) => FieldError.invalid(statusPath.child('nominatedNodeName'), nominated, m)));
  }
  errs.push(...validateImmutableField(status.qosClass ?? '', oldStatus.qosClass ?? '', statusPath.child('qosClass')));
  const restartPolicy = old.spec?.restartPolicy ?? '';
  errs.push(...validateContainerStateTransition(status.containerStatuses, oldStatus.containerStatuses, statusPath.child('containerStatuses'), restartPolicy, () => false));
  const sidecars = new Set((old.spec?.initContainers ?? []).filter((c) => c.restartPolicy === 'Always').map((c) => c.name ?? ''));
  errs.push(
    ...validateContainerStateTransition(status.initContainerStatuses, oldStatus.initContainerStatuses, statusPath.child('initContainerStatuses'), restartPolicy, (n) =>
      sidecars.has(n),
    ),
  );
  errs.push(...validateIPList('podIPs', (status.podIPs ?? []).map((p) => p.ip ?? '')));
  const hostIPs = (status.hostIPs ?? []).map((p) => p.ip ?? '');
  if (hostIPs.length > 0 && (status.hostIP ?? '') !== hostIPs[0]) {
    errs.push(FieldError.invalid(statusPath.child('hostIPs').index(0).child('ip'), hostIPs[0], 'must be equal to `hostIP`'));
  }
  errs.push(...validateIPList('hostIPs', hostIPs));
  return errs;
}

function validateContainerStateTransition(
  statuses: readonly ContainerStatus__Output[] | undefined,
  old: readonly ContainerStatus__Output[] | undefined,
  path: FieldPath,
  restartPolicy: string,
  mayRestart: (name: string) => boolean,
): FieldError[] {
  if (restartPolicy === 'Always') return [];
  const errs: FieldError[] = [];
  (old ?? []).forEach((o, i) => {
    const terminated = o.state?.terminated;
    if (!terminated) return;
    if ((terminated.exitCode ?? 0) !== 0 && restartPolicy === 'OnFailure') return;
    if (mayRestart(o.name ?? '')) return;
    for (const n of statuses ?? []) {
      if (n.name === o.name && !n.state?.terminated) {
        errs.push(FieldError.forbidden(path.index(i).child('state'), 'may not be transitioned to non-terminated state'));
      }
    }
  });
  return errs;
}

function validateIPList(field: 'podIPs' | 'hostIPs', ips: readonly string[]): FieldError[] {
  const path = FieldPath.root('status', field);
  const errs: FieldError[] = [];
  ips.forEach((ip, i) => errs.push(...isValidIP(path.index(i), ip)));
  if (ips.length > 1) {
    const [type, listType] = field === 'podIPs' ? [GO_POD_IP, GO_POD_IPS] : [GO_HOST_IP, GO_HOST_IPS];
    const families = ips.map(ipFamily);
    const dualStack = families.every((f) => f !== undefined) && new Set(families).size === 2;
    if (!dualStack || ips.length > 2) {
      errs.push(FieldError.invalid(path, goValue(listType, ips.map((ip) => ({ ip }))), 'may specify no more than one IP for each IP family'));
    }
    const seen = new Set<string>();
    ips.forEach((ip, i) => {
      if (seen.has(ip)) errs.push(FieldError.duplicate(path.index(i), goValue(type, { ip })));
      seen.add(ip);
    });
  }
  return errs;
}

/** Validates a pods/binding request: the target must name a node. */
export function validateBinding(binding: Binding__Output): FieldError[] {
  const errs: FieldError[] = [];
  const target = binding.target ?? {};
  if (target.kind && target.kind !== 'Node') {
    errs.push(FieldError.notSupported(FieldPath.root('target', 'kind'), target.kind, ['Node', '<empty>']));
  }
  if (!target.name) errs.push(FieldError.required(FieldPath.root('target', 'name')));
  return errs;
}
