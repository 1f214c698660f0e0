/**
 * Containers as Kubernetes validates them: the rules every container shares (name, image, ports,
 * env, mounts, pull policy, resources, security context), the rules of regular containers
 * (probes, lifecycle, no restartPolicy) and of init containers (only sidecars may probe), names
 * unique across both lists, and host ports that do not collide.
 */
import type { Container__Output } from '../../generated/skiff/core/v1/Container.js';
import type { ContainerPort__Output } from '../../generated/skiff/core/v1/ContainerPort.js';
import type { Volume__Output } from '../../generated/skiff/core/v1/Volume.js';
import { appendInvalid, FieldError, type FieldPath, isDNS1123Label, isValidPortName, isValidPortNum } from '../index.js';
import { validateEnv, validateEnvFrom } from './env-vars.js';
import { validateLocalDescendingPath, validatePathNoBacksteps } from './paths.js';
import { isSupportedProtocol, validateProtocol } from './ports.js';
import { validateLifecycle, validateProbe } from './probes.js';
import { validateResourceRequirements } from './resources.js';
import { validateSecurityContext } from './security-context.js';

/** What a container's checks need to know about its pod. */
export interface ContainerContext {
  /** The pod's valid volumes by name (mounts must name one). */
  readonly volumes: ReadonlyMap<string, Volume__Output>;
  /** The pod's terminationGracePeriodSeconds, which bounds sleep hooks. */
  readonly gracePeriod: number | undefined;
  /** The pod's restartPolicy. */
  readonly restartPolicy: string;
  /** False when the pod runs in its own user namespace. */
  readonly hostUsers: boolean;
}

/** Up to this many containers, duplicate names are found by scanning rather than with a set. */
const SCAN_MAX = 8;
const NOT_INIT = 'may not be set for init containers without restartPolicy=Always';

/** Validates the regular containers (`spec.containers`): at least one, names unique among them. */
export function validateContainers(containers: readonly Container__Output[] | undefined, ctx: ContainerContext, path: FieldPath): FieldError[] {
  const list = containers ?? [];
  if (list.length === 0) return [FieldError.required(path)];
  const errs: FieldError[] = [];
  // A pod has a few containers: below SCAN_MAX, scanning the earlier names is cheaper than a set.
  const names = list.length > SCAN_MAX ? new Set<string>() : undefined;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    const p = path.index(i);
    errs.push(...validateContainerCommon(c, ctx, p));
    const name = c.name ?? '';
    if (names ? names.has(name) : hasEarlierName(list, i, name)) errs.push(FieldError.duplicate(p.child('name'), name));
    else names?.add(name);
    validateHooksAndProbes(c, ctx.gracePeriod, p, errs);
    if (c.restartPolicy !== undefined) errs.push(FieldError.forbidden(p.child('restartPolicy'), 'may not be set for non-init containers'));
  }
  errs.push(...checkHostPortConflicts(list, path));
  return errs;
}

// Whether a container before index `end` is named `name`.
function hasEarlierName(list: readonly Container__Output[], end: number, name: string): boolean {
  for (let i = 0; i < end; i++) if ((list[i].name ?? '') === name) return true;
  return false;
}

/** Validates the init containers; their names must also differ from the regular containers'. */
export function validateInitContainers(
  containers: readonly Container__Output[] | undefined,
  regular: readonly Container__Output[] | undefined,
  ctx: ContainerContext,
  path: FieldPath,
): FieldError[] {
  const errs: FieldError[] = [];
  if (containers === undefined || containers.length === 0) return errs;
  const names = new Set((regular ?? []).map((c) => c.name ?? ''));
  containers.forEach((c, i) => {
    const p = path.index(i);
    errs.push(...validateContainerCommon(c, ctx, p));
    let sidecar = false;
    if (c.restartPolicy !== undefined) {
      if (c.restartPolicy !== 'Always') errs.push(FieldError.notSupported(p.child('restartPolicy'), c.restartPolicy, ['Always']));
      sidecar = c.restartPolicy === 'Always';
    }
    const name = c.name ?? '';
    if (names.has(name)) errs.push(FieldError.duplicate(p.child('name'), name));
    else if (name.length > 0) names.add(name);
    // Init containers run one at a time, so only collisions within one container matter.
    errs.push(...checkHostPortConflicts([c], path));
    if (sidecar) validateHooksAndProbes(c, ctx.gracePeriod, p, errs);
    else {
      if (c.lifecycle) errs.push(FieldError.forbidden(p.child('lifecycle'), NOT_INIT));
      if (c.livenessProbe) errs.push(FieldError.forbidden(p.child('livenessProbe'), NOT_INIT));
      if (c.readinessProbe) errs.push(FieldError.forbidden(p.child('readinessProbe'), NOT_INIT));
      if (c.startupProbe) errs.push(FieldError.forbidden(p.child('startupProbe'), NOT_INIT));
    }
  });
  return errs;
}

