/**
 * The metadata rules every kind shares: what the server sets on create (uid, creationTimestamp,
 * generation), what an update may not change (name, uid, creationTimestamp, deletion state), the
 * generation bump on a spec change, and validation of names, labels, annotations, owner
 * references and finalizers with Kubernetes' messages.
 */
import { randomInt } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { parseApiVersion, type KindInfo, type KubeObject, type KubeObjectWithSpec } from '../../api/index.js';
import {
  FIELD_IMMUTABLE_ERROR_MSG,
  FieldError,
  FieldPath,
  formatGoValue,
  GO_OWNER_REFERENCE,
  GO_OWNER_REFERENCES,
  goValue,
  isQualifiedName,
  nameIsDNS1035Label,
  nameIsDNSLabel,
  nameIsDNSSubdomain,
  validateImmutableField,
  validateObjectMeta,
  type ValidateNameFunc,
} from '../../api/validation/index.js';
import type { MutableObject } from './strategy.js';

// Kubernetes' generateName alphabet: no vowels (no words) and no look-alike characters.
const NAME_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
const MAX_GENERATED_NAME_LENGTH = 63;

/** `prefix` plus five random characters, the prefix cut so the result stays within 63 characters. */
export function generateName(prefix: string): string {
  let suffix = '';
  for (let i = 0; i < 5; i++) suffix += NAME_ALPHABET[randomInt(NAME_ALPHABET.length)];
  return prefix.slice(0, MAX_GENERATED_NAME_LENGTH - 5) + suffix;
}

// Every object created within one second carries the same timestamp: format it once per second.
let formattedSecond = NaN;
let formatted = '';

/** RFC 3339 in UTC with seconds precision, as Kubernetes writes metav1.Time. */
export function formatTime(ms: number): string {
  const second = Math.floor(ms / 1000);
  if (second !== formattedSecond) {
    formatted = new Date(second * 1000).toISOString().replace('.000Z', 'Z');
    formattedSecond = second;
  }
  return formatted;
}

/** The name rule of a kind, as Kubernetes assigns them. */
export function nameRuleFor(kind: KindInfo): ValidateNameFunc {
  if (kind.group === '' && kind.kind === 'Namespace') return nameIsDNSLabel;
  if (kind.group === '' && kind.kind === 'Service') return nameIsDNS1035Label;
  return nameIsDNSSubdomain;
}

/** Sets what the server owns on create; the client's values for these are ignored. */
export function prepareMetaForCreate(obj: MutableObject, opts: { uid: string; now: number; usesGeneration: boolean }): void {
  const meta = (obj.metadata ??= {});
  meta.uid = opts.uid;
  meta.creationTimestamp = formatTime(opts.now);
  meta.resourceVersion = undefined;
  meta.selfLink = undefined;
  meta.deletionTimestamp = undefined;
  meta.deletionGracePeriodSeconds = undefined;
  meta.managedFields = undefined;
  meta.generation = opts.usesGeneration ? 1 : undefined;
}

/**
 * Carries what an update may not change over from the stored object, and bumps the generation
 * when the spec changed (for kinds that use it). What a status update may not change beyond the
 * spec is its kind's strategy's to say (Deployments keep their labels, Pods their owners), as in Kubernetes.
 */
export function prepareMetaForUpdate(
  obj: MutableObject,
  old: KubeObject,
  opts: { usesGeneration: boolean; statusUpdate: boolean; generationChanged?: (obj: KubeObject, old: KubeObject) => boolean },
): void {
  const meta = (obj.metadata ??= {});
  const oldMeta = old.metadata ?? {};
  meta.generation = oldMeta.generation;
  if (!meta.uid) meta.uid = oldMeta.uid;
  meta.creationTimestamp = oldMeta.creationTimestamp;
  // As rest.BeforeUpdate: a stored deletionTimestamp replaces the client's, and a grace period the
  // client leaves out is the stored one. What remains different (a grace period changed, either
  // field set on an object not being deleted) validateMetaForUpdate refuses as immutable.
  if (oldMeta.deletionTimestamp !== undefined) meta.deletionTimestamp = oldMeta.deletionTimestamp;
  meta.deletionGracePeriodSeconds ??= oldMeta.deletionGracePeriodSeconds;
  meta.selfLink = undefined;
  meta.managedFields = undefined;
  if (opts.usesGeneration && !opts.statusUpdate && (opts.generationChanged ?? specChanged)(obj, old)) {
    meta.generation = (oldMeta.generation ?? 0) + 1;
  }
}

/** The generation's usual trigger: the spec changed. */
export function specChanged(obj: KubeObject, old: KubeObject): boolean {
  return !isDeepStrictEqual((obj as KubeObjectWithSpec).spec, (old as KubeObjectWithSpec).spec);
}

const META = FieldPath.root('metadata');
const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

/**
 * Kubernetes' ValidateOwnerReferences: every reference's errors at `metadata.ownerReferences`
 * itself, not at an index; core v1 Events may own nothing; one controller at most. An object may
 * name itself as its owner (the garbage collector then finds its owner present and keeps it).
 */
