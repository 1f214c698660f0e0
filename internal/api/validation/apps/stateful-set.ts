/**
 * StatefulSet validation (pkg/apis/apps/validation): pod management and update strategy enums,
 * the claim retention policy, selector and template, and on update the rule that only replicas,
 * ordinals, template, updateStrategy, revisionHistoryLimit, persistentVolumeClaimRetentionPolicy
 * and minReadySeconds may change.
 */
import type { StatefulSet__Output } from '../../generated/skiff/apps/v1/StatefulSet.js';
import type { StatefulSetSpec__Output } from '../../generated/skiff/apps/v1/StatefulSetSpec.js';
import type { StatefulSetStatus__Output } from '../../generated/skiff/apps/v1/StatefulSetStatus.js';
import type { RollingUpdateStatefulSetStrategy__Output } from '../../generated/skiff/apps/v1/RollingUpdateStatefulSetStrategy.js';
import type { StatefulSetPersistentVolumeClaimRetentionPolicy__Output } from '../../generated/skiff/apps/v1/StatefulSetPersistentVolumeClaimRetentionPolicy.js';
import type { PodTemplateSpec__Output } from '../../generated/skiff/core/v1/PodTemplateSpec.js';
import type { Selector } from '../../labels/index.js';
import {
  FieldError,
  FieldPath,
  goValue,
  isDNS1123Label,
  isDNS1123Subdomain,
  validateAnnotations,
  validateImmutableField,
  validateLabels,
  validateNonnegativeField,
} from '../index.js';
import {
  selectorOrError,
  validateAlwaysRestart,
  validateCollisionCountNotDecremented,
  validateRequiredSelector,
  validateTemplateLabels,
} from './controller-selector.js';
import { GO_ROLLING_UPDATE_STATEFUL_SET_STRATEGY, GO_STATEFUL_SET_UPDATE_STRATEGY } from './go-types.js';
import { intOrPercentValue, intOrStringValue, isNotMoreThan100Percent, validatePositiveIntOrPercent } from './int-or-percent.js';
import { validateCountsNotAbove, validateNonnegativeCounts } from './replica-counts.js';

const SPEC = FieldPath.root('spec');
const STATUS = FieldPath.root('status');

/** The spec fields an update may change; a change to any other is forbidden. */
const MUTABLE_SPEC_FIELDS = [
  'replicas',
  'ordinals',
  'template',
  'updateStrategy',
  'revisionHistoryLimit',
  'persistentVolumeClaimRetentionPolicy',
  'minReadySeconds',
] as const;

const FORBIDDEN_UPDATE =
  "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden";

/** Validates a new StatefulSet: its name must be a DNS label (pods are named after it), and its spec. */
export function validateStatefulSet(ss: StatefulSet__Output): FieldError[] {
  const errs: FieldError[] = [];
  const name = ss.metadata?.name ?? '';
  // Generic validation already reports names that are not even subdomains; report only what it lets through.
  if (name !== '' && isDNS1123Subdomain(name).length === 0) {
    errs.push(...isDNS1123Label(name).map((msg) => FieldError.invalid(FieldPath.root('metadata', 'name'), name, msg)));
  }
  errs.push(...validateStatefulSetSpec(ss.spec ?? {}, SPEC));
  return errs;
}

/** Validates an update: the new spec, and no change outside the mutable fields. */
export function validateStatefulSetUpdate(ss: StatefulSet__Output, old: StatefulSet__Output): FieldError[] {
  const errs = validateStatefulSetSpec(ss.spec ?? {}, SPEC);
  const masked: StatefulSetSpec__Output = { ...(ss.spec ?? {}) };
  for (const f of MUTABLE_SPEC_FIELDS) {
    if (old.spec?.[f] === undefined) delete masked[f];
    else Object.assign(masked, { [f]: old.spec[f] });
  }
  if (validateImmutableField(masked, old.spec ?? {}, SPEC).length > 0) errs.push(FieldError.forbidden(SPEC, FORBIDDEN_UPDATE));
  return errs;
}

/** Validates an update through the status subresource. */
export function validateStatefulSetStatusUpdate(ss: StatefulSet__Output, old: StatefulSet__Output): FieldError[] {
  const errs = validateStatefulSetStatus(ss.status ?? {}, STATUS);
  errs.push(
    ...validateCollisionCountNotDecremented(ss.status?.collisionCount, old.status?.collisionCount, STATUS.child('collisionCount')),
  );
  return errs;
}

