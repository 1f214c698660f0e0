/**
 * Job validation (pkg/apis/batch/validation): counts and deadlines, completion mode and per-index
 * backoff, the failure and success policies, a template that never restarts Always, a selector
 * that matches it (and, unless `manualSelector`, is the generated one); on update most of the spec
 * is immutable, the template too unless the Job is suspended and has never started.
 */
import type { Job__Output } from '../../generated/skiff/batch/v1/Job.js';
import type { JobSpec__Output } from '../../generated/skiff/batch/v1/JobSpec.js';
import type { JobStatus__Output } from '../../generated/skiff/batch/v1/JobStatus.js';
import type { PodTemplateSpec__Output } from '../../generated/skiff/core/v1/PodTemplateSpec.js';
import { labelSelectorAsSelector, validateLabelSelector } from '../../labels/index.js';
import {
  FieldError,
  FieldPath,
  formatGoUntyped,
  goValue,
  kubernetesJSON,
  isDNS1123Label,
  isDNS1123Subdomain,
  regexError,
  validateImmutableField,
  validateNonnegativeField,
} from '../index.js';
import { validatePodTemplateSpec } from '../core/index.js';
import { GO_POD_FAILURE_POLICY, GO_SUCCESS_POLICY } from './go-types.js';
import { CONTROLLER_UID_LABEL, JOB_NAME_LABEL, LEGACY_CONTROLLER_UID_LABEL, LEGACY_JOB_NAME_LABEL } from './job-labels.js';
import { invalidOmitValue } from './omitted-value-error.js';
import { validatePodFailurePolicy, validateSuccessPolicy } from './pod-failure-policy.js';

const SPEC = FieldPath.root('spec');
const STATUS = FieldPath.root('status');
const POD_TEMPLATE_SPEC = 'skiff.core.v1.PodTemplateSpec';
const MAX_PARALLELISM_FOR_INDEXED_JOB = 100_000;
const MAX_FAILED_INDEXES_FOR_INDEXED_JOB = 100_000;
const COMPLETIONS_SOFT_LIMIT = 100_000;
const PARALLELISM_LIMIT_FOR_HIGH_COMPLETIONS = 10_000;
const MAX_FAILED_INDEXES_LIMIT_FOR_HIGH_COMPLETIONS = 10_000;
const MAX_MANAGED_BY_LENGTH = 63;
const HTTP_PATH_FMT = "[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+";
const HTTP_PATH_RE = new RegExp(`^${HTTP_PATH_FMT}$`);

/** How an update of a Job is judged, from the Job as it was (Kubernetes' JobValidationOptions). */
interface JobUpdateOptions {
  /** The old Job is suspended and never started: node affinity, selector, tolerations, labels may change. */
  readonly allowMutableSchedulingDirectives: boolean;
  /** The old template carried the prefixed labels, so they are required. */
  readonly requirePrefixedLabels: boolean;
}

/** Validates a new Job (metadata is checked generically, but the generated selector needs its uid). */
export function validateJob(job: Job__Output): FieldError[] {
  return validateJobWith(job, true);
}

function validateJobWith(job: Job__Output, requirePrefixedLabels: boolean): FieldError[] {
  const spec = job.spec ?? {};
  const errs = validateGeneratedSelector(job, requirePrefixedLabels);
  errs.push(...validateJobSpec(spec, SPEC));
  if (spec.completionMode === 'Indexed' && spec.completions !== undefined && spec.completions > 0) {
    // Indexed pods are named `<job>-<index>` and use it as hostname, so the largest must be a DNS label.
    const name = job.metadata?.name ?? '';
    const hostname = `${name}-${spec.completions - 1}`;
    if (isDNS1123Label(hostname).length > 0) {
      errs.push(
        FieldError.invalid(FieldPath.root('metadata', 'name'), name, `will not able to create pod with invalid DNS label: ${hostname}`),
      );
    }
  }
  return errs;
}

