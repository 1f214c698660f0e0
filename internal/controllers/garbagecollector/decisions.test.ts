import { describe, expect, it } from 'vitest';
import {
  classifyReferences,
  decideDeletingDependents,
  decideDependent,
  decideLatest,
  ownerLocation,
  ownerVerdict,
  unblockedOwnerReferences,
  withoutFinalizer,
  type DependentDecision,
  type LatestDecision,
  type OwnerVerdict,
} from './decisions.js';
import { Graph, GraphNode } from './graph.js';
import type { GraphMeta, ObjectIdentity, OwnerReference } from './object-reference.js';

const DELETED = '2026-01-01T00:00:00Z';
const owner = (uid: string, extra: Partial<OwnerReference> = {}): OwnerReference => ({ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: uid, uid, ...extra });
const identity = (name: string): ObjectIdentity => ({ apiVersion: 'v1', kind: 'Pod', name, uid: `uid-${name}`, namespace: 'default' });
const present = (meta: GraphMeta = {}): OwnerVerdict => ({ state: 'present', meta });
const ABSENT: OwnerVerdict = { state: 'absent' };
const FOREGROUND: OwnerVerdict = present({ deletionTimestamp: DELETED, finalizers: ['foregroundDeletion'] });

describe('ownerLocation', () => {
  it.each([
    ['a namespaced dependent, namespaced owner: looked up in the dependent’s namespace', 'ns1', true, { kind: 'lookup', namespace: 'ns1' }],
    ['a namespaced dependent, cluster-scoped owner: fine, looked up cluster-wide', 'ns1', false, { kind: 'lookup', namespace: '' }],
    ['a cluster-scoped dependent, cluster-scoped owner', '', false, { kind: 'lookup', namespace: '' }],
    ['a cluster-scoped dependent, namespaced owner: invalid', '', true, { kind: 'namespacedOwnerOfClusterScopedObject' }],
    ['an owner kind the RESTMapper does not know', 'ns1', undefined, { kind: 'unknownKind' }],
  ] as const)('%s', (_name, ns, namespaced, want) => {
    expect(ownerLocation(ns, namespaced)).toEqual(want);
  });
});

describe('ownerVerdict', () => {
  it.each([
    ['NotFound is absent', undefined, 'absent'],
    ['a different uid is absent', { uid: 'other' }, 'absent'],
    ['the same uid is present', { uid: 'o1' }, 'present'],
  ] as const)('%s', (_name, found, state) => {
    expect(ownerVerdict(owner('o1'), found).state).toBe(state);
  });
});

describe('classifyReferences', () => {
  it('sorts owners into solid, dangling and waiting for dependents’ deletion', () => {
    const refs = [owner('solid'), owner('gone'), owner('fg'), owner('bg-deleting')];
    const verdicts = new Map<string, OwnerVerdict>([
      ['solid', present()],
      ['gone', ABSENT],
      ['fg', FOREGROUND],
      // An owner being deleted without foregroundDeletion still counts as solid (it goes on its own).
      ['bg-deleting', present({ deletionTimestamp: DELETED, finalizers: ['example.com/x'] })],
    ]);
    const c = classifyReferences(refs, verdicts);
    expect(c.solid.map((r) => r.uid)).toEqual(['solid', 'bg-deleting']);
    expect(c.dangling.map((r) => r.uid)).toEqual(['gone']);
    expect(c.waitingForDependentsDeletion.map((r) => r.uid)).toEqual(['fg']);
  });
});

describe('decideLatest', () => {
  const node = (extra: Partial<GraphNode> = {}): GraphNode => Object.assign(new GraphNode(identity('p'), [], true), extra);
  it.each<[string, Partial<GraphNode>, GraphMeta | undefined, LatestDecision['action']]>([
    ['being deleted (Background or Orphan): nothing to do', { beingDeleted: true }, { uid: 'uid-p' }, 'skip'],
    ['not found: a virtual delete', {}, undefined, 'virtualDelete'],
    ['another uid under the name: a virtual delete', {}, { uid: 'uid-other' }, 'virtualDelete'],
    ['deleting its dependents', { beingDeleted: true, deletingDependents: true }, { uid: 'uid-p' }, 'processDeletingDependents'],
    ['no ownerReferences: nothing to collect', {}, { uid: 'uid-p' }, 'none'],
    ['ownerReferences: check the owners', {}, { uid: 'uid-p', ownerReferences: [owner('o')] }, 'classifyOwners'],
  ])('%s', (_name, extra, latest, action) => {
    expect(decideLatest(node(extra), latest).action).toBe(action);
  });
});