// The lifecycle hooks and probes of a regular container or a sidecar, appended to `errs`.
function validateHooksAndProbes(c: Container__Output, gracePeriod: number | undefined, path: FieldPath, errs: FieldError[]): void {
  if (c.lifecycle) errs.push(...validateLifecycle(c.lifecycle, gracePeriod, path.child('lifecycle')));
  if (c.livenessProbe) errs.push(...validateProbe(c.livenessProbe, 'liveness', gracePeriod, path.child('livenessProbe')));
  if (c.readinessProbe) errs.push(...validateProbe(c.readinessProbe, 'readiness', gracePeriod, path.child('readinessProbe')));
  if (c.startupProbe) errs.push(...validateProbe(c.startupProbe, 'startup', gracePeriod, path.child('startupProbe')));
}

function validateContainerCommon(c: Container__Output, ctx: ContainerContext, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const name = c.name ?? '';
  if (name.length === 0) errs.push(FieldError.required(path.child('name')));
  else {
    const msgs = isDNS1123Label(name);
    if (msgs.length > 0) appendInvalid(errs, path.child('name'), name, msgs);
  }
  if (!c.image) errs.push(FieldError.required(path.child('image')));
  const tmp = c.terminationMessagePolicy ?? '';
  if (tmp === '') errs.push(FieldError.required(path.child('terminationMessagePolicy')));
  else if (tmp !== 'File' && tmp !== 'FallbackToLogsOnError') {
    errs.push(FieldError.notSupported(path.child('terminationMessagePolicy'), tmp, ['File', 'FallbackToLogsOnError']));
  }
  // Each list or struct is checked only when present: an absent one has nothing to report.
  if (c.ports) errs.push(...validateContainerPorts(c.ports, path.child('ports')));
  if (c.env) errs.push(...validateEnv(c.env, path.child('env')));
  if (c.envFrom) errs.push(...validateEnvFrom(c.envFrom, path.child('envFrom')));
  if (c.volumeMounts) errs.push(...validateVolumeMounts(c, ctx.volumes, path.child('volumeMounts')));
  if (c.volumeDevices) errs.push(...validateVolumeDevices(c, ctx.volumes, path.child('volumeDevices')));
  validatePullPolicy(c.imagePullPolicy ?? '', path, errs);
  if (c.resources) errs.push(...validateResourceRequirements(c.resources, path.child('resources')));
  if (c.resizePolicy) errs.push(...validateResizePolicy(c, ctx.restartPolicy, path.child('resizePolicy')));
  if (c.securityContext) errs.push(...validateSecurityContext(c.securityContext, ctx.hostUsers, path.child('securityContext')));
  return errs;
}

