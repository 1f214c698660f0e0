/**
 * The DaemonSet strategy: a status subresource, and the `deprecated.daemonset.template.generation`
 * annotation Kubernetes keeps (1 on create, one more on every template change), which the
 * DaemonSet controller copies onto pods as `pod-template-generation`.
 */
import { isDeepStrictEqual } from 'node:util';
import type { KubeObject } from '../../../../api/index.js';
import type { DaemonSet__Output } from '../../../../api/generated/skiff/apps/v1/DaemonSet.js';
import { defaultDaemonSet } from '../../../../api/defaults/apps/index.js';
import {
  validateDaemonSet,
  validateDaemonSetStatusUpdate,
  validateDaemonSetUpdate,
} from '../../../../api/validation/apps/index.js';
import type { MutableObject, Strategy } from '../../strategy.js';
import { dropDisabledSpecTemplateFields, withDisabledFieldsDropped } from '../disabled-fields.js';
import { STATUS_SUBRESOURCE, clearStatus, keepStatus } from './status-subresource.js';

/** The annotation holding a DaemonSet's template generation. */
export const TEMPLATE_GENERATION_ANNOTATION = 'deprecated.daemonset.template.generation';

/** The strategy of `daemonsets`; the template's gated fields are dropped before its generation is compared. */
export const daemonSetStrategy: Strategy = withDisabledFieldsDropped({
  ...STATUS_SUBRESOURCE,
  defaults: (obj) => defaultDaemonSet(obj as DaemonSet__Output),
  prepareForCreate(obj: MutableObject): void {
    clearStatus(obj);
    const meta = (obj.metadata ??= {});
    meta.annotations = { ...meta.annotations, [TEMPLATE_GENERATION_ANNOTATION]: '1' };
  },
  prepareForUpdate(obj: MutableObject, old: KubeObject): void {
    keepStatus(obj, old);
    const ds = obj as DaemonSet__Output;
    const oldDs = old as DaemonSet__Output;
    const oldGeneration = Number.parseInt(oldDs.metadata?.annotations?.[TEMPLATE_GENERATION_ANNOTATION] ?? '0', 10) || 0;
    const changed = !isDeepStrictEqual(ds.spec?.template, oldDs.spec?.template);
    const meta = (obj.metadata ??= {});
    meta.annotations = { ...meta.annotations, [TEMPLATE_GENERATION_ANNOTATION]: String(changed ? oldGeneration + 1 : oldGeneration) };
  },
  validate: (obj) => validateDaemonSet(obj as DaemonSet__Output),
  validateUpdate: (obj, old) => validateDaemonSetUpdate(obj as DaemonSet__Output, old as DaemonSet__Output),
  validateStatusUpdate: (obj, old) => validateDaemonSetStatusUpdate(obj as DaemonSet__Output, old as DaemonSet__Output),
  defaultGarbageCollectionPolicy: 'DeleteDependents',
}, dropDisabledSpecTemplateFields);
