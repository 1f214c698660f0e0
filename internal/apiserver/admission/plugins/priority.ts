/**
 * Priority: Kubernetes' pod priority admission. A new pod's spec.priorityClassName (or, without
 * one, the cluster's globalDefault class) is resolved to spec.priority and spec.preemptionPolicy;
 * a pod may not bring its own different values. The two system classes are always known, so
 * critical pods admit before the apiserver has stored them. PriorityClass writes are checked so
 * at most one class is the global default.
 */
import { deepFreeze, newForbidden } from '../../../api/index.js';
import type { Pod__Output } from '../../../api/generated/skiff/core/v1/Pod.js';
import type { PriorityClass__Output } from '../../../api/generated/skiff/scheduling/v1/PriorityClass.js';
import type { AdmissionAttributes, AdmissionPlugin, AdmissionPluginFactory, ObjectReader } from '../admission.js';

/** The plugin's name, as Kubernetes spells it. */
export const NAME = 'Priority';

/** The preemption policy of a class that names none. */
export const PREEMPT_LOWER_PRIORITY = 'PreemptLowerPriority';

/** The priority of a pod when no class is named and none is the global default. */
export const DEFAULT_PRIORITY_WHEN_NO_DEFAULT_CLASS_EXISTS = 0;

/** The built-in classes, as Kubernetes creates them at startup. */
export const SYSTEM_PRIORITY_CLASSES: readonly PriorityClass__Output[] = deepFreeze([
  {
    apiVersion: 'scheduling.k8s.io/v1',
    kind: 'PriorityClass',
    metadata: { name: 'system-node-critical' },
    value: 2000001000,
    description: 'Used for system critical pods that must not be moved from their current node.',
    preemptionPolicy: PREEMPT_LOWER_PRIORITY,
  },
  {
    apiVersion: 'scheduling.k8s.io/v1',
    kind: 'PriorityClass',
    metadata: { name: 'system-cluster-critical' },
    value: 2000000000,
    description: 'Used for system critical pods that must run in the cluster, but can be moved to another node if necessary.',
    preemptionPolicy: PREEMPT_LOWER_PRIORITY,
  },
]);

/** What a pod's priority resolves to. */
export interface ResolvedPriority {
  /** The class name to record on the pod ("" when no class applies). */
  readonly className: string;
  readonly priority: number;
  readonly preemptionPolicy: string;
}

function isPodMain(attrs: AdmissionAttributes): boolean {
  return attrs.kind.group === '' && attrs.kind.resource === 'pods' && attrs.subresource === '';
}

function isPriorityClassMain(attrs: AdmissionAttributes): boolean {
  return attrs.kind.group === 'scheduling.k8s.io' && attrs.kind.resource === 'priorityclasses' && attrs.subresource === '';
}

/** The class with `name`, from the cluster or the built-in ones. */
export function findPriorityClass(reader: ObjectReader, name: string): PriorityClass__Output | undefined {
  const stored = reader.get('priorityclasses', '', name) as PriorityClass__Output | undefined;
  return stored ?? SYSTEM_PRIORITY_CLASSES.find((pc) => pc.metadata?.name === name);
}

/**
 * The global default class. Should a race have stored several, the lowest value wins, as in
 * Kubernetes, so the race never raises anyone's priority.
 */
export function defaultPriorityClass(reader: ObjectReader): PriorityClass__Output | undefined {
  let found: PriorityClass__Output | undefined;
  for (const obj of reader.list('priorityclasses')) {
    const pc = obj as PriorityClass__Output;
    if (pc.globalDefault && (found === undefined || (pc.value ?? 0) < (found.value ?? 0))) found = pc;
  }
  return found;
}

/** Resolves a pod's class name ("" for the default) to its priority, or undefined for an unknown class. */
export function resolvePriority(reader: ObjectReader, className: string): ResolvedPriority | undefined {
  const pc = className === '' ? defaultPriorityClass(reader) : findPriorityClass(reader, className);
  if (pc === undefined) {
    if (className !== '') return undefined;
    return { className: '', priority: DEFAULT_PRIORITY_WHEN_NO_DEFAULT_CLASS_EXISTS, preemptionPolicy: PREEMPT_LOWER_PRIORITY };
  }
  return { className: pc.metadata?.name ?? '', priority: pc.value ?? 0, preemptionPolicy: pc.preemptionPolicy || PREEMPT_LOWER_PRIORITY };
}

function admitPod(reader: ObjectReader, attrs: AdmissionAttributes): void {
  const spec = ((attrs.object as Pod__Output).spec ??= {});
  if (attrs.operation === 'UPDATE') {
    // Set at create and immutable since: a client that resends its original manifest keeps them.
    const old = (attrs.oldObject as Pod__Output | undefined)?.spec;
    if (spec.priority === undefined && old?.priority !== undefined) spec.priority = old.priority;
    if (spec.preemptionPolicy === undefined && old?.preemptionPolicy !== undefined) spec.preemptionPolicy = old.preemptionPolicy;
    return;
  }
  const className = spec.priorityClassName ?? '';
  const resolved = resolvePriority(reader, className);
  if (!resolved) throw newForbidden(attrs.kind, attrs.name, `no PriorityClass with name ${className} was found`);
  if (spec.priority !== undefined && spec.priority !== resolved.priority) {
    throw newForbidden(
      attrs.kind,
      attrs.name,
      `the integer value of priority (${spec.priority}) must not be provided in pod spec; priority admission controller computed ${resolved.priority} from the given PriorityClass name`,
    );
  }
  if (spec.preemptionPolicy !== undefined && spec.preemptionPolicy !== resolved.preemptionPolicy) {
    throw newForbidden(
      attrs.kind,
      attrs.name,
      `the string value of PreemptionPolicy (${spec.preemptionPolicy}) must not be provided in pod spec; priority admission controller computed ${resolved.preemptionPolicy} from the given PriorityClass name`,
    );
  }
  if (resolved.className !== '') spec.priorityClassName = resolved.className;
  spec.priority = resolved.priority;
  spec.preemptionPolicy = resolved.preemptionPolicy;
}

function validatePriorityClass(reader: ObjectReader, attrs: AdmissionAttributes): void {
  const pc = attrs.object as PriorityClass__Output;
  if (!pc.globalDefault) return;
  const current = defaultPriorityClass(reader);
  if (!current) return;
  const currentName = current.metadata?.name ?? '';
  if (attrs.operation === 'CREATE' || currentName !== attrs.name) {
    throw newForbidden(attrs.kind, attrs.name, `PriorityClass ${currentName} is already marked as default. Only one default can exist`);
  }
}

/** Builds the Priority plugin over the PriorityClasses the reader sees. */
export const newPriority: AdmissionPluginFactory = (reader: ObjectReader): AdmissionPlugin => ({
  name: NAME,
  admit(attrs) {
    if (isPodMain(attrs) && attrs.object && (attrs.operation === 'CREATE' || attrs.operation === 'UPDATE')) admitPod(reader, attrs);
  },
  validate(attrs) {
    if (isPriorityClassMain(attrs) && attrs.object && (attrs.operation === 'CREATE' || attrs.operation === 'UPDATE')) {
      validatePriorityClass(reader, attrs);
    }
  },
});
