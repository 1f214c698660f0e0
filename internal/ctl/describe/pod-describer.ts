/**
 * kubectl's Pod description (describe.go describePod): the head, containers with their image,
 * ports, command, state, readiness, restarts, resources, environment and mounts, conditions,
 * volumes, QoS class, node selectors and tolerations. The container part is shared with pod
 * templates (Deployments, ReplicaSets, ...).
 */
import type { Pod } from '../../client/index.js';
import type { Container__Output } from '../../api/generated/skiff/core/v1/Container.js';
import type { ContainerStatus__Output } from '../../api/generated/skiff/core/v1/ContainerStatus.js';
import type { ContainerState__Output } from '../../api/generated/skiff/core/v1/ContainerState.js';
import type { PodSpec__Output } from '../../api/generated/skiff/core/v1/PodSpec.js';
import type { Volume__Output } from '../../api/generated/skiff/core/v1/Volume.js';
import type { Toleration__Output } from '../../api/generated/skiff/core/v1/Toleration.js';
import { mapText, rfc1123z, writeAnnotations, writeControlledBy, writeLabels } from './describe-helpers.js';
import type { PrefixWriter } from './prefix-writer.js';

type Quantities = Readonly<Record<string, string>> | null | undefined;

/** The QoS class Kubernetes computes from the containers' requests and limits. */
export function qosClass(spec: PodSpec__Output | undefined): string {
  const containers = [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])];
  let any = false;
  let guaranteed = true;
  for (const c of containers) {
    const req: Quantities = c.resources?.requests as Quantities;
    const lim: Quantities = c.resources?.limits as Quantities;
    for (const r of ['cpu', 'memory']) {
      const rq = req?.[r];
      const lm = lim?.[r];
      if (rq !== undefined || lm !== undefined) any = true;
      if (lm === undefined || (rq !== undefined && rq !== lm)) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

function writeState(w: PrefixWriter, title: string, s: ContainerState__Output | null | undefined): void {
  if (s?.running) {
    w.write(2, `${title}:\tRunning\n`);
    w.write(3, `Started:\t${rfc1123z(s.running.startedAt)}\n`);
  } else if (s?.waiting) {
    w.write(2, `${title}:\tWaiting\n`);
    if (s.waiting.reason) w.write(3, `Reason:\t${s.waiting.reason}\n`);
    if (s.waiting.message) w.write(3, `Message:\t${s.waiting.message}\n`);
  } else if (s?.terminated) {
    const t = s.terminated;
    w.write(2, `${title}:\tTerminated\n`);
    if (t.reason) w.write(3, `Reason:\t${t.reason}\n`);
    if (t.message) w.write(3, `Message:\t${t.message}\n`);
    w.write(3, `Exit Code:\t${t.exitCode ?? 0}\n`);
    if (t.signal) w.write(3, `Signal:\t${t.signal}\n`);
    w.write(3, `Started:\t${rfc1123z(t.startedAt)}\n`);
    w.write(3, `Finished:\t${rfc1123z(t.finishedAt)}\n`);
  } else {
    w.write(2, `${title}:\tWaiting\n`);
  }
}

function envValue(e: NonNullable<Container__Output['env']>[number]): string {
  const f = e.valueFrom;
  if (!f) return e.value ?? '';
  if (f.fieldRef) return `(${f.fieldRef.apiVersion ?? 'v1'}:${f.fieldRef.fieldPath ?? ''})`;
  if (f.resourceFieldRef) return `${f.resourceFieldRef.resource ?? ''}`;
  if (f.configMapKeyRef) return `<set to the key '${f.configMapKeyRef.key ?? ''}' of config map '${f.configMapKeyRef.name ?? ''}'>\tOptional: ${f.configMapKeyRef.optional ? 'true' : 'false'}`;
  if (f.secretKeyRef) return `<set to the key '${f.secretKeyRef.key ?? ''}' in secret '${f.secretKeyRef.name ?? ''}'>\tOptional: ${f.secretKeyRef.optional ? 'true' : 'false'}`;
  return '';
}

function writeResources(w: PrefixWriter, level: number, title: string, q: Quantities): void {
  const keys = Object.keys(q ?? {}).sort();
  if (keys.length === 0) return;
  w.write(level, `${title}:\n`);
  for (const k of keys) w.write(level + 1, `${k}:\t${q![k]!}\n`);
}

/** One container of a pod or pod template, at kubectl's indentation (name at level 1, fields at 2). */
export function writeContainer(w: PrefixWriter, c: Container__Output, status: ContainerStatus__Output | undefined, template: boolean): void {
  const l = template ? 2 : 2;
  w.write(1, `${template ? ' ' : ''}${c.name ?? ''}:\n`);
  if (status?.containerID) w.write(l, `Container ID:\t${status.containerID}\n`);
  w.write(l, `Image:\t${c.image ?? ''}\n`);
  if (status) w.write(l, `Image ID:\t${status.imageID ?? ''}\n`);
  const ports = c.ports ?? [];
  if (ports.length === 0) {
    w.write(l, 'Port:\t<none>\n');
    w.write(l, 'Host Port:\t<none>\n');
  } else if (ports.length === 1) {
    w.write(l, `Port:\t${ports[0]!.containerPort ?? 0}/${ports[0]!.protocol ?? 'TCP'}\n`);
    w.write(l, `Host Port:\t${ports[0]!.hostPort ?? 0}/${ports[0]!.protocol ?? 'TCP'}\n`);
  } else {
    w.write(l, `Ports:\t${ports.map((p) => `${p.containerPort ?? 0}/${p.protocol ?? 'TCP'}`).join(', ')}\n`);
    w.write(l, `Host Ports:\t${ports.map((p) => `${p.hostPort ?? 0}/${p.protocol ?? 'TCP'}`).join(', ')}\n`);
  }
  if ((c.command ?? []).length > 0) {
    w.write(l, 'Command:\n');
    for (const s of c.command ?? []) w.write(l + 1, `${s}\n`);
  }
  if ((c.args ?? []).length > 0) {
    w.write(l, 'Args:\n');
    for (const s of c.args ?? []) w.write(l + 1, `${s}\n`);
  }
  if (status) {
    writeState(w, 'State', status.state);
    if (status.lastState && (status.lastState.running || status.lastState.waiting || status.lastState.terminated)) writeState(w, 'Last State', status.lastState);
    w.write(l, `Ready:\t${status.ready ? 'True' : 'False'}\n`);
    w.write(l, `Restart Count:\t${status.restartCount ?? 0}\n`);
  }
  writeResources(w, l, 'Limits', c.resources?.limits as Quantities);
  writeResources(w, l, 'Requests', c.resources?.requests as Quantities);
  const env = c.env ?? [];
  if (env.length === 0 && (c.envFrom ?? []).length === 0) w.write(l, 'Environment:\t<none>\n');
  else {
    w.write(l, 'Environment:\n');
    for (const e of env) w.write(l + 1, `${e.name ?? ''}:\t${envValue(e)}\n`);
  }
  const mounts = c.volumeMounts ?? [];
  if (mounts.length === 0) w.write(l, 'Mounts:\t<none>\n');
  else {
    w.write(l, 'Mounts:\n');
    for (const m of mounts) w.write(l + 1, `${m.mountPath ?? ''} from ${m.name ?? ''} (${m.readOnly ? 'ro' : 'rw'}${m.subPath ? `,path="${m.subPath}"` : ''})\n`);
  }
}

/** The Volumes section. */
export function writeVolumes(w: PrefixWriter, level: number, volumes: readonly Volume__Output[] | null | undefined): void {
  const list = volumes ?? [];
  if (list.length === 0) {
    w.write(level, 'Volumes:\t<none>\n');
    return;
  }
  w.write(level, 'Volumes:\n');
  for (const v of list) {
    w.write(level + 1, `${v.name ?? ''}:\n`);
    const l = level + 2;
    if (v.emptyDir) {
      w.write(l, 'Type:\tEmptyDir (a temporary directory that shares a pod\'s lifetime)\n');
      w.write(l, `Medium:\t${v.emptyDir.medium ?? ''}\n`);
      w.write(l, `SizeLimit:\t${v.emptyDir.sizeLimit ?? '<unset>'}\n`);
    } else if (v.configMap) {
      w.write(l, 'Type:\tConfigMap (a volume populated by a ConfigMap)\n');
      w.write(l, `Name:\t${v.configMap.name ?? ''}\n`);
      w.write(l, `Optional:\t${v.configMap.optional ? 'true' : 'false'}\n`);
    } else if (v.secret) {
      w.write(l, 'Type:\tSecret (a volume populated by a Secret)\n');
      w.write(l, `SecretName:\t${v.secret.secretName ?? ''}\n`);
      w.write(l, `Optional:\t${v.secret.optional ? 'true' : 'false'}\n`);
    } else if (v.hostPath) {
      w.write(l, 'Type:\tHostPath (bare host directory volume)\n');
      w.write(l, `Path:\t${v.hostPath.path ?? ''}\n`);
      w.write(l, `HostPathType:\t${v.hostPath.type ?? ''}\n`);
    } else if (v.persistentVolumeClaim) {
      w.write(l, 'Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n');
      w.write(l, `ClaimName:\t${v.persistentVolumeClaim.claimName ?? ''}\n`);
      w.write(l, `ReadOnly:\t${v.persistentVolumeClaim.readOnly ? 'true' : 'false'}\n`);
    } else if (v.projected) {
      w.write(l, 'Type:\tProjected (a volume that contains injected data from multiple sources)\n');
    } else if (v.downwardAPI) {
      w.write(l, 'Type:\tDownwardAPI (a volume populated by information about the pod)\n');
    } else {
      w.write(l, 'Type:\t<unknown>\n');
    }
  }
}

/** Tolerations as kubectl lists them: `key=value:Effect op=Exists for 300s`. */
export function writeTolerations(w: PrefixWriter, level: number, tolerations: readonly Toleration__Output[] | null | undefined, indent = ''): void {
  const list = tolerations ?? [];
  if (list.length === 0) {
    w.write(level, 'Tolerations:\t<none>\n');
    return;
  }
  list.forEach((t, i) => {
    let s = t.key ?? '';
    if (t.value) s += `=${t.value}`;
    if (t.effect) s += `:${t.effect}`;
    if (t.operator === 'Exists') s += ' op=Exists';
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) s += ` for ${String(t.tolerationSeconds)}s`;
    if (i === 0) w.write(level, `Tolerations:\t${s}\n`);
    else w.write(0, `${indent}\t${s}\n`);
  });
}

/** A pod's description, without the Events. */
export function describePod(w: PrefixWriter, pod: Pod): void {
  const m = pod.metadata ?? {};
  const spec = pod.spec;
  const st = pod.status;
  w.field(0, 'Name', m.name ?? '');
  w.field(0, 'Namespace', m.namespace ?? '');
  w.field(0, 'Priority', spec?.priority ?? 0);
  if (spec?.priorityClassName) w.field(0, 'Priority Class Name', spec.priorityClassName);
  w.field(0, 'Service Account', spec?.serviceAccountName ?? '');
  w.field(0, 'Node', spec?.nodeName ? `${spec.nodeName}/${st?.hostIP ?? ''}` : '<none>');
  if (st?.startTime) w.field(0, 'Start Time', rfc1123z(st.startTime));
  writeLabels(w, 0, 'Labels', m.labels);
  writeAnnotations(w, 0, m.annotations);
  if (m.deletionTimestamp) {
    w.field(0, 'Status', `Terminating (lasts ${'<unknown>'})`);
    w.field(0, 'Termination Grace Period', `${m.deletionGracePeriodSeconds ?? 0}s`);
  } else w.field(0, 'Status', st?.phase ?? '');
  if (st?.reason) w.field(0, 'Reason', st.reason);
  if (st?.message) w.field(0, 'Message', st.message);
  w.field(0, 'IP', st?.podIP ?? '');
  const ips = st?.podIPs ?? [];
  if (ips.length === 0) w.write(0, 'IPs:\t<none>\n');
  else {
    w.write(0, 'IPs:\n');
    for (const ip of ips) w.write(1, `IP:\t${ip.ip ?? ''}\n`);
  }
  writeControlledBy(w, pod);
  const statuses = new Map((st?.containerStatuses ?? []).map((s) => [s.name ?? '', s]));
  const initStatuses = new Map((st?.initContainerStatuses ?? []).map((s) => [s.name ?? '', s]));
  if ((spec?.initContainers ?? []).length > 0) {
    w.write(0, 'Init Containers:\n');
    for (const c of spec?.initContainers ?? []) writeContainer(w, c, initStatuses.get(c.name ?? ''), false);
  }
  w.write(0, 'Containers:\n');
  for (const c of spec?.containers ?? []) writeContainer(w, c, statuses.get(c.name ?? ''), false);
  const conditions = st?.conditions ?? [];
  if (conditions.length > 0) {
    w.write(0, 'Conditions:\n');
    w.write(1, 'Type\tStatus\n');
    for (const c of conditions) w.write(1, `${c.type ?? ''} \t${c.status ?? ''} \n`);
  }
  writeVolumes(w, 0, spec?.volumes);
  w.field(0, 'QoS Class', st?.qosClass || qosClass(spec));
  w.field(0, 'Node-Selectors', mapText(spec?.nodeSelector));
  writeTolerations(w, 0, spec?.tolerations);
}
