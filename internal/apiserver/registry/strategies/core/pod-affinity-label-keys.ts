/**
 * matchLabelKeys and mismatchLabelKeys of pod (anti-)affinity terms, as Kubernetes 1.32 applies
 * them when a pod is created (MatchLabelKeysInPodAffinity, beta and on; the pod strategy's
 * mutatePodAffinity): each key the pod has a label for becomes a requirement of the term's label
 * selector, `key In (value)` for matchLabelKeys and `key NotIn (value)` for mismatchLabelKeys, in
 * every required and preferred term of both podAffinity and podAntiAffinity. Keys the pod has no
 * label for add nothing, and a term without a label selector is left alone (it selects no pod).
 * Only pods are changed, once, on create: templates keep the keys for their pods to resolve.
 */
import type { Affinity__Output } from '../../../../api/generated/skiff/core/v1/Affinity.js';
import type { LabelSelector__Output } from '../../../../api/generated/skiff/meta/v1/LabelSelector.js';
import type { Pod__Output } from '../../../../api/generated/skiff/core/v1/Pod.js';
import type { PodAffinity__Output } from '../../../../api/generated/skiff/core/v1/PodAffinity.js';
import type { PodAntiAffinity__Output } from '../../../../api/generated/skiff/core/v1/PodAntiAffinity.js';
import type { PodAffinityTerm__Output } from '../../../../api/generated/skiff/core/v1/PodAffinityTerm.js';
import type { WeightedPodAffinityTerm__Output } from '../../../../api/generated/skiff/core/v1/WeightedPodAffinityTerm.js';

type Labels = Readonly<Record<string, string>>;
const NO_LABELS: Labels = Object.freeze({});

/** Merges the label keys of every pod affinity term of `pod` into the term's label selector. */
export function applyAffinityLabelKeys(pod: Pod__Output): void {
  const affinity: Affinity__Output | undefined = pod.spec?.affinity;
  if (!affinity) return;
  const labels = pod.metadata?.labels ?? NO_LABELS;
  if (affinity.podAffinity) applyToGroup(affinity.podAffinity, labels);
  if (affinity.podAntiAffinity) applyToGroup(affinity.podAntiAffinity, labels);
}

function applyToGroup(group: PodAffinity__Output | PodAntiAffinity__Output, labels: Labels): void {
  applyToTerms(group.requiredDuringSchedulingIgnoredDuringExecution, labels);
  applyToWeightedTerms(group.preferredDuringSchedulingIgnoredDuringExecution, labels);
}

function applyToTerms(terms: readonly PodAffinityTerm__Output[] | undefined, labels: Labels): void {
  if (terms) for (let i = 0; i < terms.length; i++) applyToTerm(terms[i], labels);
}

function applyToWeightedTerms(terms: readonly WeightedPodAffinityTerm__Output[] | undefined, labels: Labels): void {
  if (!terms) return;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i].podAffinityTerm;
    if (term) applyToTerm(term, labels);
  }
}

function applyToTerm(term: PodAffinityTerm__Output, labels: Labels): void {
  const selector = term.labelSelector;
  if (!selector) return;
  addRequirements(selector, term.matchLabelKeys, 'In', labels);
  addRequirements(selector, term.mismatchLabelKeys, 'NotIn', labels);
}

function addRequirements(selector: LabelSelector__Output, keys: readonly string[] | undefined, operator: 'In' | 'NotIn', labels: Labels): void {
  if (!keys) return;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!Object.hasOwn(labels, key)) continue;
    (selector.matchExpressions ??= []).push({ key, operator, values: [labels[key]] });
  }
}
