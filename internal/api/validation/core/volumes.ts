/**
 * Pod volumes as Kubernetes validates them: unique DNS-label names, exactly one source, and each
 * source's own rules (hostPath, emptyDir, secret, configMap, persistentVolumeClaim, downwardAPI,
 * projected). Returns the valid volumes by name for the container mount checks.
 */
import type { ConfigMapVolumeSource__Output } from '../../generated/skiff/core/v1/ConfigMapVolumeSource.js';
import type { DownwardAPIVolumeFile__Output } from '../../generated/skiff/core/v1/DownwardAPIVolumeFile.js';
import type { HostPathVolumeSource__Output } from '../../generated/skiff/core/v1/HostPathVolumeSource.js';
import type { KeyToPath__Output } from '../../generated/skiff/core/v1/KeyToPath.js';
import type { ProjectedVolumeSource__Output } from '../../generated/skiff/core/v1/ProjectedVolumeSource.js';
import type { SecretVolumeSource__Output } from '../../generated/skiff/core/v1/SecretVolumeSource.js';
import type { Volume__Output } from '../../generated/skiff/core/v1/Volume.js';
import { appendInvalid, FieldError, type FieldPath, isDNS1123Label } from '../index.js';
import { validateObjectFieldSelector, validateResourceFieldSelector, VOLUME_FIELD_PATHS } from './downward-api.js';
import { validateLocalNonReservedPath, validatePathNoBacksteps } from './paths.js';
import { parseQuantityField } from './resources.js';

const FILE_MODE_ERROR = 'must be a number between 0 and 0777 (octal), both inclusive';
const MORE_THAN_ONE = 'may not specify more than 1 volume type';
/** The hostPath types Kubernetes supports, sorted as its messages list them. */
export const SUPPORTED_HOST_PATH_TYPES: readonly string[] = [
  '',
  'BlockDevice',
  'CharDevice',
  'Directory',
  'DirectoryOrCreate',
  'File',
  'FileOrCreate',
  'Socket',
];

/** Validates the pod's volumes; returns the valid ones by name and the errors. */
export function validateVolumes(
  volumes: readonly Volume__Output[] | undefined,
  path: FieldPath,
): { volumes: Map<string, Volume__Output>; errors: FieldError[] } {
  const byName = new Map<string, Volume__Output>();
  const errors: FieldError[] = [];
  if (volumes === undefined) return { volumes: byName, errors };
  for (let i = 0; i < volumes.length; i++) {
    const vol = volumes[i];
    const idx = path.index(i);
    const name = vol.name ?? '';
    const el = validateVolumeSource(vol, idx);
    if (name.length === 0) el.push(FieldError.required(idx.child('name')));
    else {
      const msgs = isDNS1123Label(name);
      if (msgs.length > 0) appendInvalid(el, idx.child('name'), name, msgs);
    }
    if (byName.has(name)) el.push(FieldError.duplicate(idx.child('name'), name));
    if (el.length === 0) byName.set(name, vol);
    else errors.push(...el);
  }
  return { volumes: byName, errors };
}

// Kubernetes' order: the first source counts, each later one is "more than 1". Plain ifs rather
// than a helper taking closures: this runs for every volume of every pod.
function validateVolumeSource(v: Volume__Output, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  let n = 0;
  if (v.emptyDir) {
    n++;
    const limit = v.emptyDir.sizeLimit;
    if (limit) {
      const q = parseQuantityField(limit, path.child('emptyDir', 'sizeLimit'), errs);
      if (q !== undefined && q.sign() < 0) {
        errs.push(FieldError.forbidden(path.child('emptyDir', 'sizeLimit'), 'SizeLimit field must be a valid resource quantity'));
      }
    }
  }
  if (v.hostPath) {
    if (n++ > 0) errs.push(FieldError.forbidden(path.child('hostPath'), MORE_THAN_ONE));
    else errs.push(...validateHostPathVolumeSource(v.hostPath, path.child('hostPath')));
  }
  if (v.secret) {
    if (n++ > 0) errs.push(FieldError.forbidden(path.child('secret'), MORE_THAN_ONE));
    else validateSecretVolumeSource(v.secret, path.child('secret'), errs);
  }
  if (v.persistentVolumeClaim) {
    if (n++ > 0) errs.push(FieldError.forbidden(path.child('persistentVolumeClaim'), MORE_THAN_ONE));
    else if (!v.persistentVolumeClaim.claimName) errs.push(FieldError.required(path.child('persistentVolumeClaim', 'claimName')));
  }
  if (v.downwardAPI) {
    // Kubernetes misspells this path in the "more than 1" error; kept so messages match.
    if (n++ > 0) errs.push(FieldError.forbidden(path.child('downwarAPI'), MORE_THAN_ONE));
    else {
      const p = path.child('downwardAPI');
      validateMode(v.downwardAPI.defaultMode, p, 'defaultMode', errs);
      for (const f of v.downwardAPI.items ?? []) errs.push(...validateDownwardAPIVolumeFile(f, p));
    }
  }
  if (v.configMap) {
    if (n++ > 0) errs.push(FieldError.forbidden(path.child('configMap'), MORE_THAN_ONE));
    else validateConfigMapVolumeSource(v.configMap, path.child('configMap'), errs);
  }
  if (v.projected) {
    if (n++ > 0) errs.push(FieldError.forbidden(path.child('projected'), MORE_THAN_ONE));
    else errs.push(...validateProjectedVolumeSource(v.projected, path.child('projected')));
  }
  if (n === 0) errs.push(FieldError.required(path, 'must specify a volume type'));
  return errs;
}

