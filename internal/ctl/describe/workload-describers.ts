/**
 * kubectl's descriptions of Deployments, ReplicaSets, StatefulSets, DaemonSets and
 * ReplicationControllers: replicas, strategy, pod counts, the pod template and conditions.
 */
import type { Deployment, ObjectOf, Pod, ReplicaSet } from '../../client/index.js';
import type { PodTemplateSpec__Output } from '../../api/generated/skiff/core/v1/PodTemplateSpec.js';
import {
  goList,
  intOrStringText as intOrString,
  mapText,
  podsStatusText,
  rfc1123z,
  selectorString,
  selectorText,
  writeAnnotations,
  writeControlledBy,
  writeLabels,
  writeObjectMeta,
} from './describe-helpers.js';
import { writeContainer, writeTolerations, writeVolumes } from './pod-describer.js';
import type { PrefixWriter } from './prefix-writer.js';

/** The `Pod Template:` section (DescribePodTemplate). */
export function writePodTemplate(w: PrefixWriter, template: PodTemplateSpec__Output | null | undefined): void {
  w.write(0, 'Pod Template:\n');
  if (!template) {
    w.write(1, '<unset>\n');
    return;
  }
  writeLabels(w, 1, 'Labels', template.metadata?.labels, '  ');
  const annotations = template.metadata?.annotations ?? {};
  if (Object.keys(annotations).length > 0) writeAnnotations(w, 1, annotations, '  ');
  const spec = template.spec;
  if (spec?.serviceAccountName) w.write(1, `Service Account:\t${spec.serviceAccountName}\n`);
  if ((spec?.initContainers ?? []).length > 0) {
    w.write(1, 'Init Containers:\n');
    for (const c of spec?.initContainers ?? []) writeContainer(w, c, undefined, true);
  }
  w.write(1, 'Containers:\n');
  for (const c of spec?.containers ?? []) writeContainer(w, c, undefined, true);
  writeVolumes(w, 1, spec?.volumes);
  if (spec?.priorityClassName) w.write(1, `Priority Class Name:\t${spec.priorityClassName}\n`);
  w.write(1, `Node-Selectors:\t${mapText(spec?.nodeSelector)}\n`);
  writeTolerations(w, 1, spec?.tolerations, '  ');
}

/** A Deployment's description, without the Events. */
export function describeDeployment(w: PrefixWriter, d: Deployment): void {
  writeObjectMeta(w, d, { creationTimestamp: true });
  const spec = d.spec;
  const st = d.status;
  w.field(0, 'Selector', selectorText(spec?.selector));
  const desired = spec?.replicas ?? 1;
  const total = st?.replicas ?? 0;
  w.field(0, 'Replicas', `${desired} desired | ${st?.updatedReplicas ?? 0} updated | ${total} total | ${st?.availableReplicas ?? 0} available | ${st?.unavailableReplicas ?? 0} unavailable`);
  const strategy = spec?.strategy?.type ?? 'RollingUpdate';
  w.field(0, 'StrategyType', strategy);
  w.field(0, 'MinReadySeconds', spec?.minReadySeconds ?? 0);
  const ru = spec?.strategy?.rollingUpdate;
  if (strategy === 'RollingUpdate' && ru) {
    w.field(0, 'RollingUpdateStrategy', `${intOrString(ru.maxUnavailable, '25%')} max unavailable, ${intOrString(ru.maxSurge, '25%')} max surge`);
  }
  writePodTemplate(w, spec?.template);
  const conditions = st?.conditions ?? [];
  if (conditions.length > 0) {
    w.write(0, 'Conditions:\n');
    w.write(1, 'Type\tStatus\tReason\n');
    w.write(1, '----\t------\t------\n');
    for (const c of conditions) w.write(1, `${c.type ?? ''} \t${c.status ?? ''}\t${c.reason ?? ''}\n`);
  }
}

/** A ReplicaSet's description, without the Events. */
export function describeReplicaSet(w: PrefixWriter, rs: ReplicaSet): void {
  const m = rs.metadata ?? {};
  w.field(0, 'Name', m.name ?? '');
  w.field(0, 'Namespace', m.namespace ?? '');
  w.field(0, 'Selector', selectorText(rs.spec?.selector));
  writeLabels(w, 0, 'Labels', m.labels);
  writeAnnotations(w, 0, m.annotations);
  writeControlledBy(w, rs);
  w.field(0, 'Replicas', `${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 1} desired`);
  w.field(0, 'Pods Status', `${rs.status?.readyReplicas ?? 0} Running / 0 Waiting / 0 Succeeded / 0 Failed`);
  writePodTemplate(w, rs.spec?.template);
}

