/** PodTemplate validation: its template, on create and on update alike. */
import type { PodTemplate__Output } from '../../generated/skiff/core/v1/PodTemplate.js';
import { type FieldError, FieldPath } from '../index.js';
import { validatePodTemplateSpec } from './pod-spec.js';

/** Validates a PodTemplate. */
export function validatePodTemplate(pt: PodTemplate__Output): FieldError[] {
  return validatePodTemplateSpec(pt.template ?? {}, FieldPath.root('template'));
}
