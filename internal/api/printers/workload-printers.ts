/**
 * Printers of the kinds that run pods from a template: ReplicationController, ReplicaSet,
 * Deployment, StatefulSet, DaemonSet, plus PodTemplate and ControllerRevision. Counts come from
 * status as the controllers wrote it; an absent count prints as 0, as Kubernetes' internal types
 * (plain integers) would print it.
 */
import type { ControllerRevision__Output } from '../generated/skiff/apps/v1/ControllerRevision.js';
import type { DaemonSet__Output } from '../generated/skiff/apps/v1/DaemonSet.js';
import type { Deployment__Output } from '../generated/skiff/apps/v1/Deployment.js';
import type { ReplicaSet__Output } from '../generated/skiff/apps/v1/ReplicaSet.js';
import type { StatefulSet__Output } from '../generated/skiff/apps/v1/StatefulSet.js';
import type { PodTemplate__Output } from '../generated/skiff/core/v1/PodTemplate.js';
import type { ReplicationController__Output } from '../generated/skiff/core/v1/ReplicationController.js';
import {
  NONE,
  controllerOf,
  formatLabelSelector,
  formatLabels,
  groupKindText,
  groupOf,
  layoutContainerCells,
  selectorString,
} from './cell-format.js';
import { translateTimestampSince } from './human-duration.js';
import {
  type KindPrinter,
  ageColumn,
  column,
  containersColumn,
  definePrinter,
  imagesColumn,
  nameColumn,
  selectorColumn,
} from './kind-printer.js';

function age(obj: { metadata?: { creationTimestamp?: string } }, now: number): string {
  return translateTimestampSince(obj.metadata?.creationTimestamp, now);
}

/** The ReplicationController printer: NAME DESIRED CURRENT READY AGE | CONTAINERS IMAGES SELECTOR. */
export const replicationControllerPrinter: KindPrinter<ReplicationController__Output> = definePrinter({
  kind: 'ReplicationController',
  columns: [
    nameColumn(),
    column('Desired', 'integer', 'How many pods the controller should run.'),
    column('Current', 'integer', 'How many pods the controller runs now.'),
    column('Ready', 'integer', 'How many of its pods are ready.'),
    ageColumn(),
    containersColumn(),
    imagesColumn(),
    selectorColumn(),
  ],
  cells(rc, now) {
    const [names, images] = layoutContainerCells(rc.spec?.template?.spec?.containers);
    return [
      rc.metadata?.name ?? '',
      rc.spec?.replicas ?? 0,
      rc.status?.replicas ?? 0,
      rc.status?.readyReplicas ?? 0,
      age(rc, now),
      names,
      images,
      formatLabels(rc.spec?.selector),
    ];
  },
});

/** The ReplicaSet printer: NAME DESIRED CURRENT READY AGE | CONTAINERS IMAGES SELECTOR. */
export const replicaSetPrinter: KindPrinter<ReplicaSet__Output> = definePrinter({
  kind: 'ReplicaSet',
  columns: [
    nameColumn(),
    column('Desired', 'integer', 'How many pods the replica set should run.'),
    column('Current', 'integer', 'How many pods the replica set runs now.'),
    column('Ready', 'integer', 'How many of its pods are ready.'),
    ageColumn(),
    containersColumn(),
    imagesColumn(),
    selectorColumn(),
  ],
  cells(rs, now) {
    const [names, images] = layoutContainerCells(rs.spec?.template?.spec?.containers);
    return [
      rs.metadata?.name ?? '',
      rs.spec?.replicas ?? 0,
      rs.status?.replicas ?? 0,
      rs.status?.readyReplicas ?? 0,
      age(rs, now),
      names,
      images,
      formatLabelSelector(rs.spec?.selector),
    ];
  },
});

/** The Deployment printer: NAME READY UP-TO-DATE AVAILABLE AGE | CONTAINERS IMAGES SELECTOR. */
export const deploymentPrinter: KindPrinter<Deployment__Output> = definePrinter({
  kind: 'Deployment',
  columns: [
    nameColumn(),
    column('Ready', 'string', 'Ready pods out of the desired number.'),
    column('Up-to-date', 'string', 'How many pods run the latest template.'),
    column('Available', 'string', 'How many pods have been ready for at least minReadySeconds.'),
    ageColumn(),
    containersColumn(),
    imagesColumn(),
    selectorColumn(),
  ],
  cells(d, now) {
    const [names, images] = layoutContainerCells(d.spec?.template?.spec?.containers);
    return [
      d.metadata?.name ?? '',
      `${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`,
      d.status?.updatedReplicas ?? 0,
      d.status?.availableReplicas ?? 0,
      age(d, now),
      names,
      images,
      selectorString(d.spec?.selector),
    ];
  },
});