function writeReasonConditions(w: PrefixWriter, conditions: readonly { type?: string; status?: string; reason?: string }[] | null | undefined): void {
  if ((conditions ?? []).length === 0) return;
  w.write(0, 'Conditions:\n');
  w.write(1, 'Type\tStatus\tReason\n');
  w.write(1, '----\t------\t------\n');
  for (const c of conditions ?? []) w.write(1, `${c.type ?? ''} \t${c.status ?? ''}\t${c.reason ?? ''}\n`);
}

/** A StatefulSet's description (pods counted from `pods`, the namespace's), without the Events. */
export function describeStatefulSet(w: PrefixWriter, ss: ObjectOf<'statefulsets'>, pods: readonly Pod[] | undefined): void {
  const m = ss.metadata ?? {};
  const spec = ss.spec;
  w.field(0, 'Name', m.name ?? '');
  w.field(0, 'Namespace', m.namespace ?? '');
  w.field(0, 'CreationTimestamp', rfc1123z(m.creationTimestamp));
  w.field(0, 'Selector', selectorString(spec?.selector));
  writeLabels(w, 0, 'Labels', m.labels);
  writeAnnotations(w, 0, m.annotations);
  w.field(0, 'Replicas', `${spec?.replicas ?? 1} desired | ${ss.status?.replicas ?? 0} total`);
  w.field(0, 'Update Strategy', spec?.updateStrategy?.type ?? 'RollingUpdate');
  const ru = spec?.updateStrategy?.rollingUpdate;
  if (ru?.partition !== undefined && ru.partition !== null) {
    w.field(1, 'Partition', ru.partition);
    if (ru.maxUnavailable) w.field(1, 'MaxUnavailable', intOrString(ru.maxUnavailable));
  }
  w.field(0, 'Pods Status', podsStatusText(pods, ss, spec?.selector));
  writePodTemplate(w, spec?.template);
  const claims = spec?.volumeClaimTemplates ?? [];
  if (claims.length === 0) {
    w.write(0, 'Volume Claims:\t<none>\n');
    return;
  }
  w.write(0, 'Volume Claims:\n');
  for (const pvc of claims) {
    const pm = pvc.metadata ?? {};
    w.field(1, 'Name', pm.name ?? '');
    w.field(1, 'StorageClass', pm.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? pvc.spec?.storageClassName ?? '');
    writeLabels(w, 1, 'Labels', pm.labels, '  ');
    writeLabels(w, 1, 'Annotations', pm.annotations, '  ');
    w.field(1, 'Capacity', pvc.spec?.resources?.requests?.['storage'] ?? '<default>');
    w.field(1, 'Access Modes', goList(pvc.spec?.accessModes));
  }
}

/** A DaemonSet's description (pods counted from `pods`, the namespace's), without the Events. */
export function describeDaemonSet(w: PrefixWriter, ds: ObjectOf<'daemonsets'>, pods: readonly Pod[] | undefined): void {
  const m = ds.metadata ?? {};
  const st = ds.status;
  w.field(0, 'Name', m.name ?? '');
  w.field(0, 'Namespace', m.namespace ?? '');
  w.field(0, 'Selector', selectorString(ds.spec?.selector));
  w.field(0, 'Node-Selector', mapText(ds.spec?.template?.spec?.nodeSelector));
  writeLabels(w, 0, 'Labels', m.labels);
  writeAnnotations(w, 0, m.annotations);
  w.write(0, `Desired Number of Nodes Scheduled: ${st?.desiredNumberScheduled ?? 0}\n`);
  w.write(0, `Current Number of Nodes Scheduled: ${st?.currentNumberScheduled ?? 0}\n`);
  w.write(0, `Number of Nodes Scheduled with Up-to-date Pods: ${st?.updatedNumberScheduled ?? 0}\n`);
  w.write(0, `Number of Nodes Scheduled with Available Pods: ${st?.numberAvailable ?? 0}\n`);
  w.write(0, `Number of Nodes Misscheduled: ${st?.numberMisscheduled ?? 0}\n`);
  w.field(0, 'Pods Status', podsStatusText(pods, ds, ds.spec?.selector));
  writePodTemplate(w, ds.spec?.template);
}

/** A ReplicationController's description (pods counted from `pods`, the namespace's), without the Events. */
export function describeReplicationController(w: PrefixWriter, rc: ObjectOf<'replicationcontrollers'>, pods: readonly Pod[] | undefined): void {
  const m = rc.metadata ?? {};
  w.field(0, 'Name', m.name ?? '');
  w.field(0, 'Namespace', m.namespace ?? '');
  w.field(0, 'Selector', mapText(rc.spec?.selector));
  writeLabels(w, 0, 'Labels', m.labels);
  writeAnnotations(w, 0, m.annotations);
  w.field(0, 'Replicas', `${rc.status?.replicas ?? 0} current / ${rc.spec?.replicas ?? 1} desired`);
  w.field(0, 'Pods Status', podsStatusText(pods, rc, rc.spec?.selector ?? {}, false));
  writePodTemplate(w, rc.spec?.template);
  writeReasonConditions(w, rc.status?.conditions);
}