function validateContainerPorts(ports: readonly ContainerPort__Output[], path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (ports.length === 0) return errs;
  // Duplicates need two names: a lone port needs no set.
  const names = ports.length > 1 ? new Set<string>() : undefined;
  for (let i = 0; i < ports.length; i++) {
    const port = ports[i];
    const p = path.index(i);
    const name = port.name ?? '';
    if (name.length > 0) {
      const msgs = isValidPortName(name);
      if (msgs.length > 0) appendInvalid(errs, p.child('name'), name, msgs);
      else if (names?.has(name)) errs.push(FieldError.duplicate(p.child('name'), name));
      else names?.add(name);
    }
    const cp = port.containerPort ?? 0;
    if (cp === 0) errs.push(FieldError.required(p.child('containerPort')));
    else {
      const msgs = isValidPortNum(cp);
      if (msgs.length > 0) appendInvalid(errs, p.child('containerPort'), cp, msgs);
    }
    const hp = port.hostPort ?? 0;
    if (hp !== 0) {
      const msgs = isValidPortNum(hp);
      if (msgs.length > 0) appendInvalid(errs, p.child('hostPort'), hp, msgs);
    }
    if (!isSupportedProtocol(port.protocol)) errs.push(...validateProtocol(port.protocol, p.child('protocol')));
  }
  return errs;
}

function validateVolumeMounts(c: Container__Output, volumes: ReadonlyMap<string, Volume__Output>, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (c.volumeMounts === undefined || c.volumeMounts.length === 0) return errs;
  // Most containers have no devices and one or two mounts: the maps are made only when needed.
  const devices = c.volumeDevices?.length ? new Map(c.volumeDevices.map((d) => [d.name ?? '', d.devicePath ?? ''])) : undefined;
  const devicePaths = devices && new Set(devices.values());
  const mountPoints = c.volumeMounts.length > 1 ? new Set<string>() : undefined;
  const privileged = !!c.securityContext?.privileged;
  for (let i = 0; i < c.volumeMounts.length; i++) {
    const m = c.volumeMounts[i];
    const p = path.index(i);
    const name = m.name ?? '';
    const mountPath = m.mountPath ?? '';
    if (name === '') errs.push(FieldError.required(p.child('name')));
    if (!volumes.has(name)) errs.push(FieldError.notFound(p.child('name'), name));
    if (mountPath === '') errs.push(FieldError.required(p.child('mountPath')));
    if (mountPoints?.has(mountPath)) errs.push(FieldError.invalid(p.child('mountPath'), mountPath, 'must be unique'));
    mountPoints?.add(mountPath);
    if (devices?.has(name)) errs.push(FieldError.invalid(p.child('name'), name, 'must not already exist in volumeDevices'));
    if (devicePaths?.has(mountPath)) errs.push(FieldError.invalid(p.child('mountPath'), mountPath, 'must not already exist as a path in volumeDevices'));
    // Kubernetes reports the sub-path checks against the list, not the item; kept so paths match.
    if (m.subPath) errs.push(...validateLocalDescendingPath(m.subPath, path.child('subPath')));
    if (m.subPathExpr) {
      if (m.subPath) errs.push(FieldError.invalid(p.child('subPathExpr'), m.subPathExpr, 'subPathExpr and subPath are mutually exclusive'));
      errs.push(...validateLocalDescendingPath(m.subPathExpr, path.child('subPathExpr')));
    }
    if (m.mountPropagation !== undefined) {
      const mp = path.child('mountPropagation');
      if (!['Bidirectional', 'HostToContainer', 'None'].includes(m.mountPropagation)) {
        errs.push(FieldError.notSupported(mp, m.mountPropagation, ['Bidirectional', 'HostToContainer', 'None']));
      }
      if (m.mountPropagation === 'Bidirectional' && !privileged) {
        errs.push(FieldError.forbidden(mp, 'Bidirectional mount propagation is available only to privileged containers'));
      }
    }
    if (m.recursiveReadOnly !== undefined) {
      const rp = path.child('recursiveReadOnly');
      if (m.recursiveReadOnly === 'Enabled' || m.recursiveReadOnly === 'IfPossible') {
        if (!m.readOnly) errs.push(FieldError.forbidden(rp, 'may only be specified when readOnly is true'));
        if (m.mountPropagation !== undefined && m.mountPropagation !== 'None') {
          errs.push(FieldError.forbidden(rp, 'may only be specified when mountPropagation is None or not specified'));
        }
      } else if (m.recursiveReadOnly !== 'Disabled') {
        errs.push(FieldError.notSupported(rp, m.recursiveReadOnly, ['Disabled', 'Enabled', 'IfPossible']));
      }
    }
  }
  return errs;
}

