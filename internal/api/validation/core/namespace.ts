/** Namespace validation: spec finalizer names, the status phase, and the finalize subresource. */
import type { Namespace__Output } from '../../generated/skiff/core/v1/Namespace.js';
import { FieldError, FieldPath, isQualifiedName } from '../index.js';

const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

/** Validates one finalizer name: qualified, and standard unless it has a prefix. */
export function validateFinalizerName(value: string, path: FieldPath): FieldError[] {
  const errs = isQualifiedName(value).map((m) => FieldError.invalid(path, value, m));
  if (!value.includes('/') && !STANDARD_FINALIZERS.has(value)) {
    errs.push(FieldError.invalid(path, value, 'name is neither a standard finalizer name nor is it fully qualified'));
  }
  return errs;
}

/** Validates a Namespace (Kubernetes reports spec finalizers without an index here). */
export function validateNamespace(ns: Namespace__Output): FieldError[] {
  return (ns.spec?.finalizers ?? []).flatMap((f) => validateFinalizerName(f, FieldPath.root('spec', 'finalizers')));
}

/** Validates a Namespace update (only metadata can change; spec and status are carried over). */
export function validateNamespaceUpdate(_ns: Namespace__Output, _old: Namespace__Output): FieldError[] {
  return [];
}

/** Validates a Namespace status update: Active while live, Terminating once deleted. */
export function validateNamespaceStatusUpdate(ns: Namespace__Output, _old: Namespace__Output): FieldError[] {
  const phase = ns.status?.phase ?? '';
  // Kubernetes capitalises Phase in this path; kept so messages match.
  const path = FieldPath.root('status', 'Phase');
  if (!ns.metadata?.deletionTimestamp) {
    if (phase !== 'Active') return [FieldError.invalid(path, phase, "may only be 'Active' if `deletionTimestamp` is empty")];
  } else if (phase !== 'Terminating') {
    return [FieldError.invalid(path, phase, "may only be 'Terminating' if `deletionTimestamp` is not empty")];
  }
  return [];
}

/** Validates an update through namespaces/finalize: each remaining spec finalizer name. */
export function validateNamespaceFinalizeUpdate(ns: Namespace__Output, _old: Namespace__Output): FieldError[] {
  return (ns.spec?.finalizers ?? []).flatMap((f, i) => validateFinalizerName(f, FieldPath.root('spec', 'finalizers').index(i)));
}
