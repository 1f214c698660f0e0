/**
 * The scheduling constraints of a pod as Kubernetes validates them: node selectors and node
 * affinity, pod (anti-)affinity, tolerations, taints, and topology spread constraints.
 */
import type { Affinity__Output } from '../../generated/skiff/core/v1/Affinity.js';
import type { NodeSelector__Output } from '../../generated/skiff/core/v1/NodeSelector.js';
import type { NodeSelectorRequirement__Output } from '../../generated/skiff/core/v1/NodeSelectorRequirement.js';
import type { NodeSelectorTerm__Output } from '../../generated/skiff/core/v1/NodeSelectorTerm.js';
import type { PodAffinityTerm__Output } from '../../generated/skiff/core/v1/PodAffinityTerm.js';
import type { Taint__Output } from '../../generated/skiff/core/v1/Taint.js';
import type { Toleration__Output } from '../../generated/skiff/core/v1/Toleration.js';
import type { TopologySpreadConstraint__Output } from '../../generated/skiff/core/v1/TopologySpreadConstraint.js';
import type { WeightedPodAffinityTerm__Output } from '../../generated/skiff/core/v1/WeightedPodAffinityTerm.js';
import type { LabelSelector__Output } from '../../generated/skiff/meta/v1/LabelSelector.js';
import { validateLabelSelector } from '../../labels/index.js';
import { appendInvalid, FieldError, type FieldPath, goValue, isQualifiedName, isValidLabelValue, nameIsDNSSubdomain, validateLabelName, validateNamespaceName } from '../index.js';
import { GO_TAINT } from './go-types.js';

/** The taint effects Kubernetes knows, in its message order. */
export const TAINT_EFFECTS: readonly string[] = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

function validateTaintEffect(effect: string, allowEmpty: boolean, path: FieldPath): FieldError[] {
  if (!allowEmpty && effect === '') return [FieldError.required(path)];
  return TAINT_EFFECTS.includes(effect) ? [] : [FieldError.notSupported(path, effect, TAINT_EFFECTS)];
}

