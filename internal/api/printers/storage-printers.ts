/**
 * The storage printers. PersistentVolume: NAME CAPACITY ACCESS MODES RECLAIM POLICY STATUS CLAIM
 * STORAGECLASS VOLUMEATTRIBUTESCLASS REASON AGE | VOLUMEMODE. PersistentVolumeClaim: NAME STATUS
 * VOLUME CAPACITY ACCESS MODES STORAGECLASS VOLUMEATTRIBUTESCLASS AGE | VOLUMEMODE. StorageClass:
 * NAME PROVISIONER RECLAIMPOLICY VOLUMEBINDINGMODE ALLOWVOLUMEEXPANSION AGE, the default class
 * named `standard (default)`.
 */
import type { PersistentVolumeClaim__Output } from '../generated/skiff/core/v1/PersistentVolumeClaim.js';
import type { PersistentVolume__Output } from '../generated/skiff/core/v1/PersistentVolume.js';
import type { StorageClass__Output } from '../generated/skiff/storage/v1/StorageClass.js';
import { UNSET, accessModesText, boolValue, quantityText } from './cell-format.js';
import { timestampMillis, translateTimestampSince } from './human-duration.js';
import { type KindPrinter, ageColumn, column, definePrinter, nameColumn, wideColumn } from './kind-printer.js';

// The pre-GA way of naming a class, which still wins over spec.storageClassName when present.
const BETA_STORAGE_CLASS_ANNOTATION = 'volume.beta.kubernetes.io/storage-class';
const DEFAULT_CLASS_ANNOTATIONS = [
  'storageclass.kubernetes.io/is-default-class',
  'storageclass.beta.kubernetes.io/is-default-class',
];

function phaseOrTerminating(obj: { metadata?: { deletionTimestamp?: string } }, phase: string | undefined): string {
  return timestampMillis(obj.metadata?.deletionTimestamp) !== undefined ? 'Terminating' : (phase ?? '');
}

function storageClassOf(obj: { metadata?: { annotations?: Record<string, string> }; spec?: { storageClassName?: string } }): string {
  const beta = obj.metadata?.annotations?.[BETA_STORAGE_CLASS_ANNOTATION];
  return beta !== undefined ? beta : (obj.spec?.storageClassName ?? '');
}

/** The PersistentVolume printer. */
export const persistentVolumePrinter: KindPrinter<PersistentVolume__Output> = definePrinter({
  kind: 'PersistentVolume',
  columns: [
    nameColumn(),
    column('Capacity', 'string', 'The storage capacity of the volume.'),
    column('Access Modes', 'string', 'The ways the volume can be mounted.'),
    column('Reclaim Policy', 'string', 'What happens to the volume when its claim is released.'),
    column('Status', 'string', 'The phase of the volume.'),
    column('Claim', 'string', 'The claim bound to the volume, as namespace/name.'),
    column('StorageClass', 'string', 'StorageClass of the pv'),
    column('VolumeAttributesClass', 'string', 'VolumeAttributesClass of the pv'),
    column('Reason', 'string', 'Why the volume is in its phase.'),
    ageColumn(),
    wideColumn('VolumeMode', 'string', 'Filesystem or Block.'),
  ],
  cells(pv, now) {
    const ref = pv.spec?.claimRef;
    return [
      pv.metadata?.name ?? '',
      quantityText(pv.spec?.capacity?.storage),
      accessModesText(pv.spec?.accessModes),
      pv.spec?.persistentVolumeReclaimPolicy ?? '',
      phaseOrTerminating(pv, pv.status?.phase),
      ref ? `${ref.namespace ?? ''}/${ref.name ?? ''}` : '',
      storageClassOf(pv),
      pv.spec?.volumeAttributesClassName ?? UNSET,
      pv.status?.reason ?? '',
      translateTimestampSince(pv.metadata?.creationTimestamp, now),
      pv.spec?.volumeMode ?? UNSET,
    ];
  },
});

/** The PersistentVolumeClaim printer: capacity and access modes show only once the claim names a volume. */
export const persistentVolumeClaimPrinter: KindPrinter<PersistentVolumeClaim__Output> = definePrinter({
  kind: 'PersistentVolumeClaim',
  columns: [
    nameColumn(),
    column('Status', 'string', 'The phase of the claim.'),
    column('Volume', 'string', 'The volume bound to the claim.'),
    column('Capacity', 'string', 'The storage capacity of the bound volume.'),
    column('Access Modes', 'string', 'The ways the bound volume can be mounted.'),
    column('StorageClass', 'string', 'StorageClass of the pvc'),
    column('VolumeAttributesClass', 'string', 'VolumeAttributesClass of the pvc'),
    ageColumn(),
    wideColumn('VolumeMode', 'string', 'Filesystem or Block.'),
  ],
  cells(pvc, now) {
    const volume = pvc.spec?.volumeName ?? '';
    const bound = volume !== '';
    return [
      pvc.metadata?.name ?? '',
      phaseOrTerminating(pvc, pvc.status?.phase),
      volume,
      bound ? quantityText(pvc.status?.capacity?.storage) : '',
      bound ? accessModesText(pvc.status?.accessModes) : '',
      storageClassOf(pvc),
      pvc.spec?.volumeAttributesClassName ?? UNSET,
      translateTimestampSince(pvc.metadata?.creationTimestamp, now),
      pvc.spec?.volumeMode ?? UNSET,
    ];
  },
});

/** The StorageClass printer. */
export const storageClassPrinter: KindPrinter<StorageClass__Output> = definePrinter({
  kind: 'StorageClass',
  columns: [
    nameColumn(),
    column('Provisioner', 'string', 'The provisioner that creates volumes of this class.'),
    column('ReclaimPolicy', 'string', 'What happens to volumes of this class when released.'),
    column('VolumeBindingMode', 'string', 'When volumes are bound: Immediate or WaitForFirstConsumer.'),
    column('AllowVolumeExpansion', 'string', 'Whether claims of this class may grow.'),
    ageColumn(),
  ],
  cells(sc, now) {
    const annotations = sc.metadata?.annotations ?? {};
    const isDefault = DEFAULT_CLASS_ANNOTATIONS.some((a) => annotations[a] === 'true');
    const name = sc.metadata?.name ?? '';
    return [
      isDefault ? `${name} (default)` : name,
      sc.provisioner ?? '',
      sc.reclaimPolicy ?? 'Delete',
      sc.volumeBindingMode ?? 'Immediate',
      boolValue(sc.allowVolumeExpansion),
      translateTimestampSince(sc.metadata?.creationTimestamp, now),
    ];
  },
});
