import { describe, expect, it } from 'vitest';
import { KINDS, StatusError, type KindInfo, type KubeObject } from '../../api/index.js';
import { checkPreconditions, isAcceptedDelete, markForDeletion } from './deletion.js';
import type { DeleteOptions } from './request-options.js';
import type { Strategy } from './strategy.js';

const T0 = Date.UTC(2026, 0, 1, 0, 0, 0);
const at = (seconds: number): number => T0 + seconds * 1000;

const kind = (group: string, name: string): KindInfo => KINDS.find((k) => k.group === group && k.kind === name)!;
const CONFIGMAPS = kind('', 'ConfigMap');
const PODS = kind('', 'Pod');
const DEPLOYMENTS = kind('apps', 'Deployment');
const NAMESPACES = kind('', 'Namespace');

/** Graceful deletion as pods have it, with the grace the client asks for or 30 seconds. */
const GRACEFUL: Strategy = { gracePeriod: (_obj, requested) => requested ?? 30, returnDeletedObject: true };
const PLAIN: Strategy = {};
const NAMESPACE: Strategy = {
  pendingFinalizers: (obj) => ((obj as KubeObject & { spec?: { finalizers?: string[] } }).spec?.finalizers ?? []).length > 0,
  onMarkedForDeletion: (obj) => {
    (obj as KubeObject & { status?: { phase?: string } }).status = { phase: 'Terminating' };
  },
};

function object(meta: NonNullable<KubeObject['metadata']> = {}): KubeObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default', uid: 'u1', resourceVersion: '7', ...meta } };
}

/** A pod a first delete marked at T0 with a 50 second grace period. */
const terminating = (extra: NonNullable<KubeObject['metadata']> = {}): KubeObject =>
  object({ deletionTimestamp: '2026-01-01T00:00:50Z', deletionGracePeriodSeconds: 50, ...extra });

describe('markForDeletion: graceful deletion', () => {
  it('marks a first delete with the grace period the strategy gives and the deletion time it sets', () => {
    const marked = markForDeletion(PODS, object(), { gracePeriodSeconds: 50 }, GRACEFUL, at(3));
    expect(marked?.metadata).toMatchObject({ deletionTimestamp: '2026-01-01T00:00:53Z', deletionGracePeriodSeconds: 50 });
  });

  it.each([
    ['10', 10, '2026-01-01T00:00:10Z', 10],
    ['0', 0, '2026-01-01T00:00:00Z', 0],
    ['-5, which counts as 1', -5, '2026-01-01T00:00:01Z', 1],
  ])('moves a later delete with a shorter grace period (%s) from the first one’s start, not from now', (_name, grace, timestamp, stored) => {
    const marked = markForDeletion(PODS, terminating({ finalizers: ['example.com/hold'] }), { gracePeriodSeconds: grace }, GRACEFUL, at(20));
    expect(marked?.metadata).toMatchObject({ deletionTimestamp: timestamp, deletionGracePeriodSeconds: stored });
  });

  it('deletes at once when a shorter grace period of zero leaves nothing to wait for', () => {
    expect(markForDeletion(PODS, terminating(), { gracePeriodSeconds: 0 }, GRACEFUL, at(20))).toBeUndefined();
  });

  it.each<[string, DeleteOptions]>([
    ['no grace period', {}],
    ['a longer grace period', { gracePeriodSeconds: 90 }],
    ['the same grace period', { gracePeriodSeconds: 50 }],
    ['a propagation policy alone', { propagationPolicy: 'Foreground' }],
  ])('leaves an object already terminating as it is for %s', (_name, options: DeleteOptions) => {
    const current = terminating();
    expect(markForDeletion(PODS, current, options, GRACEFUL, at(20))).toBe(current);
  });
});

describe('markForDeletion: kinds without graceful deletion', () => {
  it('ignores gracePeriodSeconds and deletes at once', () => {
    expect(markForDeletion(CONFIGMAPS, object(), { gracePeriodSeconds: 30 }, PLAIN, at(3))).toBeUndefined();
  });

  it('marks an object held by finalizers as due now with a grace period of zero', () => {
    const marked = markForDeletion(CONFIGMAPS, object({ finalizers: ['example.com/hold'] }), { gracePeriodSeconds: 30 }, PLAIN, at(3));
    expect(marked?.metadata).toMatchObject({ deletionTimestamp: '2026-01-01T00:00:03Z', deletionGracePeriodSeconds: 0 });
  });

  it('keeps the first deletion time on a later delete', () => {
    const current = object({ finalizers: ['example.com/hold'], deletionTimestamp: '2026-01-01T00:00:03Z', deletionGracePeriodSeconds: 0 });
    expect(markForDeletion(CONFIGMAPS, current, {}, PLAIN, at(60))).toBe(current);
  });
});

