/**
 * PriorityClass validation (pkg/apis/scheduling/validation): names starting `system-` belong to
 * the built-in classes (and must carry their value), user classes stay at or below one billion,
 * the preemption policy is known; value and preemption policy never change. That at most one class
 * is the global default needs the other classes, so admission checks it, not this.
 */
import type { PriorityClass__Output } from '../../generated/skiff/scheduling/v1/PriorityClass.js';
import { FieldError, FieldPath, validateImmutableField } from '../index.js';

/** The prefix reserved for the built-in classes. */
export const SYSTEM_PRIORITY_CLASS_PREFIX = 'system-';
/** The highest value a user-defined class may have. */
export const HIGHEST_USER_DEFINABLE_PRIORITY = 1_000_000_000;
/** The value of system-cluster-critical; system-node-critical is 1000 above it. */
export const SYSTEM_CRITICAL_PRIORITY = 2 * HIGHEST_USER_DEFINABLE_PRIORITY;

/** The built-in classes and the values they must have. */
export const SYSTEM_PRIORITY_CLASSES: ReadonlyArray<{ readonly name: string; readonly value: number; readonly globalDefault: boolean }> = [
  { name: 'system-node-critical', value: SYSTEM_CRITICAL_PRIORITY + 1000, globalDefault: false },
  { name: 'system-cluster-critical', value: SYSTEM_CRITICAL_PRIORITY, globalDefault: false },
];

/** Validates a new PriorityClass (metadata is checked generically, except the reserved prefix). */
export function validatePriorityClass(pc: PriorityClass__Output): FieldError[] {
  const errs: FieldError[] = [];
  const name = pc.metadata?.name ?? '';
  const value = pc.value ?? 0;
  if (name.startsWith(SYSTEM_PRIORITY_CLASS_PREFIX)) {
    const problem = systemClassProblem(name, value, pc.globalDefault ?? false);
    if (problem !== undefined) {
      errs.push(
        FieldError.forbidden(
          FieldPath.root('metadata', 'name'),
          `priority class names with '${SYSTEM_PRIORITY_CLASS_PREFIX}' prefix are reserved for system use only. error: ${problem}`,
        ),
      );
    }
  } else if (value > HIGHEST_USER_DEFINABLE_PRIORITY) {
    errs.push(
      FieldError.forbidden(FieldPath.root('value'), `maximum allowed value of a user defined priority is ${HIGHEST_USER_DEFINABLE_PRIORITY}`),
    );
  }
  if (pc.preemptionPolicy !== undefined) errs.push(...validatePreemptionPolicy(pc.preemptionPolicy, FieldPath.root('preemptionPolicy')));
  return errs;
}

/** Validates an update: value and preemptionPolicy unchanged. */
export function validatePriorityClassUpdate(pc: PriorityClass__Output, old: PriorityClass__Output): FieldError[] {
  const errs: FieldError[] = [];
  if ((pc.value ?? 0) !== (old.value ?? 0)) errs.push(FieldError.forbidden(FieldPath.root('value'), 'may not be changed in an update.'));
  errs.push(...validateImmutableField(pc.preemptionPolicy, old.preemptionPolicy, FieldPath.root('preemptionPolicy')));
  return errs;
}

/** PreemptLowerPriority or Never (shared with a pod's `spec.preemptionPolicy`). */
export function validatePreemptionPolicy(policy: string, path: FieldPath): FieldError[] {
  if (policy === 'PreemptLowerPriority' || policy === 'Never') return [];
  if (policy === '') return [FieldError.required(path, '')];
  return [FieldError.notSupported(path, policy, ['PreemptLowerPriority', 'Never'])];
}

function systemClassProblem(name: string, value: number, globalDefault: boolean): string | undefined {
  const known = SYSTEM_PRIORITY_CLASSES.find((c) => c.name === name);
  if (known === undefined) return `${name} is not a known system priority class`;
  if (known.value !== value) return `value of ${name} PriorityClass must be ${known.value}`;
  if (known.globalDefault !== globalDefault) return `globalDefault of ${name} PriorityClass must be ${known.globalDefault}`;
  return undefined;
}
