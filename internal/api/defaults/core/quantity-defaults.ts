/**
 * Quantity defaulting: every quantity of the kinds Skiff serves rewritten to the string Kubernetes
 * stores and returns for it. Kubernetes parses a resource.Quantity while decoding and prints it in
 * canonical form when encoding, and its generated defaulters round every ResourceList up to the
 * milli (SetDefaults_ResourceList); Skiff carries quantities as strings, so defaulting does both.
 * A string that does not parse is left exactly as sent, for validation to report. Defaulting an
 * already canonical quantity writes nothing.
 */
import type { ContainerStatus__Output } from '../../generated/skiff/core/v1/ContainerStatus.js';
import type { Container__Output } from '../../generated/skiff/core/v1/Container.js';
import type { PodSpec__Output } from '../../generated/skiff/core/v1/PodSpec.js';
import type { PodStatus__Output } from '../../generated/skiff/core/v1/PodStatus.js';
import type { ResourceFieldSelector__Output } from '../../generated/skiff/core/v1/ResourceFieldSelector.js';
import type { Volume__Output } from '../../generated/skiff/core/v1/Volume.js';
import { parseQuantity } from '../../resource/index.js';

/** The precision a ResourceList keeps: SetDefaults_ResourceList calls RoundUp(-3). */
const MILLI_SCALE = -3;

/** Quantities by resource name (a ResourceList), as the generated types hold them. */
export type ResourceList = Record<string, string>;

/** Limits and requests, as ResourceRequirements and VolumeResourceRequirements hold them. */
export interface ResourceLists {
  limits?: ResourceList | null;
  requests?: ResourceList | null;
}

/** Kubernetes' SetDefaults_ResourceList, in place: each quantity rounded up to the milli, printed canonically. */
export function defaultResourceList(list: ResourceList | null | undefined): void {
  if (!list) return;
  for (const name of Object.keys(list)) {
    const value = list[name];
    const r = parseQuantity(value);
    if (!r.ok) continue;
    const canonical = r.quantity.roundUp(MILLI_SCALE).toString();
    if (canonical !== value) list[name] = canonical;
  }
}

/** Both ResourceLists of a requirements object (a container's, a claim's), in place. */
export function defaultResourceRequirements(r: ResourceLists | null | undefined): void {
  if (!r) return;
  defaultResourceList(r.limits);
  defaultResourceList(r.requests);
}

/**
 * The string Kubernetes returns for a quantity outside a ResourceList (a size limit, a divisor),
 * which no defaulter rounds: only printed canonically. A string that does not parse is returned as is.
 */
export function canonicalQuantity(value: string): string {
  const r = parseQuantity(value);
  return r.ok ? r.quantity.toString() : value;
}

/**
 * The quantities of a PodSpec, in place: container requests and limits, the overhead, emptyDir
 * size limits and downward API divisors. Every pod template's spec gets this, as in Kubernetes.
 */
export function defaultPodSpecQuantities(spec: PodSpec__Output): void {
  for (const c of spec.containers ?? []) defaultContainerQuantities(c);
  for (const c of spec.initContainers ?? []) defaultContainerQuantities(c);
  defaultResourceList(spec.overhead);
  for (const v of spec.volumes ?? []) defaultVolumeQuantities(v);
}

/** The quantities a pod's status reports, in place: each container's allocated and actual resources. */
export function defaultPodStatusQuantities(status: PodStatus__Output): void {
  for (const statuses of [status.initContainerStatuses, status.containerStatuses, status.ephemeralContainerStatuses]) {
    for (const s of statuses ?? []) defaultContainerStatusQuantities(s);
  }
}

function defaultContainerQuantities(c: Container__Output): void {
  defaultResourceRequirements(c.resources);
  for (const e of c.env ?? []) defaultDivisor(e.valueFrom?.resourceFieldRef);
}

function defaultContainerStatusQuantities(s: ContainerStatus__Output): void {
  defaultResourceList(s.allocatedResources);
  defaultResourceRequirements(s.resources);
}

function defaultVolumeQuantities(v: Volume__Output): void {
  if (v.emptyDir?.sizeLimit) v.emptyDir.sizeLimit = canonicalQuantity(v.emptyDir.sizeLimit);
  for (const f of v.downwardAPI?.items ?? []) defaultDivisor(f.resourceFieldRef);
  for (const source of v.projected?.sources ?? []) {
    for (const f of source.downwardAPI?.items ?? []) defaultDivisor(f.resourceFieldRef);
  }
}

// A divisor is a Quantity value, not a pointer, in Kubernetes: one left out is the zero quantity,
// which is encoded, and so read back, as "0".
function defaultDivisor(ref: ResourceFieldSelector__Output | null | undefined): void {
  if (ref) ref.divisor = ref.divisor === undefined ? '0' : canonicalQuantity(ref.divisor);
}