function validateOwnerReferences(refs: NonNullable<KubeObject['metadata']>['ownerReferences']): FieldError[] {
  const errs: FieldError[] = [];
  if (refs === undefined || refs.length === 0) return errs;
  const path = META.child('ownerReferences');
  let firstController = '';
  // One value for every such error: Kubernetes passes the same list, at the same addresses.
  let shownRefs: symbol | null | undefined;
  for (const ref of refs) {
    const apiVersion = ref.apiVersion ?? '';
    // Kubernetes' ParseGroupVersion refuses two slashes or more, leaving group and version empty.
    const { group, version } = parseApiVersion(apiVersion.split('/').length <= 2 ? apiVersion : '');
    if (!version) errs.push(FieldError.invalid(path.child('apiVersion'), ref.apiVersion ?? '', 'version must not be empty'));
    if (!ref.kind) errs.push(FieldError.invalid(path.child('kind'), ref.kind ?? '', 'kind must not be empty'));
    if (!ref.name) errs.push(FieldError.invalid(path.child('name'), ref.name ?? '', 'name must not be empty'));
    if (!ref.uid) errs.push(FieldError.invalid(path.child('uid'), ref.uid ?? '', 'uid must not be empty'));
    if (group === '' && version === 'v1' && ref.kind === 'Event') {
      errs.push(FieldError.invalid(path, goValue(GO_OWNER_REFERENCE, ref), `${group}/${version}, Kind=${ref.kind} is disallowed from being an owner`));
    }
    if (!ref.controller) continue;
    // As Kubernetes: every further controller is reported against the first, each with the whole list.
    const controller = `${ref.kind ?? ''}/${ref.name ?? ''}`;
    if (firstController === '') firstController = controller;
    else {
      const detail = `Only one reference can have Controller set to true. Found "true" in references for ${firstController} and ${controller}`;
      errs.push(FieldError.invalid(path, (shownRefs ??= goValue(GO_OWNER_REFERENCES, refs)), detail));
    }
  }
  return errs;
}

/**
 * apimachinery's ValidateFinalizers, which only a create runs: each name a qualified name (its
 * errors at `metadata.finalizers`, not at an index), and not both of the garbage collector's.
 * Duplicates pass, as in Kubernetes.
 */
function validateFinalizers(finalizers: readonly string[] | undefined): FieldError[] {
  const errs: FieldError[] = [];
  if (finalizers === undefined || finalizers.length === 0) return errs;
  const path = META.child('finalizers');
  for (const f of finalizers) {
    for (const msg of isQualifiedName(f)) errs.push(FieldError.invalid(path, f, msg));
  }
  if (finalizers.includes('orphan') && finalizers.includes('foregroundDeletion')) {
    errs.push(FieldError.invalid(path, finalizers, 'finalizer orphan and foregroundDeletion cannot be both set'));
  }
  return errs;
}

/** The core API's check of every finalizer name, on create and on update: a name without a `/` must be a standard one. */
function validateCoreFinalizerNames(finalizers: readonly string[] | undefined): FieldError[] {
  const errs: FieldError[] = [];
  (finalizers ?? []).forEach((f, i) => {
    if (!STANDARD_FINALIZERS.has(f) && !f.includes('/')) {
      errs.push(FieldError.invalid(META.child('finalizers').index(i), f, 'name is neither a standard finalizer name nor is it fully qualified'));
    }
  });
  return errs;
}

/** Validates the metadata of a new object: apimachinery's checks, then the core API's finalizer names. */
export function validateMetaForCreate(obj: KubeObject, kind: KindInfo): FieldError[] {
  const meta = obj.metadata ?? {};
  return validateObjectMeta(meta, kind.namespaced, nameRuleFor(kind), META).concat(
    validateOwnerReferences(meta.ownerReferences),
    validateFinalizers(meta.finalizers),
    validateCoreFinalizerNames(meta.finalizers),
  );
}

/**
 * A metav1.Time as a field error prints it: Go's time.Time String in the server's zone, UTC here
 * (`2026-01-01 00:00:05 +0000 UTC`), unquoted, which FieldError does for a symbol's description.
 */
function goTime(timestamp: string): symbol {
  const ms = Date.parse(timestamp);
  if (Number.isNaN(ms)) return Symbol(timestamp);
  const [date, time] = new Date(ms).toISOString().slice(0, -1).split('T');
  return Symbol(`${date} ${time.replace(/\.?0+$/, '')} +0000 UTC`);
}

/** validateImmutableField for a metav1.Time, which Kubernetes compares as an instant however it is written. */
function validateImmutableTime(value: string | undefined, old: string | undefined, path: FieldPath): FieldError[] {
  const same = !value || !old ? !value && !old : value === old || Date.parse(value) === Date.parse(old);
  return same ? [] : [FieldError.invalid(path, value ? goTime(value) : null, FIELD_IMMUTABLE_ERROR_MSG)];
}

/** Validates the metadata of an update against the stored object. */
export function validateMetaForUpdate(obj: KubeObject, old: KubeObject, kind: KindInfo): FieldError[] {
  const meta = obj.metadata ?? {};
  const oldMeta = old.metadata ?? {};
  const errs = [
    ...validateObjectMeta(meta, kind.namespaced, nameRuleFor(kind), META),
    ...validateOwnerReferences(meta.ownerReferences),
    ...validateCoreFinalizerNames(meta.finalizers),
    ...validateImmutableField(meta.name, oldMeta.name, META.child('name')),
    ...validateImmutableField(meta.namespace, oldMeta.namespace, META.child('namespace')),
    ...validateImmutableField(meta.uid, oldMeta.uid, META.child('uid')),
    ...validateImmutableTime(meta.deletionTimestamp, oldMeta.deletionTimestamp, META.child('deletionTimestamp')),
    ...validateImmutableField(meta.deletionGracePeriodSeconds, oldMeta.deletionGracePeriodSeconds, META.child('deletionGracePeriodSeconds')),
  ];
  if (oldMeta.deletionTimestamp !== undefined) {
    const before = new Set(oldMeta.finalizers ?? []);
    // Kubernetes lists the set difference: sorted, each name once.
    const added = [...new Set((meta.finalizers ?? []).filter((f) => !before.has(f)))].sort();
    if (added.length > 0) {
      errs.push(FieldError.forbidden(META.child('finalizers'), `no new finalizers can be added if the object is being deleted, found new finalizers ${formatGoValue(added)}`));
    }
  }
  return errs;
}
