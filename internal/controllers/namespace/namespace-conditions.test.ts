import { describe, expect, it } from 'vitest';
import { contentConditions, formatConditionTime, mergeConditions, type ContentSummary, type NamespaceCondition } from './namespace-conditions.js';

const T0 = '2026-01-01T00:00:00Z';
const T1 = '2026-01-01T00:00:05Z';

describe('contentConditions', () => {
  it.each<[string, ContentSummary, NamespaceCondition[]]>([
    ['nothing left: no failing condition', { remaining: [], failures: [] }, []],
    [
      'objects left, some held by finalizers: content and finalizers remaining, sorted',
      {
        remaining: [
          { resource: 'pods', group: '', count: 1, finalizers: {} },
          { resource: 'configmaps', group: '', count: 2, finalizers: { 'example.com/hold': 1, 'b.io/x': 2 } },
          { resource: 'replicasets', group: 'apps', count: 1, finalizers: { 'example.com/hold': 1 } },
        ],
        failures: [],
      },
      [
        {
          type: 'NamespaceContentRemaining',
          status: 'True',
          reason: 'SomeResourcesRemain',
          message: 'Some resources are remaining: configmaps. has 2 resource instances, pods. has 1 resource instances, replicasets.apps has 1 resource instances',
        },
        {
          type: 'NamespaceFinalizersRemaining',
          status: 'True',
          reason: 'SomeFinalizersRemain',
          message: 'Some content in the namespace has finalizers remaining: b.io/x in 2 resource instances, example.com/hold in 2 resource instances',
        },
      ],
    ],
    [
      'a failed deletion',
      { remaining: [], failures: ['secrets.: boom'] },
      [{ type: 'NamespaceDeletionContentFailure', status: 'True', reason: 'ContentDeletionFailed', message: 'Failed to delete all resource types, 1 remaining: secrets.: boom' }],
    ],
  ])('%s', (_name, summary, want) => {
    expect(contentConditions(summary)).toEqual(want);
  });
});

describe('mergeConditions', () => {
  it('writes every deletion condition, OK unless updated, in Kubernetes’ order', () => {
    const { conditions, changed } = mergeConditions(undefined, [{ type: 'NamespaceContentRemaining', status: 'True', reason: 'SomeResourcesRemain', message: 'm' }], T0);
    expect(changed).toBe(true);
    expect(conditions.map((c) => [c.type, c.status, c.reason])).toEqual([
      ['NamespaceDeletionDiscoveryFailure', 'False', 'ResourcesDiscovered'],
      ['NamespaceDeletionGroupVersionParsingFailure', 'False', 'ParsedGroupVersions'],
      ['NamespaceDeletionContentFailure', 'False', 'ContentDeleted'],
      ['NamespaceContentRemaining', 'True', 'SomeResourcesRemain'],
      ['NamespaceFinalizersRemaining', 'False', 'ContentHasNoFinalizers'],
    ]);
    expect(conditions.every((c) => c.lastTransitionTime === T0)).toBe(true);
  });

  it('keeps an unchanged condition’s lastTransitionTime and reports no change', () => {
    const first = mergeConditions(undefined, [], T0).conditions;
    const again = mergeConditions(first, [], T1);
    expect(again.changed).toBe(false);
    expect(again.conditions).toEqual(first);
  });

  it('moves only the condition that changed', () => {
    const first = mergeConditions(undefined, [{ type: 'NamespaceContentRemaining', status: 'True', reason: 'SomeResourcesRemain', message: 'm' }], T0).conditions;
    const next = mergeConditions(first, [], T1);
    expect(next.changed).toBe(true);
    const changed = next.conditions.filter((c) => c.lastTransitionTime === T1).map((c) => c.type);
    expect(changed).toEqual(['NamespaceContentRemaining']);
  });

  it('leaves conditions of other types alone', () => {
    const other: NamespaceCondition = { type: 'example.com/Custom', status: 'True', lastTransitionTime: T0 };
    expect(mergeConditions([other], [], T1).conditions[0]).toEqual(other);
  });
});

describe('formatConditionTime', () => {
  it('is RFC 3339 in seconds', () => {
    expect(formatConditionTime(Date.UTC(2026, 0, 2, 3, 4, 5, 678))).toBe('2026-01-02T03:04:05Z');
  });
});
