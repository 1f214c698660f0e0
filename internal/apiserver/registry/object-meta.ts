/**
 * The metadata rules every kind shares: what the server sets on create (uid, creationTimestamp,
 * generation), what an update may not change (name, uid, creationTimestamp, deletion state), the
 * generation bump on a spec change, and validation of names, labels, annotations, owner
 * references (judged in owner-references.ts) and finalizers with Kubernetes' messages, on create
 * and on update each in Kubernetes' order.
 */
import { randomInt } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { KindInfo, KubeObject, KubeObjectWithSpec } from '../../api/index.js';
import {
  FIELD_IMMUTABLE_ERROR_MSG,
  FieldError,
  FieldPath,
  formatGoValue,
  isQualifiedName,
  nameIsDNS1035Label,
  nameIsDNSLabel,
  nameIsDNSSubdomain,
  validateImmutableField,
  validateObjectMeta,
  type ValidateNameFunc,
} from '../../api/validation/index.js';
import { validateOwnerReferences } from './owner-references.js';
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

/**
 * apimachinery's ValidatePathSegmentName, the name rule of the generic store's own checks: a name
 * only has to be usable in a URL path. A generateName prefix may be `.` or `..`, since more follows.
 */
const nameIsPathSegment: ValidateNameFunc = (name, prefix) => {
  if (!prefix && (name === '.' || name === '..')) return [`may not be '${name}'`];
  return ['/', '%'].filter((c) => name.includes(c)).map((c) => `may not contain '${c}'`);
};

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
 * apimachinery's ValidateFinalizers, part of ValidateObjectMetaAccessor and so of every create and
 * update: each name a qualified name (its errors at `metadata.finalizers`, not at an index), and
 * not both of the garbage collector's. Duplicates pass, as in Kubernetes.
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

/**
 * Validates the metadata of an update against the stored object, in the order Kubernetes reports
 * it. The generic store's validateCommonFields comes first: the object's metadata as every object's,
 * its name held only to the path-segment rule (ValidateObjectMetaAccessor), then as an update of
 * the stored one (ValidateObjectMetaAccessorUpdate). Then the kind's ValidateUpdate: the core API's
 * finalizer names and, where `asNewObjectToo` (the main resource of most kinds), the object's
 * metadata again as a create judges it, with the kind's name rule. Kubernetes thus reports some
 * errors two or three times over; its message lists each once, and so does this.
 */
export function validateMetaForUpdate(obj: KubeObject, old: KubeObject, kind: KindInfo, asNewObjectToo: boolean): FieldError[] {
  const meta = obj.metadata ?? {};
  const oldMeta = old.metadata ?? {};
  const errs = [
    ...validateObjectMeta(meta, kind.namespaced, nameIsPathSegment, META),
    ...validateOwnerReferences(meta.ownerReferences),
    ...validateFinalizers(meta.finalizers),
    ...validateNoNewFinalizers(meta.finalizers, oldMeta),
    ...validateImmutableField(meta.name, oldMeta.name, META.child('name')),
    ...validateImmutableField(meta.namespace, oldMeta.namespace, META.child('namespace')),
    ...validateImmutableField(meta.uid, oldMeta.uid, META.child('uid')),
    ...validateImmutableTime(meta.creationTimestamp, oldMeta.creationTimestamp, META.child('creationTimestamp')),
    ...validateImmutableTime(meta.deletionTimestamp, oldMeta.deletionTimestamp, META.child('deletionTimestamp')),
    ...validateImmutableField(meta.deletionGracePeriodSeconds, oldMeta.deletionGracePeriodSeconds, META.child('deletionGracePeriodSeconds')),
    ...validateCoreFinalizerNames(meta.finalizers),
    ...(asNewObjectToo ? validateObjectMeta(meta, kind.namespaced, nameRuleFor(kind), META) : []),
  ];
  return distinct(errs);
}

/** Each error once, where it first appears: what Kubernetes' aggregated message shows. */
function distinct(errs: readonly FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errs.filter((e) => {
    const line = String(e);
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  });
}

/** ValidateNoNewFinalizers, which holds only for an object being deleted: the names added, sorted, each once. */
function validateNoNewFinalizers(finalizers: readonly string[] | undefined, oldMeta: NonNullable<KubeObject['metadata']>): FieldError[] {
  if (oldMeta.deletionTimestamp === undefined) return [];
  const before = new Set(oldMeta.finalizers ?? []);
  const added = [...new Set((finalizers ?? []).filter((f) => !before.has(f)))].sort();
  if (added.length === 0) return [];
  return [FieldError.forbidden(META.child('finalizers'), `no new finalizers can be added if the object is being deleted, found new finalizers ${formatGoValue(added)}`)];
}
