/**
 * The metadata rules every kind shares: what the server sets on create (uid, creationTimestamp,
 * generation), what an update may not change (name, uid, creationTimestamp, deletion state), the
 * generation bump on a spec change, and validation of names, labels, annotations, owner
 * references and finalizers with Kubernetes' messages.
 */
import { randomInt } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { KindInfo, KubeObject, KubeObjectWithSpec } from '../../api/index.js';
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

function validateOwnerReferences(obj: KubeObject): FieldError[] {
  const refs = obj.metadata?.ownerReferences ?? [];
  const errs: FieldError[] = [];
  if (refs.length === 0) return errs;
  const path = META.child('ownerReferences');
  let firstController = '';
  // One value for every such error: Kubernetes passes the same list, at the same addresses.
  let shownRefs: symbol | null | undefined;
  refs.forEach((ref, i) => {
    const p = path.index(i);
    if (!ref.apiVersion) errs.push(FieldError.invalid(p.child('apiVersion'), ref.apiVersion ?? '', 'version must not be empty'));
    if (!ref.kind) errs.push(FieldError.invalid(p.child('kind'), ref.kind ?? '', 'kind must not be empty'));
    if (!ref.name) errs.push(FieldError.invalid(p.child('name'), ref.name ?? '', 'name must not be empty'));
    if (!ref.uid) errs.push(FieldError.invalid(p.child('uid'), ref.uid ?? '', 'uid must not be empty'));
    if (ref.uid && ref.uid === obj.metadata?.uid) errs.push(FieldError.invalid(p, goValue(GO_OWNER_REFERENCE, ref), 'an object cannot own itself'));
    if (!ref.controller) return;
    // As Kubernetes: every further controller is reported against the first, each with the whole list.
    const controller = `${ref.kind ?? ''}/${ref.name ?? ''}`;
    if (firstController === '') firstController = controller;
    else {
      const detail = `Only one reference can have Controller set to true. Found "true" in references for ${firstController} and ${controller}`;
      errs.push(FieldError.invalid(path, (shownRefs ??= goValue(GO_OWNER_REFERENCES, refs)), detail));
    }
  });
  return errs;
}

function validateFinalizers(finalizers: readonly string[] | undefined): FieldError[] {
  const errs: FieldError[] = [];
  if (finalizers === undefined || finalizers.length === 0) return errs;
  const path = META.child('finalizers');
  const seen = new Set<string>();
  (finalizers ?? []).forEach((f, i) => {
    for (const msg of isQualifiedName(f)) errs.push(FieldError.invalid(path.index(i), f, msg));
    if (!STANDARD_FINALIZERS.has(f) && !f.includes('/')) {
      errs.push(FieldError.invalid(path.index(i), f, 'name is neither a standard finalizer name nor is it fully qualified'));
    }
    if (seen.has(f)) errs.push(FieldError.duplicate(path.index(i), f));
    seen.add(f);
  });
  if (seen.has('orphan') && seen.has('foregroundDeletion')) {
    errs.push(FieldError.invalid(path, finalizers, 'finalizer orphan and foregroundDeletion cannot be both set'));
  }
  return errs;
}

/** Validates the metadata of a new object. */
export function validateMetaForCreate(obj: KubeObject, kind: KindInfo): FieldError[] {
  const meta = obj.metadata ?? {};
  return validateObjectMeta(meta, kind.namespaced, nameRuleFor(kind), META).concat(validateOwnerReferences(obj), validateFinalizers(meta.finalizers));
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
    ...validateOwnerReferences(obj),
    ...validateFinalizers(meta.finalizers),
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