/** Validates an update of a Job: the new Job, then what may not change. */
export function validateJobUpdate(job: Job__Output, old: Job__Output): FieldError[] {
  const oldLabels = old.spec?.template?.metadata?.labels ?? {};
  const opts: JobUpdateOptions = {
    allowMutableSchedulingDirectives: old.spec?.suspend === true && old.status?.startTime === undefined,
    requirePrefixedLabels: JOB_NAME_LABEL in oldLabels && CONTROLLER_UID_LABEL in oldLabels,
  };
  const spec = job.spec ?? {};
  const oldSpec = old.spec ?? {};
  const errs = validateJobWith(job, opts.requirePrefixedLabels);
  errs.push(...validateCompletionsUpdate(spec, oldSpec));
  errs.push(...validateImmutableField(spec.selector, oldSpec.selector, SPEC.child('selector')));
  errs.push(...validatePodTemplateUpdate(spec, oldSpec, opts));
  errs.push(...validateImmutableField(spec.completionMode, oldSpec.completionMode, SPEC.child('completionMode')));
  errs.push(...validateImmutableField(spec.podFailurePolicy, oldSpec.podFailurePolicy, SPEC.child('podFailurePolicy'), (p) => goValue(GO_POD_FAILURE_POLICY, p)));
  errs.push(...validateImmutableField(spec.backoffLimitPerIndex, oldSpec.backoffLimitPerIndex, SPEC.child('backoffLimitPerIndex')));
  errs.push(...validateImmutableField(spec.managedBy, oldSpec.managedBy, SPEC.child('managedBy')));
  errs.push(...validateImmutableField(spec.successPolicy, oldSpec.successPolicy, SPEC.child('successPolicy'), (p) => goValue(GO_SUCCESS_POLICY, p)));
  return errs;
}

/** Validates an update through the status subresource. */
export function validateJobStatusUpdate(job: Job__Output, old: Job__Output): FieldError[] {
  const status = job.status ?? {};
  const oldStatus = old.status ?? {};
  const errs = validateJobStatus(status, STATUS);
  for (const type of ['Failed', 'Complete', 'FailureTarget']) {
    if (isConditionTrue(oldStatus, type) && !isConditionTrue(status, type)) {
      errs.push(invalidOmitValue(STATUS.child('conditions'), `cannot disable the terminal ${type}=True condition`));
    }
  }
  // Checked only when a counter moved, so a Job whose status was already off can still be updated.
  const readyOrActiveChanged = status.ready !== oldStatus.ready || status.active !== oldStatus.active;
  if (readyOrActiveChanged && status.ready !== undefined && status.ready > (status.active ?? 0)) {
    errs.push(FieldError.invalid(STATUS.child('ready'), status.ready, 'cannot set more ready pods than active'));
  }
  return errs;
}

/**
 * The checks of a JobSpec that also apply inside a CronJob's jobTemplate (Kubernetes'
 * lower-case validateJobSpec): everything but the selector.
 */
export function validateJobSpecFields(spec: JobSpec__Output, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  for (const f of ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished', 'backoffLimitPerIndex'] as const) {
    const v = spec[f];
    if (v !== undefined) errs.push(...validateNonnegativeField(v, path.child(f)));
  }
  if (spec.maxFailedIndexes !== undefined) {
    errs.push(...validateNonnegativeField(spec.maxFailedIndexes, path.child('maxFailedIndexes')));
    if (spec.backoffLimitPerIndex === undefined) {
      errs.push(FieldError.required(path.child('backoffLimitPerIndex'), 'when maxFailedIndexes is specified'));
    }
  }
  if (spec.managedBy !== undefined) errs.push(...validateManagedBy(spec.managedBy, path.child('managedBy')));
  errs.push(...validateCompletionMode(spec, path));
  if (spec.podFailurePolicy !== undefined) errs.push(...validatePodFailurePolicy(spec, path.child('podFailurePolicy')));
  if (spec.successPolicy !== undefined) {
    if (spec.completionMode !== 'Indexed') {
      errs.push(FieldError.invalid(path.child('successPolicy'), goValue(GO_SUCCESS_POLICY, spec.successPolicy), 'requires indexed completion mode'));
    } else errs.push(...validateSuccessPolicy(spec, path.child('successPolicy')));
  }
  errs.push(...validatePodReplacementPolicy(spec, path.child('podReplacementPolicy')));
  const template = spec.template ?? {};
  errs.push(...validatePodTemplateSpec(template, path.child('template')));
  errs.push(...validateJobRestartPolicy(spec, template, path.child('template', 'spec', 'restartPolicy')));
  return errs;
}

