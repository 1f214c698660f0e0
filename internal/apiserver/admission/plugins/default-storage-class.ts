/**
 * DefaultStorageClass: a PersistentVolumeClaim created without a storage class gets the cluster's
 * default one, the StorageClass annotated `storageclass.kubernetes.io/is-default-class: "true"`.
 * An explicit `storageClassName: ""` means "no class" and is left alone. With several defaults the
 * newest wins (Kubernetes 1.26+), so adding a new default takes effect without removing the old.
 */
import type { PersistentVolumeClaim__Output } from '../../../api/generated/skiff/core/v1/PersistentVolumeClaim.js';
import type { StorageClass__Output } from '../../../api/generated/skiff/storage/v1/StorageClass.js';
import type { AdmissionPlugin, AdmissionPluginFactory, ObjectReader } from '../admission.js';

/** The plugin's name, as Kubernetes spells it. */
export const NAME = 'DefaultStorageClass';

/** The annotation that marks the default StorageClass. */
export const IS_DEFAULT_STORAGE_CLASS_ANNOTATION = 'storageclass.kubernetes.io/is-default-class';

/** The beta spelling of the same, still honoured by Kubernetes. */
export const BETA_IS_DEFAULT_STORAGE_CLASS_ANNOTATION = 'storageclass.beta.kubernetes.io/is-default-class';

/** The beta annotation a claim could name its class with before spec.storageClassName existed. */
export const BETA_STORAGE_CLASS_ANNOTATION = 'volume.beta.kubernetes.io/storage-class';

/** True when the class is annotated as the default. */
export function isDefaultStorageClass(sc: StorageClass__Output): boolean {
  const a = sc.metadata?.annotations ?? {};
  return a[IS_DEFAULT_STORAGE_CLASS_ANNOTATION] === 'true' || a[BETA_IS_DEFAULT_STORAGE_CLASS_ANNOTATION] === 'true';
}

// Go's byte-wise string order, not the locale's.
function byName(a: StorageClass__Output, b: StorageClass__Output): number {
  const x = a.metadata?.name ?? '';
  const y = b.metadata?.name ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

function createdAt(sc: StorageClass__Output): number {
  const t = Date.parse(sc.metadata?.creationTimestamp ?? '');
  return Number.isNaN(t) ? 0 : t;
}

/** The default StorageClass: the newest of those marked default, ties broken by name. */
export function defaultStorageClass(reader: ObjectReader): StorageClass__Output | undefined {
  const defaults = (reader.list('storageclasses') as readonly StorageClass__Output[]).filter(isDefaultStorageClass);
  defaults.sort((a, b) => createdAt(b) - createdAt(a) || byName(a, b));
  return defaults[0];
}

/** Builds the DefaultStorageClass plugin over the StorageClasses the reader sees. */
export const newDefaultStorageClass: AdmissionPluginFactory = (reader: ObjectReader): AdmissionPlugin => ({
  name: NAME,
  admit(attrs) {
    if (attrs.operation !== 'CREATE' || attrs.subresource !== '' || !attrs.object) return;
    if (attrs.kind.group !== '' || attrs.kind.resource !== 'persistentvolumeclaims') return;
    const pvc = attrs.object as PersistentVolumeClaim__Output;
    if (pvc.spec?.storageClassName !== undefined) return;
    if (pvc.metadata?.annotations?.[BETA_STORAGE_CLASS_ANNOTATION] !== undefined) return;
    const sc = defaultStorageClass(reader);
    if (sc?.metadata?.name) (pvc.spec ??= {}).storageClassName = sc.metadata.name;
  },
});
