/**
 * Fields behind Kubernetes feature gates that are off by default in 1.32, which Kubernetes'
 * strategies drop (dropDisabledFields, DropDisabledTemplateFields, the Lease and StatefulSet
 * strategies) instead of storing and validating them: always on create, and on update unless the
 * stored object already used the field, so that turning a gate off never breaks an existing object.
 * Skiff has no feature gates; each table here is the one list of what 1.32 leaves off, gate by gate.
 *
 * Callers: the strategies of pods and of every kind holding a pod template, leases and
 * StatefulSets, from prepareForCreate and prepareForUpdate, before their own preparation; the pod
 * strategy also from prepareForStatusUpdate, for the gated fields of a pod's status. Pod
 * creates are the hot path, so on create a row only reads, and allocates nothing, when its field
 * is absent.
 */
import type { KubeObject } from '../../../api/index.js';
import type { StatefulSet__Output } from '../../../api/generated/skiff/apps/v1/StatefulSet.js';
import type { LeaseSpec__Output } from '../../../api/generated/skiff/coordination/v1/LeaseSpec.js';
import type { Container__Output } from '../../../api/generated/skiff/core/v1/Container.js';
import type { ContainerStatus__Output } from '../../../api/generated/skiff/core/v1/ContainerStatus.js';
import type { Pod__Output } from '../../../api/generated/skiff/core/v1/Pod.js';
import type { PodSpec__Output } from '../../../api/generated/skiff/core/v1/PodSpec.js';
import type { PodTemplateSpec__Output } from '../../../api/generated/skiff/core/v1/PodTemplateSpec.js';
import type { MutableObject, Strategy } from '../strategy.js';

/** One field whose gate is off: what Kubernetes checks of the old object, and how it drops the field. */
export interface DisabledField<T> {
  /** The Kubernetes feature gate, off by default in 1.32. */
  readonly gate: string;
  /** The field, as users write its path. */
  readonly field: string;
  /** True when `old` uses the field, so an update may keep it (Kubernetes' `...InUse`). */
  inUse(old: T): boolean;
  /** Removes the field from `obj` (or resets it where Kubernetes does). */
  drop(obj: T): void;
}

/** A row for a field of `T` that is in use when set and dropped by unsetting it. */
function optionalField<T, K extends keyof T>(gate: string, field: string, key: K): DisabledField<T> {
  return {
    gate,
    field,
    inUse: (obj) => obj[key] !== undefined,
    drop(obj) {
      if (obj[key] !== undefined) obj[key] = undefined as T[K];
    },
  };
}

/** Drops every field of `table` from `obj` that `old` (absent on create) does not already use. */
export function dropDisabledFields<T>(table: readonly DisabledField<T>[], obj: T, old: T | undefined): void {
  for (const row of table) if (old === undefined || !row.inUse(old)) row.drop(obj);
}

/** The gated fields of a pod spec, for pods and pod templates alike (pkg/api/pod dropDisabledFields). */
export const POD_SPEC_DISABLED_FIELDS: readonly DisabledField<PodSpec__Output>[] = [
  optionalField('UserNamespacesSupport', 'spec.hostUsers', 'hostUsers'),
  {
    gate: 'ProcMountType',
    field: 'spec.containers[*].securityContext.procMount',
    // Only a value other than Default counts as use: 1.12 forced the field to Default on every pod.
    inUse: (spec) => someContainer(spec, (c) => (c.securityContext?.procMount ?? 'Default') !== 'Default'),
    // Kubernetes resets rather than clears it, so stored objects that carry Default do not change.
    drop: (spec) => forEachContainer(spec, resetProcMount),
  },
  {
    gate: 'InPlacePodVerticalScaling',
    field: 'spec.containers[*].resizePolicy',
    inUse: resizePolicyInUse,
    drop: (spec) => forEachContainer(spec, dropResizePolicy),
  },
  {
    gate: 'DynamicResourceAllocation',
    field: 'spec.containers[*].resources.claims',
    // Kubernetes counts spec.resourceClaims as use, which Skiff does not serve; container claims
    // must name one of those, so a stored container claim stands for it.
    inUse: (spec) => someContainer(spec, (c) => (c.resources?.claims?.length ?? 0) > 0),
    drop: (spec) => forEachContainer(spec, dropResourceClaims),
  },
];

/**
 * The gated fields of a pod's status (pkg/api/pod dropDisabledPodStatusFields), which a status
 * update drops; whether the pod already uses one is read from the stored pod, spec or status.
 */
export const POD_STATUS_DISABLED_FIELDS: readonly DisabledField<Pod__Output>[] = [
  {
    gate: 'InPlacePodVerticalScaling',
    field: 'status.containerStatuses[*].resources',
    // Kubernetes keeps the field for a pod whose spec already asks for in-place resizing.
    inUse: (pod) => resizePolicyInUse(pod.spec ?? {}),
    drop: (pod) => forEachContainerStatus(pod, dropStatusResources),
  },
  {
    gate: 'InPlacePodVerticalScalingAllocatedStatus',
    field: 'status.containerStatuses[*].allocatedResources',
    // Dropped whatever the stored pod holds: 1.32 consults no earlier use of this field.
    inUse: () => false,
    drop: (pod) => forEachContainerStatus(pod, dropAllocatedResources),
  },
];