/** Validates a JobSpec at `path`: the fields, a required selector, and a template it selects. */
export function validateJobSpec(spec: JobSpec__Output, path: FieldPath): FieldError[] {
  const errs = validateJobSpecFields(spec, path);
  if (spec.selector === undefined) errs.push(FieldError.required(path.child('selector'), ''));
  else errs.push(...validateLabelSelector(spec.selector, path.child('selector')));
  const converted = labelSelectorAsSelector(spec.selector);
  const labels = spec.template?.metadata?.labels;
  if (converted.ok && !converted.selector.matches(labels)) {
    errs.push(
      FieldError.invalid(path.child('template', 'metadata', 'labels'), labels ?? null, '`selector` does not match template `labels`'),
    );
  }
  return errs;
}

function validateJobRestartPolicy(spec: JobSpec__Output, template: PodTemplateSpec__Output, path: FieldPath): FieldError[] {
  const restartPolicy = template.spec?.restartPolicy ?? '';
  // Pod defaulting turns an absent restartPolicy into Always, so both mean "not given" here.
  if (restartPolicy === 'Always' || restartPolicy === '') return [FieldError.required(path, 'valid values: "OnFailure", "Never"')];
  if (restartPolicy !== 'OnFailure' && restartPolicy !== 'Never') {
    return [FieldError.notSupported(path, restartPolicy, ['OnFailure', 'Never'])];
  }
  if (spec.podFailurePolicy !== undefined && restartPolicy !== 'Never') {
    return [FieldError.invalid(path, restartPolicy, 'only "Never" is supported when podFailurePolicy is specified')];
  }
  return [];
}

function validateCompletionMode(spec: JobSpec__Output, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const mode = spec.completionMode;
  if (mode !== undefined && mode !== 'NonIndexed' && mode !== 'Indexed') {
    errs.push(FieldError.notSupported(path.child('completionMode'), mode, ['NonIndexed', 'Indexed']));
  }
  if (mode === 'Indexed') {
    if (spec.completions === undefined) errs.push(FieldError.required(path.child('completions'), 'when completion mode is Indexed'));
    if (spec.parallelism !== undefined && spec.parallelism > MAX_PARALLELISM_FOR_INDEXED_JOB) {
      errs.push(
        FieldError.invalid(
          path.child('parallelism'),
          spec.parallelism,
          `must be less than or equal to ${MAX_PARALLELISM_FOR_INDEXED_JOB} when completion mode is Indexed`,
        ),
      );
    }
    if (spec.completions !== undefined && spec.maxFailedIndexes !== undefined && spec.maxFailedIndexes > spec.completions) {
      errs.push(FieldError.invalid(path.child('maxFailedIndexes'), spec.maxFailedIndexes, 'must be less than or equal to completions'));
    }
    if (spec.maxFailedIndexes !== undefined && spec.maxFailedIndexes > MAX_FAILED_INDEXES_FOR_INDEXED_JOB) {
      errs.push(
        FieldError.invalid(
          path.child('maxFailedIndexes'),
          spec.maxFailedIndexes,
          `must be less than or equal to ${MAX_FAILED_INDEXES_FOR_INDEXED_JOB}`,
        ),
      );
    }
    if (spec.completions !== undefined && spec.completions > COMPLETIONS_SOFT_LIMIT && spec.backoffLimitPerIndex !== undefined) {
      const high = `when completions are above ${COMPLETIONS_SOFT_LIMIT} and used with backoff limit per index`;
      if (spec.maxFailedIndexes === undefined) {
        errs.push(FieldError.required(path.child('maxFailedIndexes'), `must be specified when completions is above ${COMPLETIONS_SOFT_LIMIT}`));
      }
      if (spec.parallelism !== undefined && spec.parallelism > PARALLELISM_LIMIT_FOR_HIGH_COMPLETIONS) {
        errs.push(
          FieldError.invalid(path.child('parallelism'), spec.parallelism, `must be less than or equal to ${PARALLELISM_LIMIT_FOR_HIGH_COMPLETIONS} ${high}`),
        );
      }
      if (spec.maxFailedIndexes !== undefined && spec.maxFailedIndexes > MAX_FAILED_INDEXES_LIMIT_FOR_HIGH_COMPLETIONS) {
        errs.push(
          FieldError.invalid(
            path.child('maxFailedIndexes'),
            spec.maxFailedIndexes,
            `must be less than or equal to ${MAX_FAILED_INDEXES_LIMIT_FOR_HIGH_COMPLETIONS} ${high}`,
          ),
        );
      }
    }
  } else {
    if (spec.backoffLimitPerIndex !== undefined) {
      errs.push(FieldError.invalid(path.child('backoffLimitPerIndex'), spec.backoffLimitPerIndex, 'requires indexed completion mode'));
    }
    if (spec.maxFailedIndexes !== undefined) {
      errs.push(FieldError.invalid(path.child('maxFailedIndexes'), spec.maxFailedIndexes, 'requires indexed completion mode'));
    }
  }
  return errs;
}