describe('decideDependent', () => {
  const refs = { solid: owner('s'), dangling: owner('d'), waiting: owner('w') };
  type Row = [string, { solid?: boolean; dangling?: boolean; waiting?: boolean }, GraphMeta, { deletingDependents: boolean }[], DependentDecision];
  it.each<Row>([
    ['only solid owners: keep it', { solid: true }, {}, [], { action: 'none' }],
    ['solid and dangling owners: drop the dangling reference', { solid: true, dangling: true }, {}, [], { action: 'removeOwnerReferences', uids: ['d'] }],
    ['solid and waiting owners: drop the waiting reference', { solid: true, waiting: true }, {}, [], { action: 'removeOwnerReferences', uids: ['w'] }],
    ['every owner gone: delete in the Background', { dangling: true }, {}, [], { action: 'delete', policy: 'Background', unblockOwnerReferences: false }],
    ['every owner gone, its own orphan finalizer: honour Orphan', { dangling: true }, { finalizers: ['orphan'] }, [], { action: 'delete', policy: 'Orphan', unblockOwnerReferences: false }],
    ['every owner gone, its own foregroundDeletion: honour Foreground', { dangling: true }, { finalizers: ['foregroundDeletion'] }, [], { action: 'delete', policy: 'Foreground', unblockOwnerReferences: false }],
    ['an owner waits, no dependents of its own: delete in the Background', { waiting: true }, {}, [], { action: 'delete', policy: 'Background', unblockOwnerReferences: false }],
    ['an owner waits, it has dependents: delete in the Foreground so the chain cascades', { waiting: true }, {}, [{ deletingDependents: false }], { action: 'delete', policy: 'Foreground', unblockOwnerReferences: false }],
    ['an owner waits and a dependent waits too (a cycle?): unblock, then Foreground', { waiting: true, dangling: true }, {}, [{ deletingDependents: true }], { action: 'delete', policy: 'Foreground', unblockOwnerReferences: true }],
  ])('%s', (_name, which, latest, dependents, want) => {
    const c = {
      solid: which.solid ? [refs.solid] : [],
      dangling: which.dangling ? [refs.dangling] : [],
      waitingForDependentsDeletion: which.waiting ? [refs.waiting] : [],
    };
    expect(decideDependent(c, latest, dependents)).toEqual(want);
  });
});

describe('decideDeletingDependents', () => {
  function graphWith(dependents: { name: string; block?: boolean; deletingDependents?: boolean }[]): GraphNode {
    const g = new Graph();
    const o: ObjectIdentity = { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'o', uid: 'o', namespace: 'default' };
    g.process({ type: 'add', identity: o, meta: { uid: 'o', deletionTimestamp: DELETED, finalizers: ['foregroundDeletion'] } });
    for (const d of dependents) {
      const meta: GraphMeta = {
        uid: `uid-${d.name}`,
        ownerReferences: [owner('o', { name: 'o', blockOwnerDeletion: d.block })],
        ...(d.deletingDependents ? { deletionTimestamp: DELETED, finalizers: ['foregroundDeletion'] } : {}),
      };
      g.process({ type: 'add', identity: identity(d.name), meta });
    }
    return g.node('o')!;
  }

  it('no dependents left: remove the finalizer', () => {
    expect(decideDeletingDependents(graphWith([]))).toEqual({ action: 'removeFinalizer' });
  });
  it('only dependents without blockOwnerDeletion: the owner need not wait', () => {
    expect(decideDeletingDependents(graphWith([{ name: 'free' }]))).toEqual({ action: 'removeFinalizer' });
  });
  it('blocking dependents: wait, and attempt to delete those not already waiting themselves', () => {
    const d = decideDeletingDependents(graphWith([{ name: 'b1', block: true }, { name: 'b2', block: true, deletingDependents: true }, { name: 'free' }]));
    expect(d.action).toBe('waitForDependents');
    expect(d.action === 'waitForDependents' && d.enqueue.map((n) => n.identity.name)).toEqual(['b1']);
  });
});

describe('patch helpers', () => {
  it('unblockedOwnerReferences clears only blockOwnerDeletion', () => {
    expect(unblockedOwnerReferences([owner('a', { blockOwnerDeletion: true, controller: true }), owner('b')])).toEqual([
      owner('a', { blockOwnerDeletion: false, controller: true }),
      owner('b'),
    ]);
  });
  it.each([
    [['foregroundDeletion'], 'foregroundDeletion', []],
    [['a', 'orphan', 'b'], 'orphan', ['a', 'b']],
    [['a'], 'orphan', undefined],
  ] as const)('withoutFinalizer(%j, %s) is %j', (finalizers, f, want) => {
    expect(withoutFinalizer({ finalizers }, f)).toEqual(want);
  });
});