function validateVolumeDevices(c: Container__Output, volumes: ReadonlyMap<string, Volume__Output>, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (c.volumeDevices === undefined || c.volumeDevices.length === 0) return errs;
  const mounts = new Map((c.volumeMounts ?? []).map((m) => [m.name ?? '', m.mountPath ?? '']));
  const mountPaths = new Set(mounts.values());
  const paths = new Set<string>();
  const names = new Set<string>();
  c.volumeDevices.forEach((d, i) => {
    const p = path.index(i);
    const name = d.name ?? '';
    const devicePath = d.devicePath ?? '';
    const vol = volumes.get(name);
    if (name === '') errs.push(FieldError.required(p.child('name')));
    if (names.has(name)) errs.push(FieldError.invalid(p.child('name'), name, 'must be unique'));
    if (vol && !vol.persistentVolumeClaim) {
      errs.push(FieldError.invalid(p.child('name'), name, 'can only use volume source type of PersistentVolumeClaim or Ephemeral for block mode'));
    }
    if (!vol) errs.push(FieldError.notFound(p.child('name'), name));
    if (devicePath === '') errs.push(FieldError.required(p.child('devicePath')));
    if (paths.has(devicePath)) errs.push(FieldError.invalid(p.child('devicePath'), devicePath, 'must be unique'));
    if (devicePath !== '' && validatePathNoBacksteps(devicePath, p).length > 0) {
      errs.push(FieldError.invalid(p.child('devicePath'), devicePath, "can not contain backsteps ('..')"));
    } else paths.add(devicePath);
    if (mounts.has(name)) errs.push(FieldError.invalid(p.child('name'), name, 'must not already exist in volumeMounts'));
    if (mountPaths.has(devicePath)) errs.push(FieldError.invalid(p.child('devicePath'), devicePath, 'must not already exist as a path in volumeMounts'));
    if (name !== '') names.add(name);
  });
  return errs;
}

// `path` is the container's.
function validatePullPolicy(policy: string, path: FieldPath, errs: FieldError[]): void {
  if (policy === 'Always' || policy === 'IfNotPresent' || policy === 'Never') return;
  if (policy === '') errs.push(FieldError.required(path.child('imagePullPolicy')));
  else errs.push(FieldError.notSupported(path.child('imagePullPolicy'), policy, ['Always', 'IfNotPresent', 'Never']));
}

function validateResizePolicy(c: Container__Output, podRestartPolicy: string, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (c.resizePolicy === undefined || c.resizePolicy.length === 0) return errs;
  const seen = new Set<string>();
  c.resizePolicy.forEach((p, i) => {
    const resource = p.resourceName ?? '';
    if (seen.has(resource)) errs.push(FieldError.duplicate(path.index(i), resource));
    seen.add(resource);
    if (resource === '') errs.push(FieldError.required(path));
    else if (resource !== 'cpu' && resource !== 'memory') errs.push(FieldError.notSupported(path, resource, ['cpu', 'memory']));
    const policy = p.restartPolicy ?? '';
    if (policy === '') errs.push(FieldError.required(path));
    else if (policy !== 'NotRequired' && policy !== 'RestartContainer') {
      errs.push(FieldError.notSupported(path, policy, ['NotRequired', 'RestartContainer']));
    }
    if (podRestartPolicy === 'Never' && policy !== 'NotRequired') {
      errs.push(FieldError.invalid(path, policy, "must be 'NotRequired' when `restartPolicy` is 'Never'"));
    }
  });
  return errs;
}

function checkHostPortConflicts(containers: readonly Container__Output[], path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  // Host ports are rare; the set is made for the first one.
  let seen: Set<string> | undefined;
  containers.forEach((c, ci) => {
    (c.ports ?? []).forEach((port, pi) => {
      const hp = port.hostPort ?? 0;
      if (hp === 0) return;
      seen ??= new Set<string>();
      const key = `${port.protocol ?? ''}/${port.hostIP ?? ''}/${hp}`;
      if (seen.has(key)) errs.push(FieldError.duplicate(path.index(ci).child('ports').index(pi).child('hostPort'), key));
      else seen.add(key);
    });
  });
  return errs;
}