/** The gated fields of a StatefulSet beyond its pod template. */
export const STATEFUL_SET_DISABLED_FIELDS: readonly DisabledField<StatefulSet__Output>[] = [
  {
    gate: 'MaxUnavailableStatefulSet',
    field: 'spec.updateStrategy.rollingUpdate.maxUnavailable',
    inUse: (ss) => ss.spec?.updateStrategy?.rollingUpdate?.maxUnavailable !== undefined,
    drop(ss) {
      const ru = ss.spec?.updateStrategy?.rollingUpdate;
      if (ru?.maxUnavailable !== undefined) ru.maxUnavailable = undefined;
    },
  },
];

/** The gated fields of a Lease. */
export const LEASE_DISABLED_FIELDS: readonly DisabledField<LeaseSpec__Output>[] = [
  optionalField('CoordinatedLeaderElection', 'spec.strategy', 'strategy'),
  optionalField('CoordinatedLeaderElection', 'spec.preferredHolder', 'preferredHolder'),
];

/** Drops a pod template's gated fields (Kubernetes' DropDisabledTemplateFields). */
export function dropDisabledTemplateFields(template: PodTemplateSpec__Output | undefined, old: PodTemplateSpec__Output | undefined): void {
  if (template?.spec) dropDisabledFields(POD_SPEC_DISABLED_FIELDS, template.spec, old === undefined ? undefined : (old.spec ?? {}));
}

/** The pod template of a workload that keeps one at `spec.template`. */
function specTemplate(obj: KubeObject): PodTemplateSpec__Output | undefined {
  return (obj as { spec?: { template?: PodTemplateSpec__Output } }).spec?.template;
}

/** Drops the gated fields of a workload's `spec.template`, keeping those the stored template uses. */
export function dropDisabledSpecTemplateFields(obj: MutableObject, old: KubeObject | undefined): void {
  dropDisabledTemplateFields(specTemplate(obj), old === undefined ? undefined : (specTemplate(old) ?? {}));
}

/**
 * `strategy` with `drop` run first in prepareForCreate (with no old object) and prepareForUpdate,
 * so that the strategy's own preparation (a DaemonSet's template generation) sees the object as stored.
 */
export function withDisabledFieldsDropped(strategy: Strategy, drop: (obj: MutableObject, old: KubeObject | undefined) => void): Strategy {
  return {
    ...strategy,
    prepareForCreate(obj) {
      drop(obj, undefined);
      strategy.prepareForCreate?.(obj);
    },
    prepareForUpdate(obj, old) {
      drop(obj, old);
      strategy.prepareForUpdate?.(obj, old);
    },
  };
}

/** Whether a pod spec asks for in-place resizing: Kubernetes looks at the regular containers only. */
function resizePolicyInUse(spec: PodSpec__Output): boolean {
  return (spec.containers ?? []).some((c) => (c.resizePolicy?.length ?? 0) > 0);
}

// The per-container drops, defined once so that visiting containers makes no closures.
function resetProcMount(c: Container__Output): void {
  const sc = c.securityContext;
  if (sc?.procMount !== undefined && sc.procMount !== 'Default') sc.procMount = 'Default';
}

function dropResizePolicy(c: Container__Output): void {
  if (c.resizePolicy !== undefined) c.resizePolicy = undefined;
}

function dropResourceClaims(c: Container__Output): void {
  if (c.resources?.claims !== undefined) c.resources.claims = undefined;
}

function dropStatusResources(s: ContainerStatus__Output): void {
  if (s.resources !== undefined) s.resources = undefined;
}

function dropAllocatedResources(s: ContainerStatus__Output): void {
  if (s.allocatedResources !== undefined) s.allocatedResources = undefined;
}

// Every container status of the pod: regular, init and ephemeral.
function forEachContainerStatus(pod: Pod__Output, visit: (s: ContainerStatus__Output) => void): void {
  const status = pod.status;
  if (!status) return;
  for (const list of [status.containerStatuses, status.initContainerStatuses, status.ephemeralContainerStatuses]) {
    if (list) for (let i = 0; i < list.length; i++) visit(list[i]);
  }
}

// Every container of the pod, init containers first, as Kubernetes' VisitContainers goes.
function forEachContainer(spec: PodSpec__Output, visit: (c: Container__Output) => void): void {
  const init = spec.initContainers;
  if (init) for (let i = 0; i < init.length; i++) visit(init[i]);
  const regular = spec.containers;
  if (regular) for (let i = 0; i < regular.length; i++) visit(regular[i]);
}

function someContainer(spec: PodSpec__Output, test: (c: Container__Output) => boolean): boolean {
  return (spec.initContainers ?? []).some(test) || (spec.containers ?? []).some(test);
}
