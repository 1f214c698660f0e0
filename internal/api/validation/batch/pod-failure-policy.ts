/**
 * A Job's podFailurePolicy and successPolicy (pkg/apis/batch/validation): bounded lists of rules,
 * each with a known action and exactly one kind of requirement; success rules that name indexes
 * or counts within the Job's completions.
 */
import type { JobSpec__Output } from '../../generated/skiff/batch/v1/JobSpec.js';
import type { PodFailurePolicyRule__Output } from '../../generated/skiff/batch/v1/PodFailurePolicyRule.js';
import type { PodFailurePolicyOnExitCodesRequirement__Output } from '../../generated/skiff/batch/v1/PodFailurePolicyOnExitCodesRequirement.js';
import type { PodFailurePolicyOnPodConditionsPattern__Output } from '../../generated/skiff/batch/v1/PodFailurePolicyOnPodConditionsPattern.js';
import type { SuccessPolicyRule__Output } from '../../generated/skiff/batch/v1/SuccessPolicyRule.js';
import { FieldError, type FieldPath, goValue, isQualifiedName, validateNonnegativeField } from '../index.js';
import { GO_EXIT_CODES } from './go-types.js';
import { countIndexes } from './index-intervals.js';
import { invalidOmitValue } from './omitted-value-error.js';

const MAX_POD_FAILURE_POLICY_RULES = 20;
const MAX_ON_EXIT_CODES_VALUES = 255;
const MAX_ON_POD_CONDITIONS_PATTERNS = 20;
const MAX_SUCCESS_POLICY_RULES = 20;
const MAX_SUCCEEDED_INDEXES_LENGTH = 64 * 1024;

const ACTIONS = ['Count', 'FailIndex', 'FailJob', 'Ignore'];
const OPERATORS = ['In', 'NotIn'];
const CONDITION_STATUSES = ['False', 'True', 'Unknown'];

/** Go's `%q` of a string list: `["a" "b"]`. */
function quotedList(values: readonly string[]): string {
  return `[${values.map((v) => JSON.stringify(v)).join(' ')}]`;
}

/** Validates `spec.podFailurePolicy` (present) at `path`. */
export function validatePodFailurePolicy(spec: JobSpec__Output, path: FieldPath): FieldError[] {
  const rules = spec.podFailurePolicy?.rules ?? [];
  const rulesPath = path.child('rules');
  const errs: FieldError[] = [];
  if (rules.length > MAX_POD_FAILURE_POLICY_RULES) errs.push(FieldError.tooMany(rulesPath, rules.length, MAX_POD_FAILURE_POLICY_RULES));
  const podSpec = spec.template?.spec;
  const containerNames = new Set([...(podSpec?.containers ?? []), ...(podSpec?.initContainers ?? [])].map((c) => c.name ?? ''));
  rules.forEach((rule, i) => errs.push(...validateRule(spec, rule, rulesPath.index(i), containerNames)));
  return errs;
}

function validateRule(
  spec: JobSpec__Output,
  rule: PodFailurePolicyRule__Output,
  path: FieldPath,
  containerNames: ReadonlySet<string>,
): FieldError[] {
  const errs: FieldError[] = [];
  const actionPath = path.child('action');
  const action = rule.action ?? '';
  if (action === '') errs.push(FieldError.required(actionPath, `valid values: ${quotedList(ACTIONS)}`));
  else if (action === 'FailIndex') {
    if (spec.backoffLimitPerIndex === undefined) {
      errs.push(FieldError.invalid(actionPath, action, 'requires the backoffLimitPerIndex to be set'));
    }
  } else if (!ACTIONS.includes(action)) errs.push(FieldError.notSupported(actionPath, action, ACTIONS));
  const conditions = rule.onPodConditions ?? [];
  if (rule.onExitCodes !== undefined) errs.push(...validateOnExitCodes(rule.onExitCodes, path.child('onExitCodes'), containerNames));
  if (conditions.length > 0) errs.push(...validateOnPodConditions(conditions, path.child('onPodConditions')));
  if (rule.onExitCodes !== undefined && conditions.length > 0) {
    errs.push(invalidOmitValue(path, 'specifying both OnExitCodes and OnPodConditions is not supported'));
  }
  if (rule.onExitCodes === undefined && conditions.length === 0) {
    errs.push(invalidOmitValue(path, 'specifying one of OnExitCodes and OnPodConditions is required'));
  }
  return errs;
}

