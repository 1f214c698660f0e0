import { describe, expect, it } from 'vitest';
import { Graph, type GraphActions, type GraphEvent } from './graph.js';
import type { GraphMeta, ObjectIdentity, OwnerReference } from './object-reference.js';

const DELETED = '2026-01-01T00:00:00Z';

function rs(name: string, namespace = 'default'): ObjectIdentity {
  return { apiVersion: 'apps/v1', kind: 'ReplicaSet', name, uid: `uid-${name}`, namespace };
}
function pod(name: string, namespace = 'default'): ObjectIdentity {
  return { apiVersion: 'v1', kind: 'Pod', name, uid: `uid-${name}`, namespace };
}
function ref(owner: ObjectIdentity, extra: Partial<OwnerReference> = {}): OwnerReference {
  return { apiVersion: owner.apiVersion, kind: owner.kind, name: owner.name, uid: owner.uid, ...extra };
}
const blocking = (owner: ObjectIdentity): OwnerReference => ref(owner, { controller: true, blockOwnerDeletion: true });

const add = (identity: ObjectIdentity, meta: GraphMeta = {}): GraphEvent => ({ type: 'add', identity, meta: { uid: identity.uid, ...meta } });
const update = (identity: ObjectIdentity, oldMeta: GraphMeta, meta: GraphMeta): GraphEvent => ({
  type: 'update',
  identity,
  oldMeta: { uid: identity.uid, ...oldMeta },
  meta: { uid: identity.uid, ...meta },
});
const del = (identity: ObjectIdentity, meta: GraphMeta = {}): GraphEvent => ({ type: 'delete', identity, meta: { uid: identity.uid, ...meta } });
const virtualDelete = (identity: ObjectIdentity): GraphEvent => ({ type: 'delete', identity, meta: {}, virtual: true });

function names(actions: GraphActions): { attemptToDelete: string[]; attemptToOrphan: string[] } {
  return {
    attemptToDelete: actions.attemptToDelete.map((n) => n.identity.name).sort(),
    attemptToOrphan: actions.attemptToOrphan.map((n) => n.identity.name).sort(),
  };
}

interface Case {
  readonly name: string;
  /** Events applied before the one under test. */
  readonly setup: readonly GraphEvent[];
  readonly event: GraphEvent;
  readonly attemptToDelete?: readonly string[];
  readonly attemptToOrphan?: readonly string[];
  /** Further checks of the graph afterwards. */
  readonly check?: (g: Graph) => void;
}

const A = rs('a');
const B = rs('b');
const C = pod('c');