describe('markForDeletion: the garbage collector’s finalizers, as the generic store sets them', () => {
  const HOLD = 'example.com/hold';
  it.each<[string, string[], DeleteOptions, string[]]>([
    ['Foreground appends foregroundDeletion', [HOLD], { propagationPolicy: 'Foreground' }, [HOLD, 'foregroundDeletion']],
    ['Orphan replaces foregroundDeletion, at the end', ['foregroundDeletion', HOLD], { propagationPolicy: 'Orphan' }, [HOLD, 'orphan']],
    ['Background removes orphan', ['orphan', HOLD], { propagationPolicy: 'Background' }, [HOLD]],
    ['the finalizer asked for, already there, stays where it is', ['orphan', HOLD], { propagationPolicy: 'Orphan' }, ['orphan', HOLD]],
    ['repeated names stay when nothing else changes', [HOLD, 'orphan', HOLD], { orphanDependents: true }, [HOLD, 'orphan', HOLD]],
    ['both present: the one asked for moves to the end', ['orphan', HOLD, 'foregroundDeletion'], { propagationPolicy: 'Orphan' }, [HOLD, 'orphan']],
    ['both present and no policy: the first one wins, at the end', ['foregroundDeletion', HOLD, 'orphan'], {}, [HOLD, 'foregroundDeletion']],
  ])('%s', (_name, finalizers, options, expected) => {
    const marked = markForDeletion(CONFIGMAPS, object({ finalizers }), options, PLAIN, at(3));
    expect(marked?.metadata?.finalizers).toEqual(expected);
  });
});

describe('markForDeletion: a kind’s default garbage collection policy', () => {
  const HOLD = 'example.com/hold';
  const ORPHANING: Strategy = { defaultGarbageCollectionPolicy: 'OrphanDependents' };
  const UNSUPPORTED: Strategy = { defaultGarbageCollectionPolicy: 'Unsupported' };
  it.each<[string, Strategy, string[], DeleteOptions, string[] | 'deleted']>([
    ['OrphanDependents adds orphan when nothing asks otherwise', ORPHANING, [], {}, ['orphan']],
    ['OrphanDependents gives way to the collector’s finalizer the object holds', ORPHANING, ['foregroundDeletion', HOLD], {}, ['foregroundDeletion', HOLD]],
    ['OrphanDependents gives way to the request', ORPHANING, [], { propagationPolicy: 'Background' }, 'deleted'],
    ['OrphanDependents gives way to orphanDependents=false', ORPHANING, [], { orphanDependents: false }, 'deleted'],
    ['Unsupported ignores the request', UNSUPPORTED, [], { propagationPolicy: 'Foreground' }, 'deleted'],
    ['Unsupported drops the collector’s finalizers the object holds', UNSUPPORTED, ['orphan', HOLD], { orphanDependents: true }, [HOLD]],
    ['Unsupported deletes what only the collector’s finalizer held', UNSUPPORTED, ['foregroundDeletion'], {}, 'deleted'],
  ])('%s', (_name, strategy, finalizers, options, expected) => {
    const marked = markForDeletion(CONFIGMAPS, object({ finalizers }), options, strategy, at(3));
    expect(marked === undefined ? 'deleted' : marked.metadata?.finalizers).toEqual(expected);
  });
});