function validatePodReplacementPolicy(spec: JobSpec__Output, path: FieldPath): FieldError[] {
  const policy = spec.podReplacementPolicy;
  if (policy === undefined) return [];
  if (spec.podFailurePolicy !== undefined) return policy === 'Failed' ? [] : [FieldError.notSupported(path, policy, ['Failed'])];
  return policy === 'Failed' || policy === 'TerminatingOrFailed'
    ? []
    : [FieldError.notSupported(path, policy, ['Failed', 'TerminatingOrFailed'])];
}

/** Kubernetes' IsDomainPrefixedPath plus the length limit: `example.com/controller`. */
function validateManagedBy(managedBy: string, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (managedBy.length === 0) errs.push(FieldError.required(path, ''));
  else {
    const slash = managedBy.indexOf('/');
    const host = slash < 0 ? managedBy : managedBy.slice(0, slash);
    const rest = slash < 0 ? '' : managedBy.slice(slash + 1);
    if (slash < 0 || host.length === 0 || rest.length === 0) {
      errs.push(FieldError.invalid(path, managedBy, 'must be a domain-prefixed path (such as "acme.io/foo")'));
    } else {
      errs.push(...isDNS1123Subdomain(host).map((msg) => FieldError.invalid(path, host, msg)));
      if (!HTTP_PATH_RE.test(rest)) errs.push(FieldError.invalid(path, rest, regexError('Invalid path', HTTP_PATH_FMT)));
    }
  }
  if (managedBy.length > MAX_MANAGED_BY_LENGTH) errs.push(FieldError.tooLong(path, managedBy, MAX_MANAGED_BY_LENGTH));
  return errs;
}

/**
 * Unless the selector is manual, the template must carry the generated labels (the Job's uid and
 * name) and the selector must select them.
 */
function validateGeneratedSelector(job: Job__Output, requirePrefixedLabels: boolean): FieldError[] {
  const spec = job.spec ?? {};
  if (spec.manualSelector === true || spec.selector === undefined) return [];
  const errs: FieldError[] = [];
  const uid = job.metadata?.uid ?? '';
  const name = job.metadata?.name ?? '';
  if (uid === '') errs.push(FieldError.required(FieldPath.root('metadata', 'uid'), ''));
  const metaPath = SPEC.child('template', 'metadata');
  const labels = spec.template?.metadata?.labels;
  const expected: Record<string, string> = {};
  const required: [string, string][] = [
    [LEGACY_CONTROLLER_UID_LABEL, uid],
    [LEGACY_JOB_NAME_LABEL, name],
  ];
  if (requirePrefixedLabels) {
    required.push([CONTROLLER_UID_LABEL, uid], [JOB_NAME_LABEL, name]);
    expected[CONTROLLER_UID_LABEL] = uid;
    expected[JOB_NAME_LABEL] = name;
  }
  for (const [key, value] of required) errs.push(...validateHasLabel(labels, metaPath, key, value));
  expected[LEGACY_CONTROLLER_UID_LABEL] = uid;
  expected[LEGACY_JOB_NAME_LABEL] = name;
  const converted = labelSelectorAsSelector(spec.selector);
  if (converted.ok && !converted.selector.matches(expected)) {
    errs.push(FieldError.invalid(SPEC.child('selector'), spec.selector, '`selector` not auto-generated'));
  }
  return errs;
}

function validateHasLabel(labels: Readonly<Record<string, string>> | undefined, path: FieldPath, key: string, value: string): FieldError[] {
  const p = path.child('labels').key(key);
  const actual = labels?.[key];
  if (actual === undefined) return [FieldError.required(p, `must be '${value}'`)];
  return actual === value ? [] : [FieldError.invalid(p, labels, `must be '${value}'`)];
}

