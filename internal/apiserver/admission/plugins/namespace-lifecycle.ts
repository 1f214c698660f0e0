/**
 * NamespaceLifecycle: Kubernetes' guard of namespaces. Nothing is created or updated in a namespace
 * that does not exist (404); nothing new is created in one being deleted (403, cause
 * NamespaceTerminating) while updates and deletes go on so the namespace can drain; and the
 * namespaces the cluster itself needs may never be deleted.
 */
import { newForbidden, newNotFound } from '../../../api/index.js';
import type { Namespace__Output } from '../../../api/generated/skiff/core/v1/Namespace.js';
import type { AdmissionAttributes, AdmissionPlugin, AdmissionPluginFactory, ObjectReader } from '../admission.js';

/** The plugin's name, as Kubernetes spells it. */
export const NAME = 'NamespaceLifecycle';

/** Namespaces that may never be deleted. */
export const IMMORTAL_NAMESPACES: ReadonlySet<string> = new Set(['default', 'kube-system', 'kube-public']);

/** The StatusCause reason of a create refused in a terminating namespace. */
export const NAMESPACE_TERMINATING_CAUSE = 'NamespaceTerminating';

const NAMESPACES = { group: '', resource: 'namespaces' };

/** True when the namespace is being deleted (marked, or already in phase Terminating). */
export function isNamespaceTerminating(ns: Namespace__Output): boolean {
  return ns.metadata?.deletionTimestamp !== undefined || ns.status?.phase === 'Terminating';
}

function isNamespaceKind(attrs: AdmissionAttributes): boolean {
  return attrs.kind.group === '' && attrs.kind.kind === 'Namespace';
}

/** Builds the NamespaceLifecycle plugin over the namespaces the reader sees. */
export const newNamespaceLifecycle: AdmissionPluginFactory = (reader: ObjectReader): AdmissionPlugin => ({
  name: NAME,

  // Checked while mutating, as Kubernetes does, so a create in a missing namespace is a 404 before
  // the object's own validation can call it invalid.
  admit(attrs) {
    if (attrs.operation !== 'CREATE' && attrs.operation !== 'UPDATE') return;
    if (isNamespaceKind(attrs) || attrs.namespace === '') return;
    const ns = reader.get('namespaces', '', attrs.namespace) as Namespace__Output | undefined;
    if (!ns) throw newNotFound(NAMESPACES, attrs.namespace);
    if (attrs.operation === 'CREATE' && isNamespaceTerminating(ns)) {
      const err = newForbidden(
        attrs.kind,
        attrs.name,
        `unable to create new content in namespace ${attrs.namespace} because it is being terminated`,
      );
      (err.status.details ??= {}).causes = [
        { reason: NAMESPACE_TERMINATING_CAUSE, message: `namespace ${attrs.namespace} is being terminated`, field: 'metadata.namespace' },
      ];
      throw err;
    }
  },

  // Skiff runs only the validating half on DELETE, so the immortal namespaces are guarded here.
  validate(attrs) {
    if (attrs.operation === 'DELETE' && isNamespaceKind(attrs) && IMMORTAL_NAMESPACES.has(attrs.name)) {
      throw newForbidden(attrs.kind, attrs.name, 'this namespace may not be deleted');
    }
  },
});
