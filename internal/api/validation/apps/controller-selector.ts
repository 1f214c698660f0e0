/**
 * The `spec.selector` and `spec.template` checks the workload controllers share: a selector that is
 * required, well formed and not empty, and a pod template whose labels it selects (Kubernetes'
 * ValidatePodTemplateSpecForReplicaSet and its StatefulSet twin).
 */
import type { LabelSelector__Output } from '../../generated/skiff/meta/v1/LabelSelector.js';
import type { PodTemplateSpec__Output } from '../../generated/skiff/core/v1/PodTemplateSpec.js';
import { type Selector, labelSelectorAsSelector, validateLabelSelector } from '../../labels/index.js';
import { FieldError, type FieldPath } from '../index.js';
import { validatePodTemplateSpec } from '../core/index.js';

/** The detail Kubernetes gives when a template's labels are not selected by the selector. */
export const SELECTOR_DOES_NOT_MATCH = '`selector` does not match template `labels`';

/**
 * A required, valid, non-empty selector: `Required value`, the selector's own field errors, or
 * `empty selector is invalid for <kind>`.
 */
export function validateRequiredSelector(
  selector: LabelSelector__Output | undefined,
  path: FieldPath,
  kind: string,
): FieldError[] {
  if (selector === undefined) return [FieldError.required(path, '')];
  const errs = validateLabelSelector(selector, path);
  if (Object.keys(selector.matchLabels ?? {}).length + (selector.matchExpressions ?? []).length === 0) {
    errs.push(FieldError.invalid(path, selector, `empty selector is invalid for ${kind}`));
  }
  return errs;
}

/** Converts a selector, or gives the error Kubernetes reports when it cannot (with `detail`). */
export function selectorOrError(
  selector: LabelSelector__Output | undefined,
  path: FieldPath,
  detail: string,
): { selector: Selector; errors: [] } | { selector: undefined; errors: FieldError[] } {
  const r = labelSelectorAsSelector(selector);
  if (r.ok) return { selector: r.selector, errors: [] };
  return { selector: undefined, errors: [FieldError.invalid(path, selector ?? null, detail)] };
}

/** `<path>.metadata.labels: Invalid value: ...` unless `selector` selects the template's labels. */
export function validateTemplateLabels(
  selector: Selector,
  template: PodTemplateSpec__Output,
  path: FieldPath,
): FieldError[] {
  const labels = template.metadata?.labels;
  if (selector.empty() || selector.matches(labels)) return [];
  return [FieldError.invalid(path.child('metadata', 'labels'), labels ?? null, SELECTOR_DOES_NOT_MATCH)];
}

/**
 * The template of a ReplicaSet or Deployment: selected by the selector, a valid pod template,
 * restartPolicy Always, no activeDeadlineSeconds.
 */
export function validatePodTemplateSpecForReplicaSet(
  template: PodTemplateSpec__Output,
  selector: Selector,
  path: FieldPath,
): FieldError[] {
  const errs = validateTemplateLabels(selector, template, path);
  errs.push(...validatePodTemplateSpec(template, path));
  errs.push(...validateAlwaysRestart(template, path, 'ReplicaSet'));
  return errs;
}

/** restartPolicy Always and no activeDeadlineSeconds: what every long-running controller demands. */
export function validateAlwaysRestart(template: PodTemplateSpec__Output, path: FieldPath, kind: string): FieldError[] {
  const errs: FieldError[] = [];
  const restartPolicy = template.spec?.restartPolicy ?? '';
  if (restartPolicy !== 'Always') {
    errs.push(FieldError.notSupported(path.child('spec', 'restartPolicy'), restartPolicy, ['Always']));
  }
  if (template.spec?.activeDeadlineSeconds !== undefined) {
    errs.push(
      FieldError.forbidden(path.child('spec', 'activeDeadlineSeconds'), `activeDeadlineSeconds in ${kind} is not Supported`),
    );
  }
  return errs;
}

/** `cannot be decremented` when a collisionCount went down (a nil new count reads as 0). */
export function validateCollisionCountNotDecremented(
  count: number | undefined,
  oldCount: number | undefined,
  path: FieldPath,
): FieldError[] {
  if (oldCount === undefined) return [];
  if (count !== undefined && count >= oldCount) return [];
  return [FieldError.invalid(path, count ?? 0, 'cannot be decremented')];
}