describe('markForDeletion: namespaces', () => {
  const namespace = (extra: Record<string, unknown> = {}): KubeObject =>
    ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team', uid: 'u1', resourceVersion: '7' }, spec: { finalizers: ['kubernetes'] }, ...extra }) as KubeObject;

  it('marks a first delete with a deletionTimestamp and phase Terminating, but no grace period', () => {
    const marked = markForDeletion(NAMESPACES, namespace(), {}, NAMESPACE, at(3)) as KubeObject & { status?: unknown };
    expect(marked.metadata?.deletionTimestamp).toBe('2026-01-01T00:00:03Z');
    expect(marked.metadata).not.toHaveProperty('deletionGracePeriodSeconds');
    expect(marked.status).toEqual({ phase: 'Terminating' });
  });

  it('marks a first delete even with no finalizers at all', () => {
    expect(markForDeletion(NAMESPACES, namespace({ spec: {} }), {}, NAMESPACE, at(3))?.metadata?.deletionTimestamp).toBe('2026-01-01T00:00:03Z');
  });

  it.each<[string, DeleteOptions, string[], string[] | undefined]>([
    ['orphanDependents=false asks for foreground deletion', { orphanDependents: false }, [], ['foregroundDeletion']],
    ['Foreground replaces orphan', { propagationPolicy: 'Foreground' }, ['orphan'], ['foregroundDeletion']],
    ['orphanDependents=true replaces foregroundDeletion', { orphanDependents: true }, ['foregroundDeletion'], ['orphan']],
    ['Background removes both', { propagationPolicy: 'Background' }, ['orphan', 'example.com/hold', 'foregroundDeletion'], ['example.com/hold']],
    ['no policy keeps them', {}, ['orphan'], ['orphan']],
    ['no policy keeps both, where the generic store keeps the first', {}, ['foregroundDeletion', 'example.com/hold', 'orphan'], ['foregroundDeletion', 'example.com/hold', 'orphan']],
    ['a change leaves each name once', { propagationPolicy: 'Orphan' }, ['example.com/a', 'example.com/a'], ['example.com/a', 'orphan']],
  ])('sets the garbage collector’s finalizers on a first delete as namespace storage does: %s', (_name, options, finalizers, expected) => {
    const marked = markForDeletion(NAMESPACES, namespace({ metadata: { name: 'team', finalizers } }), options, NAMESPACE, at(3));
    expect(marked?.metadata?.finalizers).toEqual(expected);
  });

  it('changes nothing while spec.finalizers remain, whatever the options', () => {
    const current = namespace({ metadata: { name: 'team', deletionTimestamp: '2026-01-01T00:00:03Z' } });
    expect(markForDeletion(NAMESPACES, current, { propagationPolicy: 'Orphan' }, NAMESPACE, at(60))).toBe(current);
  });

  it('deletes a terminating namespace once its spec.finalizers are gone', () => {
    const current = namespace({ metadata: { name: 'team', deletionTimestamp: '2026-01-01T00:00:03Z' }, spec: {} });
    expect(markForDeletion(NAMESPACES, current, {}, NAMESPACE, at(60))).toBeUndefined();
  });
});

describe('checkPreconditions', () => {
  const conflictOf = (info: KindInfo, options: DeleteOptions): StatusError => {
    try {
      checkPreconditions(info, 'd1', object({ uid: 'the-uid', resourceVersion: '25' }), options);
    } catch (err) {
      return err as StatusError;
    }
    throw new Error('expected a Conflict');
  };

  it.each([
    [
      'ConfigMap uid',
      CONFIGMAPS,
      { uid: 'nope' },
      'Operation cannot be fulfilled on ConfigMap "d1": the UID in the precondition (nope) does not match the UID in record (the-uid). The object might have been deleted and then recreated',
      'ConfigMap',
    ],
    [
      'ConfigMap resourceVersion',
      CONFIGMAPS,
      { resourceVersion: '1' },
      'Operation cannot be fulfilled on ConfigMap "d1": the ResourceVersion in the precondition (1) does not match the ResourceVersion in record (25). The object might have been modified',
      'ConfigMap',
    ],
    [
      'Deployment uid',
      DEPLOYMENTS,
      { uid: 'nope' },
      'Operation cannot be fulfilled on Deployment.apps "d1": the UID in the precondition (nope) does not match the UID in record (the-uid). The object might have been deleted and then recreated',
      'Deployment',
    ],
    ['Namespace uid', NAMESPACES, { uid: 'nope' }, 'Operation cannot be fulfilled on namespaces "d1": Precondition failed: UID in precondition: nope, UID in object meta: the-uid', 'namespaces'],
    [
      'Namespace resourceVersion',
      NAMESPACES,
      { resourceVersion: '1' },
      'Operation cannot be fulfilled on namespaces "d1": Precondition failed: ResourceVersion in precondition: 1, ResourceVersion in object meta: 25',
      'namespaces',
    ],
  ])('%s: 409 as Kubernetes words it', (_name, info, preconditions, message, detailsKind) => {
    const err = conflictOf(info, { preconditions });
    expect(err.status).toMatchObject({ code: 409, reason: 'Conflict', message, details: { name: 'd1', kind: detailsKind, group: info.group } });
  });

  it('lets matching preconditions through', () => {
    expect(() => checkPreconditions(CONFIGMAPS, 'd1', object({ uid: 'the-uid', resourceVersion: '25' }), { preconditions: { uid: 'the-uid', resourceVersion: '25' } })).not.toThrow();
  });
});

describe('isAcceptedDelete', () => {
  it.each<[boolean, DeleteOptions, boolean]>([
    [true, { orphanDependents: false }, true],
    [true, {}, false],
    [true, { propagationPolicy: 'Foreground' }, false],
    [true, { orphanDependents: true }, false],
    [false, { orphanDependents: false }, false],
  ])('pending=%s with %j: 202 is %s', (pending, options: DeleteOptions, accepted) => {
    expect(isAcceptedDelete(pending, options)).toBe(accepted);
  });
});