/** Validates tolerations: keys, operators, values and effects. */
export function validateTolerations(tolerations: readonly Toleration__Output[] | undefined, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (!tolerations) return errs;
  for (let i = 0; i < tolerations.length; i++) {
    const t = tolerations[i];
    const p = path.index(i);
    const key = t.key ?? '';
    const op = t.operator ?? '';
    const value = t.value ?? '';
    const effect = t.effect ?? '';
    if (key.length > 0) {
      const msgs = isQualifiedName(key);
      if (msgs.length > 0) appendInvalid(errs, p.child('key'), key, msgs);
    }
    if (key.length === 0 && op !== 'Exists') {
      errs.push(FieldError.invalid(p.child('operator'), op, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    }
    if (t.tolerationSeconds !== undefined && effect !== 'NoExecute') {
      errs.push(FieldError.invalid(p.child('effect'), effect, "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    }
    if (op === 'Equal' || op === '') {
      const msgs = isValidLabelValue(value);
      if (msgs.length > 0) errs.push(FieldError.invalid(p.child('operator'), value, msgs.join(';')));
    } else if (op === 'Exists') {
      if (value.length > 0) errs.push(FieldError.invalid(p.child('operator'), value, "value must be empty when `operator` is 'Exists'"));
    } else {
      errs.push(FieldError.notSupported(p.child('operator'), op, ['Equal', 'Exists']));
    }
    if (effect.length > 0 && !TAINT_EFFECTS.includes(effect)) errs.push(...validateTaintEffect(effect, true, p.child('effect')));
  }
  return errs;
}

/** Validates a node's taints: keys, values, effects, unique by key and effect. */
export function validateTaints(taints: readonly Taint__Output[] | undefined, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  (taints ?? []).forEach((t, i) => {
    const p = path.index(i);
    const key = t.key ?? '';
    const effect = t.effect ?? '';
    errs.push(...validateLabelName(key, p.child('key')));
    const msgs = isValidLabelValue(t.value ?? '');
    if (msgs.length > 0) errs.push(FieldError.invalid(p.child('value'), t.value ?? '', msgs.join(';')));
    errs.push(...validateTaintEffect(effect, false, p.child('effect')));
    const k = `${effect}\u0000${key}`;
    if (seen.has(k)) {
      errs.push(new FieldError('FieldValueDuplicate', p.toString(), goValue(GO_TAINT, t), 'taints must be unique by key and effect pair'));
      return;
    }
    seen.add(k);
  });
  return errs;
}

function validateNodeSelectorRequirement(rq: NodeSelectorRequirement__Output, allowInvalidValues: boolean, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const values = rq.values ?? [];
  switch (rq.operator) {
    case 'In':
    case 'NotIn':
      if (values.length === 0) errs.push(FieldError.required(path.child('values'), "must be specified when `operator` is 'In' or 'NotIn'"));
      break;
    case 'Exists':
    case 'DoesNotExist':
      if (values.length > 0) errs.push(FieldError.forbidden(path.child('values'), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
      break;
    case 'Gt':
    case 'Lt':
      if (values.length !== 1) errs.push(FieldError.required(path.child('values'), "must be specified single value when `operator` is 'Lt' or 'Gt'"));
      break;
    default:
      errs.push(FieldError.invalid(path.child('operator'), rq.operator ?? '', 'not a valid selector operator'));
  }
  errs.push(...validateLabelName(rq.key ?? '', path.child('key')));
  if (!allowInvalidValues) {
    values.forEach((v, i) => errs.push(...isValidLabelValue(v).map((m) => FieldError.invalid(path.child('values').index(i), v, m))));
  }
  return errs;
}

function validateNodeFieldSelectorRequirement(rq: NodeSelectorRequirement__Output, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const values = rq.values ?? [];
  if (rq.operator === 'In' || rq.operator === 'NotIn') {
    if (values.length !== 1) {
      errs.push(FieldError.required(path.child('values'), "must be only one value when `operator` is 'In' or 'NotIn' for node field selector"));
    }
  } else errs.push(FieldError.invalid(path.child('operator'), rq.operator ?? '', 'not a valid selector operator'));
  if (rq.key !== 'metadata.name') errs.push(FieldError.invalid(path.child('key'), rq.key ?? '', 'not a valid field selector key'));
  else values.forEach((v, i) => errs.push(...nameIsDNSSubdomain(v, false).map((m) => FieldError.invalid(path.child('values').index(i), v, m))));
  return errs;
}

function validateNodeSelectorTerm(term: NodeSelectorTerm__Output, allowInvalidValues: boolean, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  (term.matchExpressions ?? []).forEach((r, j) => errs.push(...validateNodeSelectorRequirement(r, allowInvalidValues, path.child('matchExpressions').index(j))));
  (term.matchFields ?? []).forEach((r, j) => errs.push(...validateNodeFieldSelectorRequirement(r, path.child('matchFields').index(j))));
  return errs;
}

/** Validates a required node selector (at least one term). */
export function validateNodeSelector(ns: NodeSelector__Output, path: FieldPath): FieldError[] {
  const termsPath = path.child('nodeSelectorTerms');
  const terms = ns.nodeSelectorTerms ?? [];
  if (terms.length === 0) return [FieldError.required(termsPath, 'must have at least one node selector term')];
  return terms.flatMap((t, i) => validateNodeSelectorTerm(t, false, termsPath.index(i)));
}

function validatePodAffinityTerm(term: PodAffinityTerm__Output, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  errs.push(...validateLabelSelector(term.labelSelector, path.child('labelSelector')));
  errs.push(...validateLabelSelector(term.namespaceSelector, path.child('namespaceSelector')));
  for (const name of term.namespaces ?? []) {
    errs.push(...validateNamespaceName(name, false).map((m) => FieldError.invalid(path.child('namespace'), name, m)));
  }
  errs.push(...validateMatchLabelKeys(path, term.matchLabelKeys ?? [], term.mismatchLabelKeys ?? [], term.labelSelector));
  const topologyKey = term.topologyKey ?? '';
  if (topologyKey.length === 0) errs.push(FieldError.required(path.child('topologyKey'), 'can not be empty'));
  errs.push(...validateLabelName(topologyKey, path.child('topologyKey')));
  return errs;
}

function validateMatchLabelKeys(
  path: FieldPath,
  matchKeys: readonly string[],
  mismatchKeys: readonly string[],
  selector: LabelSelector__Output | null | undefined,
): FieldError[] {
  const errs: FieldError[] = [];
  for (const [name, keys] of [
    ['matchLabelKeys', matchKeys],
    ['mismatchLabelKeys', mismatchKeys],
  ] as const) {
    if (keys.length === 0) continue;
    if (!selector) errs.push(FieldError.forbidden(path.child(name), 'must not be specified when labelSelector is not set'));
    else keys.forEach((k, i) => errs.push(...validateLabelName(k, path.child(name).index(i))));
  }
  const mismatch = new Set(mismatchKeys);
  matchKeys.forEach((k, i) => {
    if (mismatch.has(k)) errs.push(FieldError.invalid(path.child('matchLabelKeys').index(i), k, 'exists in both matchLabelKeys and mismatchLabelKeys'));
  });
  return errs;
}

function validateWeightedTerms(terms: readonly WeightedPodAffinityTerm__Output[], path: FieldPath): FieldError[] {
  return terms.flatMap((t, j) => {
    const errs: FieldError[] = [];
    const w = t.weight ?? 0;
    if (w <= 0 || w > 100) errs.push(FieldError.invalid(path.index(j).child('weight'), w, 'must be in the range 1-100'));
    errs.push(...validatePodAffinityTerm(t.podAffinityTerm ?? {}, path.index(j).child('podAffinityTerm')));
    return errs;
  });
}

/** Validates node affinity, pod affinity and pod anti-affinity. */
export function validateAffinity(a: Affinity__Output | null | undefined, path: FieldPath): FieldError[] {
  if (!a) return [];
  const errs: FieldError[] = [];
  const na = a.nodeAffinity;
  if (na) {
    const p = path.child('nodeAffinity');
    const required = na.requiredDuringSchedulingIgnoredDuringExecution;
    if (required) errs.push(...validateNodeSelector(required, p.child('requiredDuringSchedulingIgnoredDuringExecution')));
    (na.preferredDuringSchedulingIgnoredDuringExecution ?? []).forEach((t, i) => {
      const tp = p.child('preferredDuringSchedulingIgnoredDuringExecution').index(i);
      const w = t.weight ?? 0;
      if (w <= 0 || w > 100) errs.push(FieldError.invalid(tp.child('weight'), w, 'must be in the range 1-100'));
      // Preferred terms may use any label value: they can still match on a one-node cluster.
      errs.push(...validateNodeSelectorTerm(t.preference ?? {}, true, tp.child('preference')));
    });
  }
  for (const [name, pa] of [
    ['podAffinity', a.podAffinity],
    ['podAntiAffinity', a.podAntiAffinity],
  ] as const) {
    if (!pa) continue;
    const p = path.child(name);
    (pa.requiredDuringSchedulingIgnoredDuringExecution ?? []).forEach((t, i) =>
      errs.push(...validatePodAffinityTerm(t, p.child('requiredDuringSchedulingIgnoredDuringExecution').index(i))),
    );
    errs.push(...validateWeightedTerms(pa.preferredDuringSchedulingIgnoredDuringExecution ?? [], p.child('preferredDuringSchedulingIgnoredDuringExecution')));
  }
  return errs;
}

/** Validates topology spread constraints. */
export function validateTopologySpreadConstraints(constraints: readonly TopologySpreadConstraint__Output[] | undefined, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const list = constraints ?? [];
  list.forEach((c, i) => {
    const p = path.index(i);
    const maxSkew = c.maxSkew ?? 0;
    if (maxSkew <= 0) errs.push(FieldError.invalid(p.child('maxSkew'), maxSkew, 'must be greater than zero'));
    if (!c.topologyKey) errs.push(FieldError.required(p.child('topologyKey'), 'can not be empty'));
    const action = c.whenUnsatisfiable ?? '';
    if (action !== 'DoNotSchedule' && action !== 'ScheduleAnyway') {
      errs.push(FieldError.notSupported(p.child('whenUnsatisfiable'), action, ['DoNotSchedule', 'ScheduleAnyway']));
    }
    if (list.slice(i + 1).some((o) => o.topologyKey === c.topologyKey && o.whenUnsatisfiable === c.whenUnsatisfiable)) {
      errs.push(FieldError.duplicate(p.child('{topologyKey, whenUnsatisfiable}'), `{${c.topologyKey ?? ''}, ${action}}`));
    }
    if (c.minDomains !== undefined) {
      if (c.minDomains <= 0) errs.push(FieldError.invalid(p.child('minDomains'), c.minDomains, 'must be greater than zero'));
      if (action !== 'DoNotSchedule') {
        errs.push(FieldError.invalid(p.child('minDomains'), c.minDomains, `can only use minDomains if whenUnsatisfiable=DoNotSchedule, not ${action}`));
      }
    }
    for (const name of ['nodeAffinityPolicy', 'nodeTaintsPolicy'] as const) {
      const v = c[name];
      if (v !== undefined && v !== 'Honor' && v !== 'Ignore') errs.push(FieldError.notSupported(p.child(name), v, ['Honor', 'Ignore']));
    }
    const keys = c.matchLabelKeys ?? [];
    if (keys.length > 0) {
      const kp = p.child('matchLabelKeys');
      const selectorKeys = new Set<string>();
      if (c.labelSelector) {
        for (const k of Object.keys(c.labelSelector.matchLabels ?? {})) selectorKeys.add(k);
        for (const e of c.labelSelector.matchExpressions ?? []) selectorKeys.add(e.key ?? '');
      } else errs.push(FieldError.forbidden(kp, 'must not be specified when labelSelector is not set'));
      keys.forEach((k, j) => {
        errs.push(...validateLabelName(k, kp.index(j)));
        if (selectorKeys.has(k)) errs.push(FieldError.invalid(kp.index(j), k, 'exists in both matchLabelKeys and labelSelector'));
      });
    }
    errs.push(...validateLabelSelector(c.labelSelector, p.child('labelSelector')));
  });
  return errs;
}
