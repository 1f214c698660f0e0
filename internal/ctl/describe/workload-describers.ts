/** kubectl's descriptions of Deployments and ReplicaSets: replicas, strategy, the pod template and conditions. */
import type { Deployment, ReplicaSet } from '../../client/index.js';
import type { PodTemplateSpec__Output } from '../../api/generated/skiff/core/v1/PodTemplateSpec.js';
import { mapText, selectorText, writeAnnotations, writeControlledBy, writeLabels, writeObjectMeta } from './describe-helpers.js';
import { writeContainer, writeTolerations, writeVolumes } from './pod-describer.js';
import type { PrefixWriter } from './prefix-writer.js';

function intOrString(v: { intVal?: number | null; strVal?: string | null } | null | undefined, dflt: string): string {
  if (!v) return dflt;
  if (v.intVal !== undefined && v.intVal !== null) return String(v.intVal);
  return v.strVal ?? dflt;
}

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
