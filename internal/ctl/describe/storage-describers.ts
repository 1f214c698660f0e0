/** kubectl's descriptions of PersistentVolumeClaims, PersistentVolumes and StorageClasses. */
import type { ObjectOf, Pod } from '../../client/index.js';
import { translateTimestampSince } from '../../api/printers/index.js';
import { accessModesText, boolPtrText, goList, mapText, rfc1123z, writeAnnotations, writeLabels } from './describe-helpers.js';
import type { PrefixWriter } from './prefix-writer.js';

const BETA_STORAGE_CLASS = 'volume.beta.kubernetes.io/storage-class';

type Pvc = ObjectOf<'persistentvolumeclaims'>;

/** The pods that use a claim: those mounting it, then those owning it (getPodsForPVC), sorted by name. */
export function podsUsingClaim(pvc: Pvc, pods: readonly Pod[]): Pod[] {
  const name = pvc.metadata?.name ?? '';
  const using = pods.filter((p) => (p.spec?.volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === name));
  for (const ref of pvc.metadata?.ownerReferences ?? []) {
    if (ref.kind !== 'Pod') continue;
    const owner = pods.find((p) => p.metadata?.uid === ref.uid);
    if (owner && !using.some((p) => p.metadata?.uid === owner.metadata?.uid)) using.push(owner);
  }
  return using.sort((a, b) => ((a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1));
}

/** A PersistentVolumeClaim's description (`Used By` from `pods`, the namespace's), without the Events. */
export function describePersistentVolumeClaim(w: PrefixWriter, pvc: Pvc, pods: readonly Pod[] | undefined, now: number): void {
  const m = pvc.metadata ?? {};
  const spec = pvc.spec;
  w.field(0, 'Name', m.name ?? '');
  w.field(0, 'Namespace', m.namespace ?? '');
  w.field(0, 'StorageClass', m.annotations?.[BETA_STORAGE_CLASS] ?? spec?.storageClassName ?? '');
  w.field(0, 'Status', m.deletionTimestamp ? `Terminating (lasts ${translateTimestampSince(m.deletionTimestamp, now)})` : (pvc.status?.phase ?? ''));
  w.field(0, 'Volume', spec?.volumeName ?? '');
  writeLabels(w, 0, 'Labels', m.labels);
  writeAnnotations(w, 0, m.annotations);
  w.field(0, 'Finalizers', goList(m.finalizers));
  const bound = Boolean(spec?.volumeName);
  w.field(0, 'Capacity', bound ? (pvc.status?.capacity?.['storage'] ?? '0') : '');
  w.field(0, 'Access Modes', bound ? accessModesText(pvc.status?.accessModes) : '');
  if (spec?.volumeMode) w.field(0, 'VolumeMode', spec.volumeMode);
  if (spec?.dataSource) {
    w.write(0, 'DataSource:\n');
    if (spec.dataSource.apiGroup) w.field(1, 'APIGroup', spec.dataSource.apiGroup);
    w.field(1, 'Kind', spec.dataSource.kind ?? '');
    w.field(1, 'Name', spec.dataSource.name ?? '');
  }
  const users = podsUsingClaim(pvc, pods ?? []);
  if (users.length === 0) w.write(0, 'Used By:\t<none>\n');
  users.forEach((p, i) => w.write(0, `${i === 0 ? 'Used By:' : ''}\t${p.metadata?.name ?? ''}\n`));
  const conditions = pvc.status?.conditions ?? [];
  if (conditions.length > 0) {
    w.write(0, 'Conditions:\n');
    w.write(1, 'Type\tStatus\tLastProbeTime\tLastTransitionTime\tReason\tMessage\n');
    w.write(1, '----\t------\t-----------------\t------------------\t------\t-------\n');
    for (const c of conditions) {
      w.write(1, `${c.type ?? ''} \t${c.status ?? ''} \t${rfc1123z(c.lastProbeTime)} \t${rfc1123z(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
    }
  }
}

/** A PersistentVolume's description, without the Events. */
export function describePersistentVolume(w: PrefixWriter, pv: ObjectOf<'persistentvolumes'>, now: number): void {
  const m = pv.metadata ?? {};
  const spec = pv.spec;
  w.field(0, 'Name', m.name ?? '');
  writeLabels(w, 0, 'Labels', m.labels);
  writeAnnotations(w, 0, m.annotations);
  w.field(0, 'Finalizers', goList(m.finalizers));
  w.field(0, 'StorageClass', m.annotations?.[BETA_STORAGE_CLASS] ?? spec?.storageClassName ?? '');
  w.field(0, 'Status', m.deletionTimestamp ? `Terminating (lasts ${translateTimestampSince(m.deletionTimestamp, now)})` : (pv.status?.phase ?? ''));
  w.field(0, 'Claim', spec?.claimRef ? `${spec.claimRef.namespace ?? ''}/${spec.claimRef.name ?? ''}` : '');
  w.field(0, 'Reclaim Policy', spec?.persistentVolumeReclaimPolicy ?? '');
  w.field(0, 'Access Modes', accessModesText(spec?.accessModes));
  if (spec?.volumeMode) w.field(0, 'VolumeMode', spec.volumeMode);
  w.field(0, 'Capacity', spec?.capacity?.['storage'] ?? '0');
  const required = spec?.nodeAffinity?.required;
  if (!required) w.write(0, 'Node Affinity:\t<none>\n');
  else {
    w.write(0, 'Node Affinity:\t\n');
    const terms = required.nodeSelectorTerms ?? [];
    w.write(1, `Required Terms:\t${terms.length === 0 ? '<none>' : ''}\n`);
    terms.forEach((term, i) => {
      const reqs = term.matchExpressions ?? [];
      if (reqs.length === 0) w.write(2, `Term ${i}:\t<none>\n`);
      reqs.forEach((r, j) => {
        const values = (r.values ?? []).length > 0 ? ` [${(r.values ?? []).join(', ')}]` : '';
        w.write(2, `${j === 0 ? `Term ${i}:` : ''}\t${r.key ?? ''} ${(r.operator ?? '').toLowerCase()}${values}\n`);
      });
    });
  }
  w.field(0, 'Message', pv.status?.message ?? '');
  w.write(0, 'Source:\n');
  if (spec?.hostPath) {
    w.write(2, 'Type:\tHostPath (bare host directory volume)\n');
    w.write(2, `Path:\t${spec.hostPath.path ?? ''}\n`);
    w.write(2, `HostPathType:\t${spec.hostPath.type ?? '<none>'}\n`);
  } else if (spec?.local) {
    w.write(2, 'Type:\tLocalVolume (a persistent volume backed by local storage on a node)\n');
    w.write(2, `Path:\t${spec.local.path ?? ''}\n`);
  } else w.write(1, '<unknown>\n');
}

/** A StorageClass's description, without the Events. */
export function describeStorageClass(w: PrefixWriter, sc: ObjectOf<'storageclasses'>): void {
  const m = sc.metadata ?? {};
  const ann = m.annotations ?? {};
  const isDefault = ann['storageclass.kubernetes.io/is-default-class'] === 'true' || ann['storageclass.beta.kubernetes.io/is-default-class'] === 'true';
  w.field(0, 'Name', m.name ?? '');
  w.field(0, 'IsDefaultClass', isDefault ? 'Yes' : 'No');
  w.field(0, 'Annotations', mapText(m.annotations));
  w.field(0, 'Provisioner', sc.provisioner ?? '');
  w.field(0, 'Parameters', mapText(sc.parameters));
  w.field(0, 'AllowVolumeExpansion', boolPtrText(sc.allowVolumeExpansion));
  const opts = sc.mountOptions ?? [];
  if (opts.length === 0) w.write(0, 'MountOptions:\t<none>\n');
  else {
    w.write(0, 'MountOptions:\n');
    for (const o of opts) w.write(1, `${o}\n`);
  }
  if (sc.reclaimPolicy) w.field(0, 'ReclaimPolicy', sc.reclaimPolicy);
  if (sc.volumeBindingMode) w.field(0, 'VolumeBindingMode', sc.volumeBindingMode);
  const topologies = sc.allowedTopologies ?? [];
  if (topologies.length > 0) {
    w.write(0, 'AllowedTopologies:\t\n');
    topologies.forEach((term, i) => {
      const reqs = term.matchLabelExpressions ?? [];
      if (reqs.length === 0) w.write(1, `Term ${i}:\t<none>\n`);
      reqs.forEach((r, j) => {
        const values = (r.values ?? []).length > 0 ? ` [${(r.values ?? []).join(', ')}]` : '';
        w.write(1, `${j === 0 ? `Term ${i}:` : ''}\t${r.key ?? ''} in${values}\n`);
      });
    });
  }
}
