/**
 * The Namespace strategy: a new namespace is Active and carries the `kubernetes` spec finalizer;
 * spec finalizers change only through namespaces/finalize; a deleted namespace turns Terminating
 * and stays until its spec finalizers are gone.
 */
import type { KubeObject } from '../../../../api/index.js';
import { defaultNamespace } from '../../../../api/defaults/core/index.js';
import type { Namespace__Output } from '../../../../api/generated/skiff/core/v1/Namespace.js';
import type { FieldError } from '../../../../api/validation/index.js';
import {
  validateNamespace,
  validateNamespaceFinalizeUpdate,
  validateNamespaceStatusUpdate,
  validateNamespaceUpdate,
} from '../../../../api/validation/core/index.js';
import type { MutableObject, Strategy } from '../../strategy.js';

/** The spec finalizer of the namespace controller, which empties a namespace before it goes. */
export const FINALIZER_KUBERNETES = 'kubernetes';

const asNamespace = (obj: KubeObject): Namespace__Output => obj as Namespace__Output;

/** Prepares an update through namespaces/finalize: only spec.finalizers may change there. */
export function prepareNamespaceForFinalize(obj: MutableObject, old: KubeObject): void {
  const ns = asNamespace(obj);
  ns.status = asNamespace(old).status;
}

/** Validates an update through namespaces/finalize. */
export function validateNamespaceFinalize(obj: KubeObject, old: KubeObject): FieldError[] {
  return validateNamespaceFinalizeUpdate(asNamespace(obj), asNamespace(old));
}

/** The hooks of namespaces. */
export const namespaceStrategy: Strategy = {
  defaults: (obj) => defaultNamespace(asNamespace(obj)),
  prepareForCreate(obj) {
    const ns = asNamespace(obj);
    ns.status = { phase: 'Active' };
    // Added on create only: the namespace controller removes it over the namespace's life.
    const spec = (ns.spec ??= {});
    if (!(spec.finalizers ?? []).includes(FINALIZER_KUBERNETES)) spec.finalizers = [...(spec.finalizers ?? []), FINALIZER_KUBERNETES];
  },
  prepareForUpdate(obj, old) {
    const ns = asNamespace(obj);
    const o = asNamespace(old);
    (ns.spec ??= {}).finalizers = o.spec?.finalizers;
    ns.status = o.status;
  },
  prepareForStatusUpdate(obj, old) {
    asNamespace(obj).spec = asNamespace(old).spec;
  },
  validate: (obj) => validateNamespace(asNamespace(obj)),
  validateUpdate: (obj, old) => validateNamespaceUpdate(asNamespace(obj), asNamespace(old)),
  validateStatusUpdate: (obj, old) => validateNamespaceStatusUpdate(asNamespace(obj), asNamespace(old)),
  selectableFields: (obj) => ({ 'status.phase': asNamespace(obj).status?.phase ?? '' }),
  fieldLabels: ['status.phase', 'metadata.name'],
  hasStatus: true,
  pendingFinalizers: (obj) => (asNamespace(obj).spec?.finalizers ?? []).length > 0,
  onMarkedForDeletion(obj) {
    (asNamespace(obj).status ??= {}).phase = 'Terminating';
  },
};
