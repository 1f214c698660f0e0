/**
 * Pod and container security contexts as Kubernetes validates them: user and group IDs, sysctls,
 * seccomp profiles, procMount, and the privilege-escalation contradictions.
 */
import type { PodSecurityContext__Output } from '../../generated/skiff/core/v1/PodSecurityContext.js';
import type { SeccompProfile__Output } from '../../generated/skiff/core/v1/SeccompProfile.js';
import type { SecurityContext__Output } from '../../generated/skiff/core/v1/SecurityContext.js';
import { FieldError, type FieldPath, goValue, inclusiveRangeError } from '../index.js';
import { GO_SECCOMP_PROFILE, GO_SECURITY_CONTEXT } from './go-types.js';
import { validateLocalDescendingPath } from './paths.js';

const MAX_ID = 2147483647;
const SYSCTL_SEGMENT = '[a-z0-9]([-_a-z0-9]*[a-z0-9])?';
const SYSCTL_FMT = `(${SYSCTL_SEGMENT}[\\./])*${SYSCTL_SEGMENT}`;
const SYSCTL_RE = new RegExp(`^${SYSCTL_FMT}$`);

function validateID(id: number | undefined, path: FieldPath): FieldError[] {
  if (id === undefined || (Number.isInteger(id) && id >= 0 && id <= MAX_ID)) return [];
  return [FieldError.invalid(path, id, inclusiveRangeError(0, MAX_ID))];
}

// The error of an invalid `path.field` ID, appended to `errs`; the path is built only then.
function appendIDError(errs: FieldError[], id: number | undefined, path: FieldPath, field: string): void {
  if (id !== undefined) errs.push(...validateID(id, path.child(field)));
}

/** Validates a seccomp profile (type required; localhostProfile only, and then required, for Localhost). */
export function validateSeccompProfile(sp: SeccompProfile__Output | null | undefined, path: FieldPath): FieldError[] {
  if (!sp) return [];
  const errs: FieldError[] = [];
  const type = sp.type ?? '';
  if (type === '') errs.push(FieldError.required(path.child('type'), 'type is required when seccompProfile is set'));
  else if (!['Localhost', 'RuntimeDefault', 'Unconfined'].includes(type)) {
    errs.push(FieldError.notSupported(path.child('type'), type, ['Localhost', 'RuntimeDefault', 'Unconfined']));
  }
  if (type === 'Localhost') {
    if (sp.localhostProfile === undefined) {
      errs.push(FieldError.required(path.child('localhostProfile'), 'must be set when seccomp type is Localhost'));
    } else errs.push(...validateLocalDescendingPath(sp.localhostProfile, path.child('localhostProfile')));
  } else if (sp.localhostProfile !== undefined) {
    errs.push(FieldError.invalid(path.child('localhostProfile'), goValue(GO_SECCOMP_PROFILE, sp), 'can only be set when seccomp type is Localhost'));
  }
  return errs;
}

/** Validates a pod's security context; `hostNetwork`/`hostIPC`/`hostPID` come from the spec. */
export function validatePodSecurityContext(
  sc: PodSecurityContext__Output | null | undefined,
  host: { hostNetwork?: boolean; hostIPC?: boolean; hostPID?: boolean; shareProcessNamespace?: boolean },
  path: FieldPath,
): FieldError[] {
  const errs: FieldError[] = [];
  if (!sc) return errs;
  appendIDError(errs, sc.fsGroup, path, 'fsGroup');
  appendIDError(errs, sc.runAsUser, path, 'runAsUser');
  appendIDError(errs, sc.runAsGroup, path, 'runAsGroup');
  (sc.supplementalGroups ?? []).forEach((g, i) => errs.push(...validateID(g, path.child('supplementalGroups').index(i))));
  if (host.shareProcessNamespace && host.hostPID) {
    errs.push(FieldError.invalid(path.child('shareProcessNamespace'), true, 'ShareProcessNamespace and HostPID cannot both be enabled'));
  }
  // Defaulting sets `{}`, so most pods have no sysctls: the set is made only for some.
  const sysctls = sc.sysctls ?? [];
  const names = sysctls.length > 1 ? new Set<string>() : undefined;
  sysctls.forEach((s, i) => {
    const p = path.child('sysctls').index(i).child('name');
    const name = s.name ?? '';
    if (name === '') errs.push(FieldError.required(p));
    else if (name.length > 253 || !SYSCTL_RE.test(name)) {
      errs.push(FieldError.invalid(p, name, `must have at most 253 characters and match regex ^${SYSCTL_FMT}$`));
    } else if (names?.has(name)) errs.push(FieldError.duplicate(p, name));
    if (host.hostNetwork && name.startsWith('net.')) errs.push(FieldError.invalid(p, name, "may not be specified when 'hostNetwork' is true"));
    else if (host.hostIPC && (name.startsWith('kernel.shm') || name.startsWith('kernel.msg') || name === 'kernel.sem' || name.startsWith('fs.mqueue.'))) {
      errs.push(FieldError.invalid(p, name, "may not be specified when 'hostIPC' is true"));
    }
    names?.add(name);
  });
  if (sc.fsGroupChangePolicy !== undefined && !['Always', 'OnRootMismatch'].includes(sc.fsGroupChangePolicy)) {
    errs.push(FieldError.notSupported(path.child('fsGroupChangePolicy'), sc.fsGroupChangePolicy, ['Always', 'OnRootMismatch']));
  }
  if (sc.seccompProfile) errs.push(...validateSeccompProfile(sc.seccompProfile, path.child('seccompProfile')));
  return errs;
}

/** Validates a container's security context; `hostUsers` false allows an Unmasked procMount. */
export function validateSecurityContext(sc: SecurityContext__Output | null | undefined, hostUsers: boolean, path: FieldPath): FieldError[] {
  if (!sc) return [];
  const errs: FieldError[] = [];
  errs.push(...validateID(sc.runAsUser, path.child('runAsUser')));
  errs.push(...validateID(sc.runAsGroup, path.child('runAsGroup')));
  if (sc.procMount !== undefined) {
    if (sc.procMount !== 'Default' && sc.procMount !== 'Unmasked') {
      errs.push(FieldError.notSupported(path.child('procMount'), sc.procMount, ['Default', 'Unmasked']));
    }
    if (hostUsers && sc.procMount === 'Unmasked') {
      errs.push(FieldError.invalid(path.child('procMount'), sc.procMount, '`hostUsers` must be false to use `Unmasked`'));
    }
  }
  errs.push(...validateSeccompProfile(sc.seccompProfile, path.child('seccompProfile')));
  if (sc.allowPrivilegeEscalation === false) {
    // One value for every error: Kubernetes reports the same *SecurityContext, at the same addresses.
    // Built only once an error needs it: a valid restricted container costs nothing here.
    let shown: ReturnType<typeof goValue> | undefined;
    const value = () => (shown ??= goValue(GO_SECURITY_CONTEXT, sc));
    if (sc.privileged) errs.push(FieldError.invalid(path, value(), 'cannot set `allowPrivilegeEscalation` to false and `privileged` to true'));
    for (const cap of sc.capabilities?.add ?? []) {
      if (cap === 'CAP_SYS_ADMIN') errs.push(FieldError.invalid(path, value(), 'cannot set `allowPrivilegeEscalation` to false and `capabilities.Add` CAP_SYS_ADMIN'));
    }
  }
  return errs;
}
