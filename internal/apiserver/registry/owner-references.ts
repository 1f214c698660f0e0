/**
 * metadata.ownerReferences as Kubernetes judges and repairs them: ValidateOwnerReferences' errors,
 * and the request handlers' dedupOwnerReferencesAndAddWarning, which drops a reference repeated
 * whole and tells the client so in a warning rather than refusing the request.
 */
import { parseGroupVersion, type KubeObject } from '../../api/index.js';
import { FieldError, FieldPath, GO_OWNER_REFERENCE, GO_OWNER_REFERENCES, goValue } from '../../api/validation/index.js';
import type { MutableObject } from './strategy.js';

type OwnerReference = NonNullable<NonNullable<KubeObject['metadata']>['ownerReferences']>[number];

/** Records a warning for the response; Kubernetes' warning.AddWarning on the request's context. */
export type Warn = (message: string) => void;

const OWNER_REFERENCES = FieldPath.root('metadata').child('ownerReferences');

/**
 * Kubernetes' DuplicateOwnerReferencesWarningFormat and its after-admission twin, before the UIDs:
 * a create or an update is deduplicated as it arrives (the first) and again after mutating
 * admission (the second, for what admission added); a patch only after admission, so its warning
 * is always the second.
 */
const DUPLICATES_ON_ARRIVAL = '.metadata.ownerReferences contains duplicate entries; ';
const DUPLICATES_AFTER_ADMISSION = '.metadata.ownerReferences contains duplicate entries after mutating admission happens; ';
const DUPLICATES_ADVICE = 'API server dedups owner references in 1.20+, and may reject such requests as early as 1.24; please fix your requests; duplicate UID(s) observed: ';

/**
 * Kubernetes' ValidateOwnerReferences: every reference's errors at `metadata.ownerReferences`
 * itself, not at an index; core v1 Events may own nothing; one controller at most. An object may
 * name itself as its owner (the garbage collector then finds its owner present and keeps it).
 */
export function validateOwnerReferences(refs: readonly OwnerReference[] | undefined): FieldError[] {
  const errs: FieldError[] = [];
  if (refs === undefined || refs.length === 0) return errs;
  const path = OWNER_REFERENCES;
  let firstController = '';
  // One value for every such error: Kubernetes passes the same list, at the same addresses.
  let shownRefs: symbol | null | undefined;
  for (const ref of refs) {
    // As Kubernetes' FromAPIVersionAndKind: an apiVersion ParseGroupVersion refuses leaves group and version empty.
    const gv = parseGroupVersion(ref.apiVersion ?? '');
    const { group, version } = gv.ok ? gv : { group: '', version: '' };
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

/** Kubernetes' semantic equality of two references: every field, an unset flag unlike a false one. */
function sameReference(a: OwnerReference, b: OwnerReference): boolean {
  return (
    (a.uid ?? '') === (b.uid ?? '') &&
    (a.apiVersion ?? '') === (b.apiVersion ?? '') &&
    (a.kind ?? '') === (b.kind ?? '') &&
    (a.name ?? '') === (b.name ?? '') &&
    a.controller === b.controller &&
    a.blockOwnerDeletion === b.blockOwnerDeletion
  );
}

/**
 * Kubernetes' dedupOwnerReferencesAndAddWarning: drops every reference equal in all its fields to
 * one before it (references that share a UID but differ elsewhere all stay), and when it drops one
 * or more, warns with the UID of each one dropped, in order. `afterMutatingAdmission` picks the
 * wording.
 */
export function dedupOwnerReferences(obj: MutableObject, warn: Warn | undefined, afterMutatingAdmission: boolean): void {
  const refs = obj.metadata?.ownerReferences;
  if (refs === undefined || refs.length < 2) return;
  const kept: OwnerReference[] = [];
  const duplicates: string[] = [];
  for (const ref of refs) {
    if (kept.some((k) => sameReference(k, ref))) duplicates.push(ref.uid ?? '');
    else kept.push(ref);
  }
  if (duplicates.length === 0) return;
  obj.metadata!.ownerReferences = kept;
  warn?.((afterMutatingAdmission ? DUPLICATES_AFTER_ADMISSION : DUPLICATES_ON_ARRIVAL) + DUPLICATES_ADVICE + duplicates.join(', '));
}
