/**
 * StorageClass validation (pkg/apis/storage/validation): a provisioner that is a qualified name,
 * bounded parameters, known reclaim policy and binding mode, well-formed allowed topologies; on
 * update the provisioner, parameters, reclaim policy and binding mode never change.
 */
import type { StorageClass__Output } from '../../generated/skiff/storage/v1/StorageClass.js';
import type { TopologySelectorTerm__Output } from '../../generated/skiff/storage/v1/TopologySelectorTerm.js';
import { FieldError, FieldPath, byteLength, isQualifiedName, validateImmutableField, validateLabelName } from '../index.js';

const MAX_PARAMETERS = 512;
const MAX_PARAMETERS_SIZE = 256 * 1024;
const RECLAIM_POLICIES = ['Delete', 'Retain'];
const VOLUME_BINDING_MODES = ['Immediate', 'WaitForFirstConsumer'];

/** Validates a new StorageClass (metadata is checked generically). */
export function validateStorageClass(sc: StorageClass__Output): FieldError[] {
  const errs = validateProvisioner(sc.provisioner ?? '', FieldPath.root('provisioner'));
  errs.push(...validateParameters(sc.parameters, FieldPath.root('parameters')));
  const reclaimPolicy = sc.reclaimPolicy ?? '';
  if (reclaimPolicy !== '' && !RECLAIM_POLICIES.includes(reclaimPolicy)) {
    errs.push(FieldError.notSupported(FieldPath.root('reclaimPolicy'), reclaimPolicy, RECLAIM_POLICIES));
  }
  if (sc.volumeBindingMode === undefined) errs.push(FieldError.required(FieldPath.root('volumeBindingMode'), ''));
  else if (!VOLUME_BINDING_MODES.includes(sc.volumeBindingMode)) {
    errs.push(FieldError.notSupported(FieldPath.root('volumeBindingMode'), sc.volumeBindingMode, VOLUME_BINDING_MODES));
  }
  errs.push(...validateAllowedTopologies(sc.allowedTopologies ?? [], FieldPath.root('allowedTopologies')));
  return errs;
}

/** Validates an update: the class as on create, with its provisioning fields unchanged. */
export function validateStorageClassUpdate(sc: StorageClass__Output, old: StorageClass__Output): FieldError[] {
  const errs = validateStorageClass(sc);
  if (validateImmutableField(sc.parameters ?? {}, old.parameters ?? {}, FieldPath.root('parameters')).length > 0) {
    errs.push(FieldError.forbidden(FieldPath.root('parameters'), 'updates to parameters are forbidden.'));
  }
  if ((sc.provisioner ?? '') !== (old.provisioner ?? '')) {
    errs.push(FieldError.forbidden(FieldPath.root('provisioner'), 'updates to provisioner are forbidden.'));
  }
  if ((sc.reclaimPolicy ?? '') !== (old.reclaimPolicy ?? '')) {
    errs.push(FieldError.forbidden(FieldPath.root('reclaimPolicy'), 'updates to reclaimPolicy are forbidden.'));
  }
  errs.push(...validateImmutableField(sc.volumeBindingMode, old.volumeBindingMode, FieldPath.root('volumeBindingMode')));
  return errs;
}

// Kubernetes validates the lowercased provisioner (strings.ToLower), and so reports that value.
function validateProvisioner(provisioner: string, path: FieldPath): FieldError[] {
  if (provisioner.length === 0) return [FieldError.required(path, '')];
  const lowered = provisioner.toLowerCase();
  return isQualifiedName(lowered).map((msg) => FieldError.invalid(path, lowered, msg));
}

function validateParameters(params: Readonly<Record<string, string>> | undefined, path: FieldPath): FieldError[] {
  const keys = Object.keys(params ?? {});
  if (keys.length > MAX_PARAMETERS) return [FieldError.tooLong(path, 'Provisioner Parameters exceeded max allowed', MAX_PARAMETERS)];
  const errs: FieldError[] = [];
  let size = 0;
  for (const k of keys) {
    if (k.length === 0) errs.push(FieldError.invalid(path, k, 'field can not be empty.'));
    size += byteLength(k) + byteLength((params ?? {})[k] ?? '');
  }
  if (size > MAX_PARAMETERS_SIZE) errs.push(FieldError.tooLong(path, '', MAX_PARAMETERS_SIZE));
  return errs;
}

function validateAllowedTopologies(terms: readonly TopologySelectorTerm__Output[], path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const seenTerms: string[] = [];
  terms.forEach((term, i) => {
    const exprPath = path.index(i).child('matchLabelExpressions');
    const byKey = new Map<string, string[]>();
    (term.matchLabelExpressions ?? []).forEach((req, j) => {
      const p = exprPath.index(j);
      const values = req.values ?? [];
      if (values.length === 0) errs.push(FieldError.required(p.child('values'), ''));
      const seen = new Set<string>();
      values.forEach((v, k) => {
        if (seen.has(v)) errs.push(FieldError.duplicate(p.child('values').index(k), v));
        seen.add(v);
      });
      errs.push(...validateLabelName(req.key ?? '', p.child('key')));
      if (byKey.has(req.key ?? '')) errs.push(FieldError.duplicate(p.child('key'), req.key ?? ''));
      byKey.set(req.key ?? '', [...seen].sort());
    });
    // Two terms with the same keys and value sets say the same thing twice.
    const canonical = JSON.stringify([...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    if (seenTerms.includes(canonical)) errs.push(FieldError.duplicate(exprPath, ''));
    seenTerms.push(canonical);
  });
  return errs;
}
