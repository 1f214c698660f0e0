/**
 * PersistentVolume and PersistentVolumeClaim validation: access modes, capacity and requested
 * storage, exactly one volume source, classes and modes; on update, a PV's source and mode stay
 * put, and a claim's spec is immutable except binding its volume once and resizing a bound claim.
 */
import type { PersistentVolume__Output } from '../../generated/skiff/core/v1/PersistentVolume.js';
import type { PersistentVolumeClaim__Output } from '../../generated/skiff/core/v1/PersistentVolumeClaim.js';
import type { TypedObjectReference__Output } from '../../generated/skiff/core/v1/TypedObjectReference.js';
import { validateLabelSelector } from '../../labels/index.js';
import { Quantity } from '../../resource/index.js';
import { FieldError, FieldPath, goValue, isDNS1123Subdomain, nameIsDNSSubdomain, validateImmutableField, validateNamespaceName } from '../index.js';
import { GO_RESOURCE_LIST } from './go-quantity.js';
import { GO_FIELD_PATH, GO_VOLUME_NODE_AFFINITY } from './go-types.js';
import { validatePathNoBacksteps } from './paths.js';
import { parseQuantityField, validateBasicResource, validatePositiveQuantityValue, validateResourceQuantityValue } from './resources.js';
import { validateNodeSelector } from './scheduling.js';
import { semanticEqual, specDiff } from './spec-diff.js';
import { validateHostPathVolumeSource } from './volumes.js';

const SPEC = FieldPath.root('spec');
const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];
const VOLUME_MODES = ['Block', 'Filesystem'];

/**
 * The value Kubernetes reports when a claim's dataSource and dataSourceRef conflict: the
 * *field.Path of `spec.dataSource` itself, printed as the struct it points to.
 */
function dataSourcePath(): symbol | null {
  return goValue(GO_FIELD_PATH, { name: 'dataSource', index: '', parent: SPEC });
}

function validateAccessModes(modes: readonly string[], path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  let rwop = false;
  let other = false;
  for (const m of modes) {
    if (!ACCESS_MODES.includes(m)) errs.push(FieldError.notSupported(path, m, ACCESS_MODES));
    if (m === 'ReadWriteOncePod') rwop = true;
    else if (ACCESS_MODES.includes(m)) other = true;
  }
  if (rwop && other) errs.push(FieldError.forbidden(path, 'may not use ReadWriteOncePod with other access modes'));
  return errs;
}

function validateClassName(value: string, path: FieldPath): FieldError[] {
  return nameIsDNSSubdomain(value, false).map((m) => FieldError.invalid(path, value, m));
}

/** Validates a PersistentVolume. */
export function validatePersistentVolume(pv: PersistentVolume__Output): FieldError[] {
  const spec = pv.spec ?? {};
  const errs: FieldError[] = [];
  const modes = spec.accessModes ?? [];
  if (modes.length === 0) errs.push(FieldError.required(SPEC.child('accessModes')));
  errs.push(...validateAccessModes(modes, SPEC.child('accessModes')));
  const capacity = spec.capacity ?? {};
  const capPath = SPEC.child('capacity');
  const names = Object.keys(capacity).sort();
  if (names.length === 0) errs.push(FieldError.required(capPath));
  if (!('storage' in capacity) || names.length > 1) {
    errs.push(FieldError.notSupported(capPath, goValue(GO_RESOURCE_LIST, capacity), ['storage']));
  }
  for (const n of names) {
    const q = parseQuantityField(capacity[n], capPath.key(n), errs);
    if (q === undefined) continue;
    errs.push(...validateBasicResource(q, capPath.key(n)));
    errs.push(...validatePositiveQuantityValue(q, capPath.key(n)));
  }
  const reclaim = spec.persistentVolumeReclaimPolicy ?? '';
  if (reclaim !== '' && !['Delete', 'Recycle', 'Retain'].includes(reclaim)) {
    errs.push(FieldError.notSupported(SPEC.child('persistentVolumeReclaimPolicy'), reclaim, ['Delete', 'Recycle', 'Retain']));
  }
  let nodeAffinitySpecified = false;
  if (spec.nodeAffinity) {
    nodeAffinitySpecified = true;
    const p = SPEC.child('nodeAffinity');
    if (spec.nodeAffinity.required) errs.push(...validateNodeSelector(spec.nodeAffinity.required, p.child('required')));
    else errs.push(FieldError.required(p.child('required'), 'must specify required node constraints'));
  }
  let n = 0;
  if (spec.hostPath) {
    n++;
    errs.push(...validateHostPathVolumeSource(spec.hostPath, SPEC.child('hostPath')));
  }
  if (spec.local) {
    if (n > 0) errs.push(FieldError.forbidden(SPEC.child('local'), 'may not specify more than 1 volume type'));
    else {
      n++;
      const path = spec.local.path ?? '';
      if (path === '') errs.push(FieldError.required(SPEC.child('local', 'path')));
      else errs.push(...validatePathNoBacksteps(path, SPEC.child('local', 'path')));
      if (!nodeAffinitySpecified) errs.push(FieldError.required(SPEC.child('nodeAffinity'), 'Local volume requires node affinity'));
    }
  }
  if (n === 0) errs.push(FieldError.required(SPEC, 'must specify a volume type'));
  if (spec.hostPath && normalizePath(spec.hostPath.path ?? '') === '/' && reclaim === 'Recycle') {
    errs.push(FieldError.forbidden(SPEC.child('persistentVolumeReclaimPolicy'), "may not be 'recycle' for a hostPath mount of '/'"));
  }
  if (spec.storageClassName) errs.push(...validateClassName(spec.storageClassName, SPEC.child('storageClassName')));
  if (spec.volumeMode !== undefined && !VOLUME_MODES.includes(spec.volumeMode)) {
    errs.push(FieldError.notSupported(SPEC.child('volumeMode'), spec.volumeMode, VOLUME_MODES));
  }
  return errs;
}