const cases: Case[] = [
  {
    name: 'a chain added owner first needs nothing: A owns B owns C',
    setup: [add(A), add(B, { ownerReferences: [blocking(A)] })],
    event: add(C, { ownerReferences: [blocking(B)] }),
    check: (g) => {
      expect([...g.node(A.uid)!.dependents].map((d) => d.identity.name)).toEqual(['b']);
      expect([...g.node(B.uid)!.dependents].map((d) => d.identity.name)).toEqual(['c']);
    },
  },
  {
    name: 'a dependent seen before its owner makes a virtual owner, queued for verification',
    setup: [],
    event: add(C, { ownerReferences: [blocking(A)] }),
    attemptToDelete: ['a'],
    check: (g) => {
      expect(g.node(A.uid)).toMatchObject({ observed: false, identity: A });
    },
  },
  {
    name: 'the virtual owner becomes observed when its informer shows it',
    setup: [add(C, { ownerReferences: [blocking(A)] })],
    event: add(A),
    check: (g) => expect(g.node(A.uid)?.observed).toBe(true),
  },
  {
    name: 'a virtual owner of a cluster-scoped kind has no namespace',
    setup: [],
    event: add(C, { ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: 'n1', uid: 'uid-n1' }] }),
    attemptToDelete: ['n1'],
    check: (g) => expect(g.node('uid-n1')?.identity.namespace).toBe(''),
  },
  {
    name: 'an owner deleted: its dependents are queued and it is remembered absent',
    setup: [add(A), add(C, { ownerReferences: [blocking(A)] })],
    event: del(A),
    attemptToDelete: ['c'],
    check: (g) => {
      expect(g.node(A.uid)).toBeUndefined();
      expect(g.absentOwners.has(A)).toBe(true);
    },
  },
  {
    name: 'a dependent deleted leaves the graph and its owner',
    setup: [add(A), add(C, { ownerReferences: [blocking(A)] })],
    event: del(C),
    check: (g) => expect(g.node(A.uid)!.dependents.size).toBe(0),
  },
  {
    name: 'Foreground: the owner starts deleting dependents; they and it are queued',
    setup: [add(A), add(B, { ownerReferences: [blocking(A)] }), add(C, { ownerReferences: [ref(A)] })],
    event: update(A, {}, { deletionTimestamp: DELETED, finalizers: ['foregroundDeletion'] }),
    attemptToDelete: ['a', 'b', 'c'],
    check: (g) => expect(g.node(A.uid)).toMatchObject({ beingDeleted: true, deletingDependents: true }),
  },
  {
    name: 'Foreground seen on the first list (after a restart) is acted on too',
    setup: [add(B, { ownerReferences: [blocking(A)] })],
    event: add(A, { deletionTimestamp: DELETED, finalizers: ['foregroundDeletion'] }),
    attemptToDelete: ['a', 'b'],
  },
  {
    name: 'Orphan: the owner goes to attemptToOrphan',
    setup: [add(A), add(C, { ownerReferences: [blocking(A)] })],
    event: update(A, {}, { deletionTimestamp: DELETED, finalizers: ['orphan'] }),
    attemptToOrphan: ['a'],
  },
  {
    name: 'an update that keeps the orphan finalizer does not queue again',
    setup: [add(A, { deletionTimestamp: DELETED, finalizers: ['orphan'] })],
    event: update(A, { deletionTimestamp: DELETED, finalizers: ['orphan'] }, { deletionTimestamp: DELETED, finalizers: ['orphan', 'x'] }),
  },
  {
    name: 'a blocking reference removed wakes an owner waiting for its dependents',
    setup: [add(A, { deletionTimestamp: DELETED, finalizers: ['foregroundDeletion'] }), add(C, { ownerReferences: [blocking(A)] })],
    event: update(C, { ownerReferences: [blocking(A)] }, { ownerReferences: [] }),
    attemptToDelete: ['a'],
    check: (g) => expect(g.node(A.uid)!.dependents.size).toBe(0),
  },
  {
    name: 'blockOwnerDeletion turned off wakes an owner waiting for its dependents',
    setup: [add(A, { deletionTimestamp: DELETED, finalizers: ['foregroundDeletion'] }), add(C, { ownerReferences: [blocking(A)] })],
    event: update(C, { ownerReferences: [blocking(A)] }, { ownerReferences: [ref(A, { controller: true, blockOwnerDeletion: false })] }),
    attemptToDelete: ['a'],
  },
  {
    name: 'a waiting owner is queued when a dependent goes',
    setup: [add(A, { deletionTimestamp: DELETED, finalizers: ['foregroundDeletion'] }), add(C, { ownerReferences: [blocking(A)] })],
    event: del(C),
    attemptToDelete: ['a'],
  },
  {
    name: 'a cycle (A owns B, B owns A) is a graph like any other',
    setup: [add(A, { ownerReferences: [blocking(B)] })],
    event: add(B, { ownerReferences: [blocking(A)] }),
    check: (g) => {
      expect(g.node(A.uid)!.dependents.has(g.node(B.uid)!)).toBe(true);
      expect(g.node(B.uid)!.dependents.has(g.node(A.uid)!)).toBe(true);
    },
  },
  {
    name: 'deleting one node of a cycle queues the other',
    setup: [add(A, { ownerReferences: [blocking(B)] }), add(B, { ownerReferences: [blocking(A)] })],
    event: del(A),
    attemptToDelete: ['b'],
  },
  {
    name: 'a namespaced owner in another namespace: the dependent is queued to be checked',
    setup: [add(rs('a', 'other'))],
    event: add(C, { ownerReferences: [blocking(rs('a', 'other'))] }),
    attemptToDelete: ['c'],
  },
  {
    name: 'a reference whose name does not match the uid’s object: the dependent is queued',
    setup: [add(A)],
    event: add(C, { ownerReferences: [{ ...blocking(A), name: 'someone-else' }] }),
    attemptToDelete: ['c'],
  },
  {
    name: 'a virtual owner verified absent leaves the graph and its dependents are queued',
    setup: [add(C, { ownerReferences: [blocking(A)] })],
    event: virtualDelete(A),
    attemptToDelete: ['c'],
    check: (g) => expect(g.node(A.uid)).toBeUndefined(),
  },
  {
    name: 'a virtual delete at other coordinates than an observed node keeps the node, and queues the dependents that named them',
    setup: [add(A), add(C, { ownerReferences: [{ ...blocking(A), name: 'wrong' }] })],
    event: virtualDelete({ ...A, name: 'wrong' }),
    attemptToDelete: ['c'],
    check: (g) => expect(g.node(A.uid)?.observed).toBe(true),
  },
  {
    name: 'an informer delete of an unknown object changes nothing',
    setup: [],
    event: del(A),
  },
];

describe('Graph.process', () => {
  it.each(cases)('$name', (c) => {
    const g = new Graph();
    for (const e of c.setup) g.process(e);
    const got = names(g.process(c.event));
    expect(got).toEqual({ attemptToDelete: [...(c.attemptToDelete ?? [])].sort(), attemptToOrphan: [...(c.attemptToOrphan ?? [])].sort() });
    c.check?.(g);
  });

  it('blockingDependents counts only references with blockOwnerDeletion=true', () => {
    const g = new Graph();
    g.process(add(A));
    g.process(add(B, { ownerReferences: [blocking(A)] }));
    g.process(add(C, { ownerReferences: [ref(A)] }));
    expect(g.node(A.uid)!.blockingDependents().map((n) => n.identity.name)).toEqual(['b']);
  });
});
