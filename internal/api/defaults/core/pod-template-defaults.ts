/** PodTemplate defaulting: the PodSpec defaults of its template. */
import type { PodTemplate__Output } from '../../generated/skiff/core/v1/PodTemplate.js';
import { defaultPodTemplateSpec } from './pod-defaults.js';

/** Defaults a PodTemplate in place. */
export function defaultPodTemplate(pt: PodTemplate__Output): void {
  defaultPodTemplateSpec((pt.template ??= {}));
}