function normalizePath(p: string): string {
  const parts = p.split('/').filter((s) => s !== '' && s !== '.');
  return p.startsWith('/') && parts.length === 0 ? '/' : p;
}

/** Validates a PersistentVolume update: its source, volumeMode and node affinity never change. */
export function validatePersistentVolumeUpdate(pv: PersistentVolume__Output, old: PersistentVolume__Output): FieldError[] {
  const errs = validatePersistentVolume(pv);
  const source = { hostPath: pv.spec?.hostPath, local: pv.spec?.local };
  const oldSource = { hostPath: old.spec?.hostPath, local: old.spec?.local };
  if (!semanticEqual(source, oldSource)) {
    errs.push(
      FieldError.forbidden(
        FieldPath.root('spec', 'persistentvolumesource'),
        `spec.persistentvolumesource is immutable after creation\n${specDiff(oldSource, source)}`,
      ),
    );
  }
  errs.push(...validateImmutableField(pv.spec?.volumeMode, old.spec?.volumeMode, FieldPath.root('volumeMode')));
  if (old.spec?.nodeAffinity && !semanticEqual(pv.spec?.nodeAffinity, old.spec.nodeAffinity)) {
    errs.push(FieldError.invalid(FieldPath.root('nodeAffinity'), goValue(GO_VOLUME_NODE_AFFINITY, pv.spec?.nodeAffinity), 'field is immutable, except for updating from beta label to GA'));
  }
  return errs;
}

/** Validates a PersistentVolumeClaim. */
export function validatePersistentVolumeClaim(pvc: PersistentVolumeClaim__Output): FieldError[] {
  const spec = pvc.spec ?? {};
  const errs: FieldError[] = [];
  const modes = spec.accessModes ?? [];
  if (modes.length === 0) errs.push(FieldError.required(SPEC.child('accessModes'), 'at least 1 access mode is required'));
  if (spec.selector) errs.push(...validateLabelSelector(spec.selector, SPEC.child('selector')));
  errs.push(...validateAccessModes(modes, SPEC.child('accessModes')));
  const storagePath = SPEC.child('resources').key('storage');
  const storage = spec.resources?.requests?.storage;
  if (storage === undefined) errs.push(FieldError.required(storagePath));
  else {
    const q = parseQuantityField(storage, storagePath, errs);
    if (q !== undefined) {
      const positive = validatePositiveQuantityValue(q, storagePath);
      errs.push(...(positive.length > 0 ? positive : validateResourceQuantityValue('storage', q, storagePath)));
    }
  }
  if (spec.storageClassName) errs.push(...validateClassName(spec.storageClassName, SPEC.child('storageClassName')));
  if (spec.volumeMode !== undefined && !VOLUME_MODES.includes(spec.volumeMode)) {
    errs.push(FieldError.notSupported(SPEC.child('volumeMode'), spec.volumeMode, VOLUME_MODES));
  }
  if (spec.dataSource) errs.push(...validateDataSource(spec.dataSource, SPEC.child('dataSource')));
  if (spec.dataSourceRef) errs.push(...validateDataSource(spec.dataSourceRef, SPEC.child('dataSourceRef')));
  if (spec.dataSourceRef?.namespace) {
    if (spec.dataSource) errs.push(FieldError.invalid(SPEC, dataSourcePath(), 'may not be specified when dataSourceRef.namespace is specified'));
  } else if (spec.dataSource && spec.dataSourceRef) {
    const a = spec.dataSource;
    const b = spec.dataSourceRef;
    if (a.apiGroup !== b.apiGroup || a.kind !== b.kind || a.name !== b.name) {
      errs.push(FieldError.invalid(SPEC, dataSourcePath(), 'must match dataSourceRef'));
    }
  }
  return errs;
}