function validateSecretVolumeSource(s: SecretVolumeSource__Output, path: FieldPath, errs: FieldError[]): void {
  if (!s.secretName) errs.push(FieldError.required(path.child('secretName')));
  validateMode(s.defaultMode, path, 'defaultMode', errs);
  const items = s.items ?? [];
  for (let i = 0; i < items.length; i++) errs.push(...validateKeyToPath(items[i], path.child('items').index(i)));
}

function validateConfigMapVolumeSource(c: ConfigMapVolumeSource__Output, path: FieldPath, errs: FieldError[]): void {
  if (!c.name) errs.push(FieldError.required(path.child('name')));
  validateMode(c.defaultMode, path, 'defaultMode', errs);
  const items = c.items ?? [];
  for (let i = 0; i < items.length; i++) errs.push(...validateKeyToPath(items[i], path.child('items').index(i)));
}

/** Validates a hostPath source (pods and PersistentVolumes). */
export function validateHostPathVolumeSource(h: HostPathVolumeSource__Output, path: FieldPath): FieldError[] {
  if (!h.path) return [FieldError.required(path.child('path'))];
  const errs = validatePathNoBacksteps(h.path, path.child('path'));
  if (h.type !== undefined && !SUPPORTED_HOST_PATH_TYPES.includes(h.type)) {
    errs.push(FieldError.notSupported(path.child('type'), h.type, SUPPORTED_HOST_PATH_TYPES));
  }
  return errs;
}

// A file mode out of range, reported at `path.field`, appended to `errs`.
function validateMode(mode: number | undefined, path: FieldPath, field: string, errs: FieldError[]): void {
  if (mode !== undefined && (mode > 0o777 || mode < 0)) errs.push(FieldError.invalid(path.child(field), mode, FILE_MODE_ERROR));
}

function validateKeyToPath(kp: KeyToPath__Output, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (!kp.key) errs.push(FieldError.required(path.child('key')));
  if (!kp.path) errs.push(FieldError.required(path.child('path')));
  errs.push(...validateLocalNonReservedPath(kp.path ?? '', path.child('path')));
  validateMode(kp.mode, path, 'mode', errs);
  return errs;
}

function validateDownwardAPIVolumeFile(f: DownwardAPIVolumeFile__Output, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (!f.path) errs.push(FieldError.required(path.child('path')));
  errs.push(...validateLocalNonReservedPath(f.path ?? '', path.child('path')));
  if (f.fieldRef) {
    errs.push(...validateObjectFieldSelector(f.fieldRef, VOLUME_FIELD_PATHS, path.child('fieldRef')));
    if (f.resourceFieldRef) {
      errs.push(FieldError.invalid(path, 'resource', 'fieldRef and resourceFieldRef can not be specified simultaneously'));
    }
  } else if (f.resourceFieldRef) {
    errs.push(...validateResourceFieldSelector(f.resourceFieldRef, true, path.child('resourceFieldRef')));
  } else {
    errs.push(FieldError.required(path, 'one of fieldRef and resourceFieldRef is required'));
  }
  validateMode(f.mode, path, 'mode', errs);
  return errs;
}

function validateProjectedVolumeSource(p: ProjectedVolumeSource__Output, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  validateMode(p.defaultMode, path, 'defaultMode', errs);
  const allPaths = new Set<string>();
  const addPath = (item: string, badValue: string): void => {
    if (allPaths.has(item)) errs.push(FieldError.invalid(path, badValue, 'conflicting duplicate paths'));
    else allPaths.add(item);
  };
  (p.sources ?? []).forEach((source, i) => {
    let n = 0;
    const srcPath = path.child('sources').index(i);
    if (source.secret) {
      n++;
      const sp = srcPath.child('secret');
      if (!source.secret.name) errs.push(FieldError.required(sp.child('name')));
      (source.secret.items ?? []).forEach((kp, j) => {
        errs.push(...validateKeyToPath(kp, sp.child('items').index(j)));
        if (kp.path) addPath(kp.path, source.secret!.name ?? '');
      });
    }
    if (source.configMap) {
      n++;
      const cp = srcPath.child('configMap');
      if (!source.configMap.name) errs.push(FieldError.required(cp.child('name')));
      (source.configMap.items ?? []).forEach((kp, j) => {
        errs.push(...validateKeyToPath(kp, cp.child('items').index(j)));
        if (kp.path) addPath(kp.path, source.configMap!.name ?? '');
      });
    }
    if (source.downwardAPI) {
      n++;
      for (const f of source.downwardAPI.items ?? []) {
        errs.push(...validateDownwardAPIVolumeFile(f, srcPath.child('downwardAPI')));
        if (f.path) addPath(f.path, f.path);
      }
    }
    if (source.serviceAccountToken) {
      n++;
      const t = source.serviceAccountToken;
      const tp = srcPath.child('serviceAccountToken');
      const exp = t.expirationSeconds ?? 0;
      if (exp < 600) errs.push(FieldError.invalid(tp.child('expirationSeconds'), exp, 'may not specify a duration less than 10 minutes'));
      if (exp > 2 ** 32) errs.push(FieldError.invalid(tp.child('expirationSeconds'), exp, 'may not specify a duration larger than 2^32 seconds'));
      // Kubernetes reports these against the projected source, not the token; kept so paths match.
      if (!t.path) errs.push(FieldError.required(path.child('path')));
      else errs.push(...validateLocalNonReservedPath(t.path, path.child('path')));
    }
    if (n > 1) errs.push(FieldError.forbidden(srcPath, 'may not specify more than 1 volume type per source'));
  });
  return errs;
}
