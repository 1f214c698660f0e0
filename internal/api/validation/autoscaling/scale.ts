/**
 * Scale validation (pkg/apis/autoscaling/validation ValidateScale): the body of a `scale`
 * subresource write asks for a non-negative number of replicas.
 */
import type { Scale__Output } from '../../generated/skiff/autoscaling/v1/Scale.js';
import { FieldError, FieldPath } from '../index.js';

/** Validates a Scale written through a `scale` subresource. */
export function validateScale(scale: Scale__Output): FieldError[] {
  const replicas = scale.spec?.replicas ?? 0;
  if (replicas >= 0) return [];
  return [FieldError.invalid(FieldPath.root('spec', 'replicas'), replicas, 'must be greater than or equal to 0')];
}
