/**
 * ReplicationController validation: a non-empty selector that matches the template's labels, a
 * non-negative replica count, a valid template that restarts Always, and a consistent status.
 */
import type { ReplicationController__Output } from '../../generated/skiff/core/v1/ReplicationController.js';
import type { ReplicationControllerStatus__Output } from '../../generated/skiff/core/v1/ReplicationControllerStatus.js';
import { FieldError, FieldPath, GO_STRING_MAP, goValue, validateNonnegativeField } from '../index.js';
import { validatePodTemplateSpec } from './pod-spec.js';

const SPEC = FieldPath.root('spec');

/** Validates a ReplicationController, on create and on update alike. */
export function validateReplicationController(rc: ReplicationController__Output): FieldError[] {
  const spec = rc.spec ?? {};
  const errs = validateNonnegativeField(spec.minReadySeconds ?? 0, SPEC.child('minReadySeconds'));
  const selector = spec.selector ?? {};
  if (Object.keys(selector).length === 0) errs.push(FieldError.required(SPEC.child('selector')));
  errs.push(...validateNonnegativeField(spec.replicas ?? 0, SPEC.child('replicas')));
  const tp = SPEC.child('template');
  const template = spec.template;
  if (!template) {
    errs.push(FieldError.required(tp));
    return errs;
  }
  const labels = template.metadata?.labels ?? {};
  if (Object.keys(selector).length > 0 && !Object.entries(selector).every(([k, v]) => labels[k] === v)) {
    errs.push(FieldError.invalid(tp.child('metadata', 'labels'), goValue(GO_STRING_MAP, template.metadata?.labels), '`selector` does not match template `labels`'));
  }
  errs.push(...validatePodTemplateSpec(template, tp));
  const restartPolicy = template.spec?.restartPolicy ?? '';
  if (restartPolicy !== 'Always') errs.push(FieldError.notSupported(tp.child('spec', 'restartPolicy'), restartPolicy, ['Always']));
  if (template.spec?.activeDeadlineSeconds !== undefined) {
    errs.push(FieldError.forbidden(tp.child('spec', 'activeDeadlineSeconds'), 'activeDeadlineSeconds in ReplicationController is not Supported'));
  }
  return errs;
}

/** Validates a ReplicationController's status: counts non-negative and consistent. */
export function validateReplicationControllerStatus(status: ReplicationControllerStatus__Output | undefined): FieldError[] {
  const s = status ?? {};
  const p = FieldPath.root('status');
  const replicas = s.replicas ?? 0;
  const errs: FieldError[] = [];
  for (const f of ['replicas', 'fullyLabeledReplicas', 'readyReplicas', 'availableReplicas', 'observedGeneration'] as const) {
    errs.push(...validateNonnegativeField(s[f] ?? 0, p.child(f)));
  }
  const msg = 'cannot be greater than status.replicas';
  for (const f of ['fullyLabeledReplicas', 'readyReplicas', 'availableReplicas'] as const) {
    if ((s[f] ?? 0) > replicas) errs.push(FieldError.invalid(p.child(f), s[f] ?? 0, msg));
  }
  if ((s.availableReplicas ?? 0) > (s.readyReplicas ?? 0)) {
    errs.push(FieldError.invalid(p.child('availableReplicas'), s.availableReplicas ?? 0, 'cannot be greater than readyReplicas'));
  }
  return errs;
}
