import { describe, expect, it } from 'vitest';
import { KINDS, type KindInfo, type KubeObject } from '../../api/index.js';
import { formatTime, prepareMetaForUpdate, validateMetaForUpdate } from './object-meta.js';

describe('formatTime', () => {
  it('writes RFC 3339 in UTC to the second, as metav1.Time does', () => {
    expect(formatTime(Date.UTC(2026, 10, 25, 1, 2, 3, 999))).toBe('2026-11-25T01:02:03Z');
  });

  it('is right whichever second came before (it remembers the last one)', () => {
    const seconds = [5_000, 5_999, 6_000, 4_000, 4_999, 6_001, 0];
    expect(seconds.map(formatTime)).toStrictEqual([
      '1970-01-01T00:00:05Z',
      '1970-01-01T00:00:05Z',
      '1970-01-01T00:00:06Z',
      '1970-01-01T00:00:04Z',
      '1970-01-01T00:00:04Z',
      '1970-01-01T00:00:06Z',
      '1970-01-01T00:00:00Z',
    ]);
  });
});

describe('prepareMetaForUpdate and validateMetaForUpdate: the deletion state', () => {
  const CONFIGMAPS = KINDS.find((k) => k.group === '' && k.kind === 'ConfigMap') as KindInfo;
  const stored = (meta: NonNullable<KubeObject['metadata']> = {}): KubeObject => ({
    metadata: { name: 'a', namespace: 'default', uid: 'u1', resourceVersion: '3', creationTimestamp: '2026-01-01T00:00:00Z', ...meta },
  });
  const TERMINATING = { deletionTimestamp: '2026-01-01T00:00:50Z', deletionGracePeriodSeconds: 50 };

  /** The field errors of an update of `old` to an object with `meta`, after the update's preparation. */
  function updateErrors(old: KubeObject, meta: NonNullable<KubeObject['metadata']>): string[] {
    const obj = { metadata: { ...structuredClone(old.metadata), ...meta } };
    prepareMetaForUpdate(obj, old, { usesGeneration: false, statusUpdate: false });
    return validateMetaForUpdate(obj, old, CONFIGMAPS, true).map(String);
  }

  it.each<[string, KubeObject, NonNullable<KubeObject['metadata']>, string[]]>([
    ['a grace period left out keeps the stored one', stored(TERMINATING), { deletionGracePeriodSeconds: undefined }, []],
    ['a shorter grace period is refused', stored(TERMINATING), { deletionGracePeriodSeconds: 0 }, ['metadata.deletionGracePeriodSeconds: Invalid value: 0: field is immutable']],
    ['a grace period on a live object is refused', stored(), { deletionGracePeriodSeconds: 5 }, ['metadata.deletionGracePeriodSeconds: Invalid value: 5: field is immutable']],
    ['another deletionTimestamp on a terminating object gives way to the stored one', stored(TERMINATING), { deletionTimestamp: '2030-01-01T00:00:00Z' }, []],
    [
      'a deletionTimestamp on a live object is refused, printed as Go prints a time',
      stored(),
      { deletionTimestamp: '2026-03-04T05:06:07.25+01:00' },
      ['metadata.deletionTimestamp: Invalid value: 2026-03-04 04:06:07.25 +0000 UTC: field is immutable'],
    ],
  ])('%s', (_name, old, meta, errors) => {
    expect(updateErrors(old, meta)).toEqual(errors);
  });

  it('compares deletion times as instants, as Kubernetes’ semantic equality does', () => {
    const old = stored(TERMINATING);
    const obj = { metadata: { ...structuredClone(old.metadata), deletionTimestamp: '2026-01-01T01:00:50+01:00' } };
    expect(validateMetaForUpdate(obj, old, CONFIGMAPS, true)).toEqual([]);
  });
});