/** Validates a StatefulSetSpec at `path`. */
export function validateStatefulSetSpec(spec: StatefulSetSpec__Output, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const policy = spec.podManagementPolicy ?? '';
  if (policy === '') errs.push(FieldError.required(path.child('podManagementPolicy'), ''));
  else if (policy !== 'OrderedReady' && policy !== 'Parallel') {
    errs.push(FieldError.invalid(path.child('podManagementPolicy'), policy, "must be 'OrderedReady' or 'Parallel'"));
  }
  const strategy = spec.updateStrategy ?? {};
  const strategyPath = path.child('updateStrategy');
  switch (strategy.type ?? '') {
    case '':
      errs.push(FieldError.required(strategyPath, ''));
      break;
    case 'OnDelete':
      if (strategy.rollingUpdate !== undefined) {
        errs.push(
          FieldError.invalid(
            strategyPath.child('rollingUpdate'),
            goValue(GO_ROLLING_UPDATE_STATEFUL_SET_STRATEGY, strategy.rollingUpdate),
            "only allowed for updateStrategy 'RollingUpdate'",
          ),
        );
      }
      break;
    case 'RollingUpdate':
      if (strategy.rollingUpdate !== undefined) {
        errs.push(...validateRollingUpdateStatefulSet(strategy.rollingUpdate, strategyPath.child('rollingUpdate')));
      }
      break;
    default:
      errs.push(FieldError.invalid(strategyPath, goValue(GO_STATEFUL_SET_UPDATE_STRATEGY, strategy), "must be 'RollingUpdate' or 'OnDelete'"));
  }
  errs.push(
    ...validatePersistentVolumeClaimRetentionPolicy(
      spec.persistentVolumeClaimRetentionPolicy,
      path.child('persistentVolumeClaimRetentionPolicy'),
    ),
  );
  errs.push(...validateNonnegativeField(spec.replicas ?? 0, path.child('replicas')));
  errs.push(...validateNonnegativeField(spec.minReadySeconds ?? 0, path.child('minReadySeconds')));
  if (spec.revisionHistoryLimit !== undefined) {
    errs.push(...validateNonnegativeField(spec.revisionHistoryLimit, path.child('revisionHistoryLimit')));
  }
  if (spec.ordinals !== undefined) {
    errs.push(...validateNonnegativeField(spec.ordinals.start ?? 0, path.child('ordinals', 'start')));
  }
  errs.push(...validateRequiredSelector(spec.selector, path.child('selector'), 'statefulset'));
  const template = spec.template ?? {};
  const { selector, errors } = selectorOrError(spec.selector, path.child('selector'), '');
  errs.push(...errors);
  if (selector) errs.push(...validatePodTemplateSpecForStatefulSet(template, selector, path.child('template')));
  errs.push(...validateAlwaysRestart(template, path.child('template'), 'StatefulSet'));
  return errs;
}

/**
 * The template of a StatefulSet: selected by the selector, with valid labels and annotations.
 * Kubernetes does not validate the pod spec here, because its volume mounts may name volume claim
 * templates, which are not volumes of the template.
 */
export function validatePodTemplateSpecForStatefulSet(
  template: PodTemplateSpec__Output,
  selector: Selector,
  path: FieldPath,
): FieldError[] {
  const errs = validateTemplateLabels(selector, template, path);
  errs.push(...validateLabels(template.metadata?.labels, path.child('labels')));
  errs.push(...validateAnnotations(template.metadata?.annotations, path.child('annotations')));
  return errs;
}

/** partition non-negative; maxUnavailable a count or percentage that is neither 0 nor above 100%. */
export function validateRollingUpdateStatefulSet(ru: RollingUpdateStatefulSetStrategy__Output, path: FieldPath): FieldError[] {
  const errs = validateNonnegativeField(ru.partition ?? 0, path.child('partition'));
  if (ru.maxUnavailable !== undefined) {
    const p = path.child('maxUnavailable');
    errs.push(...validatePositiveIntOrPercent(ru.maxUnavailable, p));
    if (intOrPercentValue(ru.maxUnavailable) === 0) errs.push(FieldError.invalid(p, intOrStringValue(ru.maxUnavailable), 'cannot be 0'));
    errs.push(...isNotMoreThan100Percent(ru.maxUnavailable, p));
  }
  return errs;
}

/** whenDeleted and whenScaled: Retain or Delete. */
export function validatePersistentVolumeClaimRetentionPolicy(
  policy: StatefulSetPersistentVolumeClaimRetentionPolicy__Output | undefined,
  path: FieldPath,
): FieldError[] {
  if (policy === undefined) return [];
  const errs: FieldError[] = [];
  for (const f of ['whenDeleted', 'whenScaled'] as const) {
    const v = policy[f] ?? '';
    if (v !== 'Retain' && v !== 'Delete') errs.push(FieldError.notSupported(path.child(f), v, ['Retain', 'Delete']));
  }
  return errs;
}

/** Validates a StatefulSetStatus: counters non-negative and not above `replicas` (or `readyReplicas`). */
export function validateStatefulSetStatus(status: StatefulSetStatus__Output, path: FieldPath): FieldError[] {
  const errs = validateNonnegativeCounts(status, path, [
    'replicas',
    'readyReplicas',
    'currentReplicas',
    'updatedReplicas',
    'availableReplicas',
  ]);
  if (status.observedGeneration !== undefined) {
    errs.push(...validateNonnegativeField(status.observedGeneration, path.child('observedGeneration')));
  }
  if (status.collisionCount !== undefined) {
    errs.push(...validateNonnegativeField(status.collisionCount, path.child('collisionCount')));
  }
  errs.push(
    ...validateCountsNotAbove(status, path, 'replicas', ['readyReplicas', 'currentReplicas', 'updatedReplicas', 'availableReplicas']),
  );
  errs.push(...validateCountsNotAbove(status, path, 'readyReplicas', ['availableReplicas']));
  return errs;
}