/** completions is immutable, except on an Indexed Job where it may change together with parallelism. */
function validateCompletionsUpdate(spec: JobSpec__Output, oldSpec: JobSpec__Output): FieldError[] {
  const path = SPEC.child('completions');
  if (spec.completionMode !== 'Indexed') return validateImmutableField(spec.completions, oldSpec.completions, path);
  if (spec.completions === oldSpec.completions || spec.completions === undefined) return [];
  if (spec.completions !== spec.parallelism) {
    return [FieldError.invalid(path, spec.completions, 'can only be modified in tandem with spec.parallelism')];
  }
  return [];
}

/** The template is immutable; a suspended, never-started Job may change where its pods run. */
function validatePodTemplateUpdate(spec: JobSpec__Output, oldSpec: JobSpec__Output, opts: JobUpdateOptions): FieldError[] {
  const template = spec.template ?? {};
  let oldTemplate: PodTemplateSpec__Output = oldSpec.template ?? {};
  if (opts.allowMutableSchedulingDirectives) {
    const podSpec = template.spec ?? {};
    const oldPodSpec = { ...(oldTemplate.spec ?? {}) };
    const affinity = oldPodSpec.affinity === undefined ? undefined : { ...oldPodSpec.affinity };
    if (podSpec.affinity === undefined && affinity !== undefined) {
      delete affinity.nodeAffinity;
      oldPodSpec.affinity = Object.keys(affinity).some((k) => affinity[k as keyof typeof affinity] !== undefined) ? affinity : undefined;
    } else if (podSpec.affinity !== undefined && affinity === undefined) {
      oldPodSpec.affinity = { nodeAffinity: podSpec.affinity.nodeAffinity };
    } else if (podSpec.affinity !== undefined && affinity !== undefined) {
      oldPodSpec.affinity = { ...affinity, nodeAffinity: podSpec.affinity.nodeAffinity };
    }
    oldPodSpec.nodeSelector = podSpec.nodeSelector;
    oldPodSpec.tolerations = podSpec.tolerations;
    oldPodSpec.schedulingGates = podSpec.schedulingGates;
    oldTemplate = {
      metadata: { ...(oldTemplate.metadata ?? {}), labels: template.metadata?.labels, annotations: template.metadata?.annotations },
      spec: oldPodSpec,
    };
  }
  return validateImmutableField(template, oldTemplate, SPEC.child('template'), templateValue);
}

/**
 * A changed pod template as the error shows it. Kubernetes prints its internal core.PodTemplateSpec
 * with %#v: every field of the pod spec and pointer addresses, a type Skiff does not model. Skiff
 * prints the template's Kubernetes JSON as the untyped Go value it decodes to, so the message holds
 * the same fields and values as the client sent them.
 */
function templateValue(template: unknown): symbol {
  return Symbol(formatGoUntyped(kubernetesJSON(POD_TEMPLATE_SPEC, template as object)));
}

/** Validates a JobStatus: counters non-negative, uncounted pods unique and non-empty. */
export function validateJobStatus(status: JobStatus__Output, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  for (const f of ['active', 'succeeded', 'failed'] as const) errs.push(...validateNonnegativeField(status[f] ?? 0, path.child(f)));
  for (const f of ['ready', 'terminating'] as const) {
    const v = status[f];
    if (v !== undefined) errs.push(...validateNonnegativeField(v, path.child(f)));
  }
  const uncounted = status.uncountedTerminatedPods;
  if (uncounted !== undefined) {
    const p = path.child('uncountedTerminatedPods');
    const seen = new Set<string>();
    for (const f of ['succeeded', 'failed'] as const) {
      (uncounted[f] ?? []).forEach((uid, i) => {
        const ip = p.child(f).index(i);
        if (uid === '') errs.push(FieldError.invalid(ip, uid, 'must not be empty'));
        else if (seen.has(uid)) errs.push(FieldError.duplicate(ip, uid));
        else seen.add(uid);
      });
    }
  }
  return errs;
}

function isConditionTrue(status: JobStatus__Output, type: string): boolean {
  return (status.conditions ?? []).some((c) => c.type === type && c.status === 'True');
}
