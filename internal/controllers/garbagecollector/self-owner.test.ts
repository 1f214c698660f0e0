// An object whose ownerReferences name itself, which Kubernetes' validation allows: the collector
// must neither delete it (its owner, itself, is there) nor spin on it. As in Kubernetes, it is its
// own dependent in the graph; a Foreground delete of it waits while it blocks itself, and goes on
// once that reference is removed.
import { describe, expect, it } from 'vitest';
import { classifyReferences, decideDeletingDependents, decideDependent, decideLatest, ownerVerdict } from './decisions.js';
import { Graph, type GraphActions } from './graph.js';
import type { GraphMeta, ObjectIdentity, OwnerReference } from './object-reference.js';

const DELETED = '2026-01-01T00:00:00Z';
const SELF: ObjectIdentity = { apiVersion: 'v1', kind: 'ConfigMap', name: 'a', uid: 'uid-a', namespace: 'default' };
const selfRef = (blockOwnerDeletion?: boolean): OwnerReference => ({ apiVersion: 'v1', kind: 'ConfigMap', name: 'a', uid: 'uid-a', blockOwnerDeletion });
const meta = (extra: GraphMeta = {}): GraphMeta => ({ uid: SELF.uid, ownerReferences: [selfRef(true)], ...extra });
const FOREGROUND: GraphMeta = { deletionTimestamp: DELETED, finalizers: ['foregroundDeletion'] };

const queued = (actions: GraphActions): string[] => actions.attemptToDelete.map((n) => n.identity.name);

describe('an object that owns itself', () => {
  it('is added to the graph as its own dependent, and nothing is queued', () => {
    const g = new Graph();
    expect(queued(g.process({ type: 'add', identity: SELF, meta: meta() }))).toEqual([]);
    const node = g.node(SELF.uid)!;
    expect([...node.dependents]).toEqual([node]);
  });

  it('is kept when looked at: its owner is found, with its uid', () => {
    const g = new Graph();
    g.process({ type: 'add', identity: SELF, meta: meta() });
    const latest = meta({ resourceVersion: '5' });
    const first = decideLatest(g.node(SELF.uid)!, latest);
    expect(first).toEqual({ action: 'classifyOwners', refs: latest.ownerReferences });
    const verdicts = new Map([[SELF.uid, ownerVerdict(selfRef(true), latest)]]);
    const classified = classifyReferences(latest.ownerReferences!, verdicts);
    expect(decideDependent(classified, latest, [...g.node(SELF.uid)!.dependents])).toEqual({ action: 'none' });
  });

  it('leaves the graph when deleted; the one key queued then names no node', () => {
    const g = new Graph();
    g.process({ type: 'add', identity: SELF, meta: meta() });
    const actions = g.process({ type: 'delete', identity: SELF, meta: meta() });
    expect(queued(actions)).toEqual(['a']);
    expect(g.node(SELF.uid)).toBeUndefined();
  });

  it('waits, without queueing itself again, while a Foreground delete finds it blocking itself; goes on once the reference is removed', () => {
    const g = new Graph();
    g.process({ type: 'add', identity: SELF, meta: meta() });
    expect(queued(g.process({ type: 'update', identity: SELF, oldMeta: meta(), meta: meta(FOREGROUND) }))).toEqual(['a', 'a']);
    expect(decideDeletingDependents(g.node(SELF.uid)!)).toEqual({ action: 'waitForDependents', enqueue: [] });
    const unblocked = g.process({ type: 'update', identity: SELF, oldMeta: meta(FOREGROUND), meta: { ...meta(FOREGROUND), ownerReferences: [] } });
    expect(queued(unblocked)).toEqual(['a']);
    expect(decideDeletingDependents(g.node(SELF.uid)!)).toEqual({ action: 'removeFinalizer' });
  });

  it('is orphaned as every owner is: an Orphan delete queues it for attemptToOrphan', () => {
    const g = new Graph();
    g.process({ type: 'add', identity: SELF, meta: meta() });
    const actions = g.process({ type: 'update', identity: SELF, oldMeta: meta(), meta: meta({ deletionTimestamp: DELETED, finalizers: ['orphan'] }) });
    expect(actions.attemptToOrphan.map((n) => n.identity.name)).toEqual(['a']);
  });
});
