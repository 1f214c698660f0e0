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
  FieldError,
  FieldPath,
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

const STATUS_OWNED_META = ['labels', 'annotations', 'finalizers', 'ownerReferences'] as const;

/**
 * Carries what an update may not change over from the stored object, and bumps the generation
 * when the spec changed (for kinds that use it). A status update changes no metadata at all.
 */
export function prepareMetaForUpdate(obj: MutableObject, old: KubeObject, opts: { usesGeneration: boolean; statusUpdate: boolean }): void {
  const meta = (obj.metadata ??= {});
  const oldMeta = old.metadata ?? {};
  meta.generation = oldMeta.generation;
  if (!meta.uid) meta.uid = oldMeta.uid;
  meta.creationTimestamp = oldMeta.creationTimestamp;
  meta.deletionTimestamp = oldMeta.deletionTimestamp;
  if (meta.deletionGracePeriodSeconds === undefined) meta.deletionGracePeriodSeconds = oldMeta.deletionGracePeriodSeconds;
  meta.selfLink = undefined;
  meta.managedFields = undefined;
  if (opts.statusUpdate) {
    for (const f of STATUS_OWNED_META) (meta as Record<string, unknown>)[f] = oldMeta[f];
  }
  if (opts.usesGeneration && !opts.statusUpdate && !isDeepStrictEqual((obj as KubeObjectWithSpec).spec, (old as KubeObjectWithSpec).spec)) {
    meta.generation = (oldMeta.generation ?? 0) + 1;
  }
}

const META = FieldPath.root('metadata');
const STANDARD_FINALIZERS = new Set(['kubernetes', 'orphan', 'foregroundDeletion']);

function validateOwnerReferences(obj: KubeObject): FieldError[] {
  const refs = obj.metadata?.ownerReferences ?? [];
  const errs: FieldError[] = [];
  if (refs.length === 0) return errs;
  const path = META.child('ownerReferences');
  let controllers = 0;
  refs.forEach((ref, i) => {
    const p = path.index(i);
    if (!ref.apiVersion) errs.push(FieldError.invalid(p.child('apiVersion'), ref.apiVersion ?? '', 'version must not be empty'));
    if (!ref.kind) errs.push(FieldError.invalid(p.child('kind'), ref.kind ?? '', 'kind must not be empty'));
    if (!ref.name) errs.push(FieldError.invalid(p.child('name'), ref.name ?? '', 'name must not be empty'));
    if (!ref.uid) errs.push(FieldError.invalid(p.child('uid'), ref.uid ?? '', 'uid must not be empty'));
    if (ref.uid && ref.uid === obj.metadata?.uid) errs.push(FieldError.invalid(p, ref, 'an object cannot own itself'));
    if (ref.controller) controllers++;
  });
  if (controllers > 1) {
    errs.push(FieldError.invalid(path, refs, `Only one reference can have Controller set to true. Found "true" in references for ${refs.filter((r) => r.controller).map((r) => `${r.kind}/${r.name}`).join(' and ')}`));
  }
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
  ];
  if (oldMeta.deletionTimestamp !== undefined) {
    const before = new Set(oldMeta.finalizers ?? []);
    const added = (meta.finalizers ?? []).filter((f) => !before.has(f));
    if (added.length > 0) {
      errs.push(FieldError.forbidden(META.child('finalizers'), `no new finalizers can be added if the object is being deleted, found new finalizers []string{${added.map((f) => JSON.stringify(f)).join(', ')}}`));
    }
  }
  return errs;
}