function validateDataSource(ds: TypedObjectReference__Output, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (!ds.name) errs.push(FieldError.required(path.child('name')));
  if (!ds.kind) errs.push(FieldError.required(path.child('kind')));
  const group = ds.apiGroup ?? '';
  if (group === '' && ds.kind !== 'PersistentVolumeClaim') {
    errs.push(FieldError.invalid(path, ds.kind ?? '', "must be 'PersistentVolumeClaim' when referencing the default apiGroup"));
  }
  if (group !== '') errs.push(...isDNS1123Subdomain(group).map((m) => FieldError.invalid(path.child('apiGroup'), group, m)));
  if (ds.namespace) {
    const ns = ds.namespace;
    errs.push(...validateNamespaceName(ns, false).map((m) => FieldError.invalid(path.child('namespace'), ns, m)));
  }
  return errs;
}

/**
 * Validates a claim update: the spec is immutable except volumeName (set once) and, for a bound
 * claim, a larger storage request (a smaller one only down to above status.capacity).
 */
export function validatePersistentVolumeClaimUpdate(pvc: PersistentVolumeClaim__Output, old: PersistentVolumeClaim__Output): FieldError[] {
  const errs = validatePersistentVolumeClaim(pvc);
  const spec = structuredClone(pvc.spec ?? {});
  const oldSpec = structuredClone(old.spec ?? {});
  if (!oldSpec.volumeName) oldSpec.volumeName = spec.volumeName;
  if (!oldSpec.storageClassName && spec.storageClassName) oldSpec.storageClassName = spec.storageClassName;
  if (pvc.status?.phase === 'Bound' && spec.resources?.requests) {
    const oldStorage = old.spec?.resources?.requests?.storage;
    if (oldStorage === undefined) delete spec.resources.requests.storage;
    else spec.resources.requests.storage = oldStorage;
  }
  if (!semanticEqual(spec, oldSpec)) {
    errs.push(
      FieldError.forbidden(SPEC, `spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims\n${specDiff(oldSpec, spec)}`),
    );
  }
  const size = quantityOrZero(pvc.spec?.resources?.requests?.storage);
  const oldSize = quantityOrZero(old.spec?.resources?.requests?.storage);
  const statusSize = quantityOrZero(old.status?.capacity?.storage);
  if (size.cmp(oldSize) < 0 && size.cmp(statusSize) <= 0) {
    errs.push(FieldError.forbidden(FieldPath.root('spec', 'resources', 'requests', 'storage'), 'field can not be less than status.capacity'));
  }
  errs.push(...validateImmutableField(pvc.spec?.volumeMode, old.spec?.volumeMode, FieldPath.root('volumeMode')));
  return errs;
}

function quantityOrZero(s: string | undefined): Quantity {
  const r = Quantity.parse(s ?? '0');
  return r.ok ? r.quantity : Quantity.of(0);
}

/** Validates a claim status update: access modes present, capacities well-formed. */
export function validatePersistentVolumeClaimStatusUpdate(pvc: PersistentVolumeClaim__Output, _old: PersistentVolumeClaim__Output): FieldError[] {
  const errs: FieldError[] = [];
  // Kubernetes capitalises Spec in this path; kept so messages match.
  if ((pvc.spec?.accessModes ?? []).length === 0) errs.push(FieldError.required(FieldPath.root('Spec', 'accessModes')));
  const capacity = pvc.status?.capacity ?? {};
  for (const n of Object.keys(capacity).sort()) {
    const p = FieldPath.root('status', 'capacity').key(n);
    const q = parseQuantityField(capacity[n], p, errs);
    if (q !== undefined) errs.push(...validateBasicResource(q, p));
  }
  return errs;
}
