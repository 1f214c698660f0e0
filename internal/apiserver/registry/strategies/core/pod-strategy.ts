/**
 * The Pod strategy (pkg/registry/core/pod/strategy.go): a new pod is Pending with its QoS class
 * computed, loses the fields of gates Kubernetes 1.32 leaves off (those of its status on a status
 * update), and has its affinity terms' label keys merged into their selectors; spec and status
 * change through separate endpoints; deletion is graceful once the pod is on a node and not yet
 * finished; a delete returns the pod.
 */
import type { KubeObject } from '../../../../api/index.js';
import { defaultPod } from '../../../../api/defaults/core/index.js';
import type { Pod__Output } from '../../../../api/generated/skiff/core/v1/Pod.js';
import { validatePod, validatePodStatusUpdate, validatePodUpdate } from '../../../../api/validation/core/index.js';
import type { Strategy } from '../../strategy.js';
import { keepMetadataField } from '../apps/status-subresource.js';
import { POD_SPEC_DISABLED_FIELDS, POD_STATUS_DISABLED_FIELDS, dropDisabledFields } from '../disabled-fields.js';
import { applyAffinityLabelKeys } from './pod-affinity-label-keys.js';
import { computePodQOS } from './pod-qos.js';

/** The grace period Kubernetes uses when neither the request nor the pod names one. */
export const DEFAULT_POD_GRACE_PERIOD_SECONDS = 30;

/**
 * The field labels pods accept, as Kubernetes' core/v1 Pod conversion lists them. `status.podIPs`
 * is accepted but not selectable (it reads as the empty string), as in Kubernetes.
 */
export const POD_FIELD_LABELS: readonly string[] = [
  'metadata.name',
  'metadata.namespace',
  'spec.nodeName',
  'spec.restartPolicy',
  'spec.schedulerName',
  'spec.serviceAccountName',
  'spec.hostNetwork',
  'status.phase',
  'status.podIP',
  'status.podIPs',
  'status.nominatedNodeName',
];

/** The legacy pod field labels Kubernetes still reads, for old v1 clients. */
export const POD_FIELD_LABEL_ALIASES: Readonly<Record<string, string>> = { 'spec.host': 'spec.nodeName' };

/** A pod's values for field selectors, as Kubernetes' PodToSelectableFields. */
export function podSelectableFields(pod: Pod__Output): Record<string, string> {
  return {
    'spec.nodeName': pod.spec?.nodeName ?? '',
    'spec.restartPolicy': pod.spec?.restartPolicy ?? '',
    'spec.schedulerName': pod.spec?.schedulerName ?? '',
    'spec.serviceAccountName': pod.spec?.serviceAccountName ?? '',
    'spec.hostNetwork': String(pod.spec?.hostNetwork ?? false),
    'status.phase': pod.status?.phase ?? '',
    'status.podIP': pod.status?.podIPs?.[0]?.ip ?? '',
    'status.nominatedNodeName': pod.status?.nominatedNodeName ?? '',
  };
}

/**
 * The grace period of a pod's deletion (Kubernetes' CheckGracefulDelete): 0 (immediate) for a
 * pod on no node or already Succeeded or Failed; else the requested period, or the pod's own,
 * or 30 s. A negative period becomes 1 s, as Kubernetes makes it.
 */
export function podGracePeriod(pod: Pod__Output, requested: number | undefined): number {
  if (!pod.spec?.nodeName) return 0;
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return 0;
  const period = requested ?? pod.spec.terminationGracePeriodSeconds ?? DEFAULT_POD_GRACE_PERIOD_SECONDS;
  return period < 0 ? 1 : period;
}

const asPod = (obj: KubeObject): Pod__Output => obj as Pod__Output;

/** The hooks of pods. */
export const podStrategy: Strategy = {
  defaults: (obj) => defaultPod(asPod(obj)),
  prepareForCreate(obj) {
    const pod = asPod(obj);
    pod.status = { phase: 'Pending', qosClass: computePodQOS(pod) };
    // A gated pod says why it is not scheduled, as the scheduler would.
    if ((pod.spec?.schedulingGates ?? []).length > 0) {
      pod.status.conditions = [
        { type: 'PodScheduled', status: 'False', reason: 'SchedulingGated', message: 'Scheduling is blocked due to non-empty scheduling gates' },
      ];
    }
    if (pod.spec) dropDisabledFields(POD_SPEC_DISABLED_FIELDS, pod.spec, undefined);
    applyAffinityLabelKeys(pod);
  },
  prepareForUpdate(obj, old) {
    const pod = asPod(obj);
    pod.status = asPod(old).status;
    if (pod.spec) dropDisabledFields(POD_SPEC_DISABLED_FIELDS, pod.spec, asPod(old).spec ?? {});
  },
  prepareForStatusUpdate(obj, old) {
    const pod = asPod(obj);
    pod.spec = asPod(old).spec;
    // Kubelets once corrupted owner references through status updates, which broke garbage
    // collection; Kubernetes keeps the stored ones since (labels and annotations may change).
    keepMetadataField(obj, old, 'ownerReferences');
    // Kubernetes clears a deletionTimestamp a status update carries (a stored one, when there is one, is
    // put back with the other system fields), so a stale one is ignored rather than refused.
    if (obj.metadata) obj.metadata.deletionTimestamp = undefined;
    // QoS is decided at creation; a kubelet that drops it must not clear it.
    if (pod.status && !pod.status.qosClass) pod.status.qosClass = asPod(old).status?.qosClass;
    dropDisabledFields(POD_STATUS_DISABLED_FIELDS, pod, asPod(old));
  },
  validate: (obj) => validatePod(asPod(obj)),
  validateUpdate: (obj, old) => validatePodUpdate(asPod(obj), asPod(old)),
  validateStatusUpdate: (obj, old) => validatePodStatusUpdate(asPod(obj), asPod(old)),
  selectableFields: (obj) => podSelectableFields(asPod(obj)),
  fieldLabels: POD_FIELD_LABELS,
  fieldLabelAliases: POD_FIELD_LABEL_ALIASES,
  hasStatus: true,
  returnDeletedObject: true,
  gracePeriod: (obj, requested) => podGracePeriod(asPod(obj), requested),
};
