import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../../api/index.js';
import type { Affinity__Output } from '../../../../api/generated/skiff/core/v1/Affinity.js';
import type { Pod__Output } from '../../../../api/generated/skiff/core/v1/Pod.js';
import type { PodAffinityTerm__Output } from '../../../../api/generated/skiff/core/v1/PodAffinityTerm.js';
import { podStrategy } from './pod-strategy.js';

const LABELS = { app: 'web', 'pod-template-hash': 'abc', tier: 'front' };

function created(affinity: Affinity__Output): Affinity__Output | undefined {
  const pod: Pod__Output = { metadata: { name: 'p', labels: LABELS }, spec: { containers: [{ name: 'c', image: 'x:1' }], affinity } };
  podStrategy.prepareForCreate!(pod as KubeObject);
  return pod.spec?.affinity;
}

const term = (extra: Partial<PodAffinityTerm__Output>): PodAffinityTerm__Output => ({ topologyKey: 'zone', ...extra });

describe('pod affinity matchLabelKeys and mismatchLabelKeys on create', () => {
  it.each<[string, PodAffinityTerm__Output, PodAffinityTerm__Output['labelSelector']]>([
    [
      'match keys become In, mismatch keys NotIn, after what the selector had',
      term({
        labelSelector: { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'x', operator: 'Exists' }] },
        matchLabelKeys: ['pod-template-hash'],
        mismatchLabelKeys: ['tier'],
      }),
      {
        matchLabels: { app: 'web' },
        matchExpressions: [
          { key: 'x', operator: 'Exists' },
          { key: 'pod-template-hash', operator: 'In', values: ['abc'] },
          { key: 'tier', operator: 'NotIn', values: ['front'] },
        ],
      },
    ],
    [
      'keys the pod has no label for add nothing',
      term({ labelSelector: { matchLabels: { app: 'web' } }, matchLabelKeys: ['missing'], mismatchLabelKeys: ['gone'] }),
      { matchLabels: { app: 'web' } },
    ],
    [
      'an empty selector gains the requirements',
      term({ labelSelector: {}, matchLabelKeys: ['app'] }),
      { matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] },
    ],
    ['a term without a selector is left alone', term({ matchLabelKeys: ['app'] }), undefined],
  ])('%s', (_name, t, want) => {
    const affinity = created({ podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [t] } });
    expect(affinity?.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.[0].labelSelector).toEqual(want);
  });

  it('applies to required and preferred terms of affinity and anti-affinity alike', () => {
    const t = () => term({ labelSelector: {}, matchLabelKeys: ['app'] });
    const group = () => ({ requiredDuringSchedulingIgnoredDuringExecution: [t()], preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 1, podAffinityTerm: t() }] });
    const affinity = created({ podAffinity: group(), podAntiAffinity: group() });
    const want = { matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] };
    for (const g of [affinity?.podAffinity, affinity?.podAntiAffinity]) {
      expect(g?.requiredDuringSchedulingIgnoredDuringExecution?.[0].labelSelector).toEqual(want);
      expect(g?.preferredDuringSchedulingIgnoredDuringExecution?.[0].podAffinityTerm?.labelSelector).toEqual(want);
    }
  });

  it('leaves an update alone: the keys were merged once, on create', () => {
    const affinity: Affinity__Output = { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [term({ labelSelector: {}, matchLabelKeys: ['app'] })] } };
    const pod = { metadata: { name: 'p', labels: LABELS }, spec: { containers: [{ name: 'c', image: 'x:1' }], affinity } };
    podStrategy.prepareForUpdate!(pod as KubeObject, structuredClone(pod) as KubeObject);
    expect(pod.spec.affinity.podAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.[0].labelSelector).toEqual({});
  });
});