/** The StatefulSet printer: NAME READY AGE | CONTAINERS IMAGES. */
export const statefulSetPrinter: KindPrinter<StatefulSet__Output> = definePrinter({
  kind: 'StatefulSet',
  columns: [
    nameColumn(),
    column('Ready', 'string', 'Ready pods out of the desired number.'),
    ageColumn(),
    containersColumn(),
    imagesColumn(),
  ],
  cells(sts, now) {
    const [names, images] = layoutContainerCells(sts.spec?.template?.spec?.containers);
    return [
      sts.metadata?.name ?? '',
      `${sts.status?.readyReplicas ?? 0}/${sts.spec?.replicas ?? 0}`,
      age(sts, now),
      names,
      images,
    ];
  },
});

/** The DaemonSet printer: NAME DESIRED CURRENT READY UP-TO-DATE AVAILABLE NODE SELECTOR AGE | CONTAINERS IMAGES SELECTOR. */
export const daemonSetPrinter: KindPrinter<DaemonSet__Output> = definePrinter({
  kind: 'DaemonSet',
  columns: [
    nameColumn(),
    column('Desired', 'integer', 'How many nodes should run the daemon pod.'),
    column('Current', 'integer', 'How many nodes run at least one daemon pod.'),
    column('Ready', 'integer', 'How many nodes run a ready daemon pod.'),
    column('Up-to-date', 'integer', 'How many nodes run the latest template.'),
    column('Available', 'integer', 'How many nodes run an available daemon pod.'),
    column('Node Selector', 'string', 'The node labels the daemon pods are restricted to.'),
    ageColumn(),
    containersColumn(),
    imagesColumn(),
    selectorColumn(),
  ],
  cells(ds, now) {
    const [names, images] = layoutContainerCells(ds.spec?.template?.spec?.containers);
    const s = ds.status ?? {};
    return [
      ds.metadata?.name ?? '',
      s.desiredNumberScheduled ?? 0,
      s.currentNumberScheduled ?? 0,
      s.numberReady ?? 0,
      s.updatedNumberScheduled ?? 0,
      s.numberAvailable ?? 0,
      formatLabels(ds.spec?.template?.spec?.nodeSelector),
      age(ds, now),
      names,
      images,
      formatLabelSelector(ds.spec?.selector),
    ];
  },
});

/** The PodTemplate printer: NAME CONTAINERS IMAGES POD LABELS (no AGE, as in Kubernetes). */
export const podTemplatePrinter: KindPrinter<PodTemplate__Output> = definePrinter({
  kind: 'PodTemplate',
  columns: [
    nameColumn(),
    containersColumn(0),
    imagesColumn(0),
    column('Pod Labels', 'string', 'The labels for the pod template.'),
  ],
  cells(pt) {
    const [names, images] = layoutContainerCells(pt.template?.spec?.containers);
    return [pt.metadata?.name ?? '', names, images, formatLabels(pt.template?.metadata?.labels)];
  },
});

/** The ControllerRevision printer: NAME CONTROLLER REVISION AGE, the controller as `statefulset.apps/web`. */
export const controllerRevisionPrinter: KindPrinter<ControllerRevision__Output> = definePrinter({
  kind: 'ControllerRevision',
  columns: [
    nameColumn(),
    column('Controller', 'string', 'The object that owns this revision.'),
    column('Revision', 'string', 'The revision number of the state held.'),
    ageColumn(),
  ],
  cells(cr, now) {
    const ref = controllerOf(cr.metadata?.ownerReferences);
    const controller = ref ? `${groupKindText(ref.kind ?? '', groupOf(ref.apiVersion))}/${ref.name ?? ''}` : NONE;
    return [cr.metadata?.name ?? '', controller, cr.revision ?? 0, age(cr, now)];
  },
});
