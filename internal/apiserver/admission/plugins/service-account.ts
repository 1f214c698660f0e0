/**
 * ServiceAccount: every pod runs as a service account. A new pod without spec.serviceAccountName
 * gets `default`, and the account it names must exist in its namespace (403 otherwise), as in
 * Kubernetes. Skiff's registry creates `default` with every namespace, so the check holds without
 * a controller. Mirror pods (the kubelet's reflection of a static pod) are never defaulted and may
 * not name an account at all. Token mounting is out of scope.
 */
import { newForbidden, newNotFound } from '../../../api/index.js';
import type { Pod__Output } from '../../../api/generated/skiff/core/v1/Pod.js';
import type { AdmissionAttributes, AdmissionPlugin, AdmissionPluginFactory, ObjectReader } from '../admission.js';

/** The plugin's name, as Kubernetes spells it. */
export const NAME = 'ServiceAccount';

/** The account a pod runs as when it names none. */
export const DEFAULT_SERVICE_ACCOUNT_NAME = 'default';

/** The annotation the kubelet puts on a mirror pod. */
export const MIRROR_POD_ANNOTATION = 'kubernetes.io/config.mirror';

// Kubernetes names the resource in the singular here: `serviceaccount "x" not found`.
const SERVICE_ACCOUNT = { group: '', resource: 'serviceaccount' };

function newPodCreate(attrs: AdmissionAttributes): Pod__Output | undefined {
  if (attrs.operation !== 'CREATE' || attrs.subresource !== '' || !attrs.object) return undefined;
  if (attrs.kind.group !== '' || attrs.kind.resource !== 'pods') return undefined;
  return attrs.object as Pod__Output;
}

function isMirrorPod(pod: Pod__Output): boolean {
  return pod.metadata?.annotations?.[MIRROR_POD_ANNOTATION] !== undefined;
}

function requireServiceAccount(reader: ObjectReader, attrs: AdmissionAttributes, name: string): void {
  if (reader.get('serviceaccounts', attrs.namespace, name)) return;
  throw newForbidden(
    attrs.kind,
    attrs.name,
    `error looking up service account ${attrs.namespace}/${name}: ${newNotFound(SERVICE_ACCOUNT, name).message}`,
  );
}

/** Builds the ServiceAccount plugin over the ServiceAccounts the reader sees. */
export const newServiceAccount: AdmissionPluginFactory = (reader: ObjectReader): AdmissionPlugin => ({
  name: NAME,
  admit(attrs) {
    const pod = newPodCreate(attrs);
    if (!pod || isMirrorPod(pod)) return;
    const spec = (pod.spec ??= {});
    // The deprecated field stands in for the new one when only it is given, as v1 conversion does.
    spec.serviceAccountName ||= spec.serviceAccount || DEFAULT_SERVICE_ACCOUNT_NAME;
    spec.serviceAccount = spec.serviceAccountName;
    requireServiceAccount(reader, attrs, spec.serviceAccountName);
  },
  // Checked again at the end: a later mutating plugin may have changed the pod.
  validate(attrs) {
    const pod = newPodCreate(attrs);
    if (!pod) return;
    const name = pod.spec?.serviceAccountName || pod.spec?.serviceAccount || '';
    if (isMirrorPod(pod)) {
      if (name !== '') throw newForbidden(attrs.kind, attrs.name, 'a mirror pod may not reference service accounts');
      return;
    }
    requireServiceAccount(reader, attrs, name || DEFAULT_SERVICE_ACCOUNT_NAME);
  },
});