function validateOnPodConditions(patterns: readonly PodFailurePolicyOnPodConditionsPattern__Output[], path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (patterns.length > MAX_ON_POD_CONDITIONS_PATTERNS) errs.push(FieldError.tooMany(path, patterns.length, MAX_ON_POD_CONDITIONS_PATTERNS));
  patterns.forEach((pattern, j) => {
    const p = path.index(j);
    const type = pattern.type ?? '';
    errs.push(...isQualifiedName(type).map((msg) => FieldError.invalid(p.child('type'), type, msg)));
    const status = pattern.status ?? '';
    if (status === '') errs.push(FieldError.required(p.child('status'), `valid values: ${quotedList(CONDITION_STATUSES)}`));
    else if (!CONDITION_STATUSES.includes(status)) errs.push(FieldError.notSupported(p.child('status'), status, CONDITION_STATUSES));
  });
  return errs;
}

function validateOnExitCodes(
  req: PodFailurePolicyOnExitCodesRequirement__Output,
  path: FieldPath,
  containerNames: ReadonlySet<string>,
): FieldError[] {
  const errs: FieldError[] = [];
  const operator = req.operator ?? '';
  if (operator === '') errs.push(FieldError.required(path.child('operator'), `valid values: ${quotedList(OPERATORS)}`));
  else if (!OPERATORS.includes(operator)) errs.push(FieldError.notSupported(path.child('operator'), operator, OPERATORS));
  if (req.containerName !== undefined && !containerNames.has(req.containerName)) {
    errs.push(
      FieldError.invalid(
        path.child('containerName'),
        req.containerName,
        'must be one of the container or initContainer names in the pod template',
      ),
    );
  }
  const values = req.values ?? [];
  const valuesPath = path.child('values');
  if (values.length === 0) errs.push(FieldError.invalid(valuesPath, goValue(GO_EXIT_CODES, values), 'at least one value is required'));
  else if (values.length > MAX_ON_EXIT_CODES_VALUES) errs.push(FieldError.tooMany(valuesPath, values.length, MAX_ON_EXIT_CODES_VALUES));
  const seen = new Set<number>();
  let ordered = true;
  values.forEach((v, j) => {
    if (operator === 'In' && v === 0) errs.push(FieldError.invalid(valuesPath.index(j), v, 'must not be 0 for the In operator'));
    if (seen.has(v)) errs.push(FieldError.duplicate(valuesPath.index(j), v));
    else seen.add(v);
    if (j > 0 && values[j - 1] > v) ordered = false;
  });
  if (!ordered) errs.push(FieldError.invalid(valuesPath, goValue(GO_EXIT_CODES, values), 'must be ordered'));
  return errs;
}

/** Validates `spec.successPolicy` (present, on an Indexed Job) at `path`. */
export function validateSuccessPolicy(spec: JobSpec__Output, path: FieldPath): FieldError[] {
  const rules = spec.successPolicy?.rules ?? [];
  const rulesPath = path.child('rules');
  const errs: FieldError[] = [];
  if (rules.length === 0) {
    errs.push(FieldError.required(rulesPath, 'at least one rules must be specified when the successPolicy is specified'));
  }
  if (rules.length > MAX_SUCCESS_POLICY_RULES) errs.push(FieldError.tooMany(rulesPath, rules.length, MAX_SUCCESS_POLICY_RULES));
  rules.forEach((rule, i) => errs.push(...validateSuccessPolicyRule(spec.completions ?? 0, rule, rulesPath.index(i))));
  return errs;
}

function validateSuccessPolicyRule(completions: number, rule: SuccessPolicyRule__Output, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (rule.succeededCount === undefined && rule.succeededIndexes === undefined) {
    errs.push(FieldError.required(path, 'at least one of succeededCount or succeededIndexes must be specified'));
  }
  let totalIndexes = 0;
  if (rule.succeededIndexes !== undefined) {
    const p = path.child('succeededIndexes');
    if (rule.succeededIndexes.length > MAX_SUCCEEDED_INDEXES_LENGTH) {
      errs.push(FieldError.tooLong(p, rule.succeededIndexes, MAX_SUCCEEDED_INDEXES_LENGTH));
    }
    const counted = countIndexes(rule.succeededIndexes, completions);
    if ('error' in counted) {
      errs.push(FieldError.invalid(p, rule.succeededIndexes, `error parsing succeededIndexes: ${counted.error}`));
    } else totalIndexes = counted.total;
  }
  if (rule.succeededCount !== undefined) {
    const p = path.child('succeededCount');
    errs.push(...validateNonnegativeField(rule.succeededCount, p));
    if (rule.succeededCount > completions) {
      errs.push(
        FieldError.invalid(p, rule.succeededCount, `must be less than or equal to ${completions} (the number of specified completions)`),
      );
    }
    if (rule.succeededIndexes !== undefined && rule.succeededCount > totalIndexes) {
      errs.push(
        FieldError.invalid(
          p,
          rule.succeededCount,
          `must be less than or equal to ${totalIndexes} (the number of indexes in the specified succeededIndexes field)`,
        ),
      );
    }
  }
  return errs;
}
