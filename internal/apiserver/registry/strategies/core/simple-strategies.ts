/**
 * The strategies of the core kinds with little of their own: Endpoints and Events (which an
 * update may create), ConfigMaps, Secrets, ServiceAccounts and PodTemplates.
 */
import type { KubeObject } from '../../../../api/index.js';
import { defaultEndpoints, defaultPodTemplate, defaultSecret } from '../../../../api/defaults/core/index.js';
import type { ConfigMap__Output } from '../../../../api/generated/skiff/core/v1/ConfigMap.js';
import type { Endpoints__Output } from '../../../../api/generated/skiff/core/v1/Endpoints.js';
import type { Event__Output } from '../../../../api/generated/skiff/core/v1/Event.js';
import type { PodTemplate__Output } from '../../../../api/generated/skiff/core/v1/PodTemplate.js';
import type { Secret__Output } from '../../../../api/generated/skiff/core/v1/Secret.js';
import type { ServiceAccount__Output } from '../../../../api/generated/skiff/core/v1/ServiceAccount.js';
import {
  validateConfigMap,
  validateConfigMapUpdate,
  validateEndpoints,
  validateEvent,
  validatePodTemplate,
  validateSecret,
  validateSecretUpdate,
} from '../../../../api/validation/core/index.js';
import type { Strategy } from '../../strategy.js';
import { dropDisabledTemplateFields, withDisabledFieldsDropped } from '../disabled-fields.js';

/** The hooks of endpoints: an update of missing Endpoints creates them. */
export const endpointsStrategy: Strategy = {
  defaults: (obj) => defaultEndpoints(obj as Endpoints__Output),
  validate: (obj) => validateEndpoints(obj as Endpoints__Output),
  validateUpdate: (obj) => validateEndpoints(obj as Endpoints__Output),
  allowCreateOnUpdate: true,
};

/** The hooks of config maps. */
export const configMapStrategy: Strategy = {
  validate: (obj) => validateConfigMap(obj as ConfigMap__Output),
  validateUpdate: (obj, old) => validateConfigMapUpdate(obj as ConfigMap__Output, old as ConfigMap__Output),
};

/** The hooks of secrets: stringData is folded into data; `type` is a field selector. */
export const secretStrategy: Strategy = {
  defaults: (obj) => defaultSecret(obj as Secret__Output),
  validate: (obj) => validateSecret(obj as Secret__Output),
  validateUpdate: (obj, old) => validateSecretUpdate(obj as Secret__Output, old as Secret__Output),
  selectableFields: (obj) => ({ type: (obj as Secret__Output).type ?? '' }),
  fieldLabels: ['type', 'metadata.namespace', 'metadata.name'],
};

/** The hooks of service accounts: secret references keep only their names, as Kubernetes keeps them. */
export const serviceAccountStrategy: Strategy = {
  prepareForCreate: (obj) => cleanSecretReferences(obj as ServiceAccount__Output),
  prepareForUpdate: (obj) => cleanSecretReferences(obj as ServiceAccount__Output),
};

function cleanSecretReferences(sa: ServiceAccount__Output): void {
  if (sa.secrets) sa.secrets = sa.secrets.map((s) => ({ name: s.name }));
}

/** The field labels events accept, as Kubernetes' core/v1 Event conversion lists them. */
export const EVENT_FIELD_LABELS: readonly string[] = [
  'involvedObject.kind',
  'involvedObject.namespace',
  'involvedObject.name',
  'involvedObject.uid',
  'involvedObject.apiVersion',
  'involvedObject.resourceVersion',
  'involvedObject.fieldPath',
  'reason',
  'reportingComponent',
  'source',
  'type',
  'metadata.namespace',
  'metadata.name',
];

/** An event's values for field selectors, as Kubernetes' event ToSelectableFields. */
export function eventSelectableFields(ev: Event__Output): Record<string, string> {
  const o = ev.involvedObject ?? {};
  return {
    'involvedObject.kind': o.kind ?? '',
    'involvedObject.namespace': o.namespace ?? '',
    'involvedObject.name': o.name ?? '',
    'involvedObject.uid': o.uid ?? '',
    'involvedObject.apiVersion': o.apiVersion ?? '',
    'involvedObject.resourceVersion': o.resourceVersion ?? '',
    'involvedObject.fieldPath': o.fieldPath ?? '',
    reason: ev.reason ?? '',
    reportingComponent: ev.reportingComponent ?? '',
    source: ev.source?.component ?? '',
    type: ev.type ?? '',
  };
}

/**
 * The hooks of events: an update of a missing Event creates it; a delete never waits on the
 * garbage collector (Kubernetes' event strategy: Unsupported); core/v1 checks an update's metadata
 * only as an update.
 */
export const eventStrategy: Strategy = {
  validate: (obj) => validateEvent(obj as Event__Output),
  validateUpdate: (obj) => validateEvent(obj as Event__Output),
  metaUpdateOnly: true,
  defaultGarbageCollectionPolicy: 'Unsupported',
  selectableFields: (obj: KubeObject) => eventSelectableFields(obj as Event__Output),
  fieldLabels: EVENT_FIELD_LABELS,
  allowCreateOnUpdate: true,
};

/** The hooks of pod templates: the template loses the fields of gates Kubernetes 1.32 leaves off. */
export const podTemplateStrategy: Strategy = withDisabledFieldsDropped({
  defaults: (obj) => defaultPodTemplate(obj as PodTemplate__Output),
  validate: (obj) => validatePodTemplate(obj as PodTemplate__Output),
  validateUpdate: (obj) => validatePodTemplate(obj as PodTemplate__Output),
  metaUpdateOnly: true,
}, (obj, old) => {
  const template = (pt: KubeObject) => (pt as PodTemplate__Output).template;
  dropDisabledTemplateFields(template(obj), old === undefined ? undefined : (template(old) ?? {}));
});
