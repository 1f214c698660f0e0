/**
 * Graph: the garbage collector's picture of ownership across every kind (Kubernetes'
 * `GraphBuilder.processGraphChanges`). Nodes are keyed by uid; each knows its ownerReferences and
 * its dependents. An owner seen only through a dependent's reference is a virtual node until an
 * informer shows it; the collector verifies it with a live GET and reports back a virtual delete
 * when it is absent.
 *
 * `process(event)` applies one change and returns the nodes to put on the attemptToDelete and
 * attemptToOrphan queues; it does no I/O, so the whole graph is testable from tables of events.
 * Contract: one caller applies events in order (the collector's single graph-changes loop).
 */
import { restMapper } from '../../api/index.js';
import { AbsentOwnerCache } from './absent-owner-cache.js';
import {
  isBeingDeleted,
  isDeletingDependents,
  isOrphaningDependents,
  ownerIdentity,
  referenceMatches,
  sameIdentity,
  type GraphMeta,
  type ObjectIdentity,
  type OwnerReference,
} from './object-reference.js';

/** One object (or a virtual owner) in the graph. */
export class GraphNode {
  /** The objects whose ownerReferences name this node's uid. */
  readonly dependents = new Set<GraphNode>();

  constructor(
    public identity: ObjectIdentity,
    /** The node's own ownerReferences (empty for a virtual node). */
    public owners: readonly OwnerReference[],
    /** Seen through an informer; false while the node is virtual. */
    public observed: boolean,
    public beingDeleted = false,
    public deletingDependents = false,
  ) {}

  /** The dependents whose reference to this node has blockOwnerDeletion=true. */
  blockingDependents(): GraphNode[] {
    return [...this.dependents].filter((d) => d.owners.some((r) => r.uid === this.identity.uid && r.blockOwnerDeletion === true));
  }
}

/** One change of the graph: what an informer saw, or a virtual delete from the collector. */
export interface GraphEvent {
  readonly type: 'add' | 'update' | 'delete';
  readonly identity: ObjectIdentity;
  readonly meta: GraphMeta;
  /** The previous metadata of an update. */
  readonly oldMeta?: GraphMeta;
  /** A delete the collector inferred from a live GET (NotFound or another uid), not one an informer saw. */
  readonly virtual?: boolean;
}

/** What a change asks the collector to look at. */
export interface GraphActions {
  readonly attemptToDelete: GraphNode[];
  readonly attemptToOrphan: GraphNode[];
}

/** Options of a graph. */
export interface GraphOptions {
  /** Whether a kind is namespaced; undefined when unknown. Default: the RESTMapper. */
  readonly isNamespaced?: (apiVersion: string, kind: string) => boolean | undefined;
  readonly absentOwnerCacheSize?: number;
}

interface ChangedReference {
  readonly oldRef: OwnerReference;
  readonly newRef: OwnerReference;
}

/** The ownership graph and the rules that keep it. */
export class Graph {
  /** Owners verified absent, shared with the collector's reference checks. */
  readonly absentOwners: AbsentOwnerCache;
  private readonly uidToNode = new Map<string, GraphNode>();
  private readonly isNamespaced: (apiVersion: string, kind: string) => boolean | undefined;

  constructor(options: GraphOptions = {}) {
    this.absentOwners = new AbsentOwnerCache(options.absentOwnerCacheSize);
    this.isNamespaced = options.isNamespaced ?? ((apiVersion, kind) => restMapper.forObject(apiVersion, kind)?.namespaced);
  }

  /** The node with `uid`, if any. */
  node(uid: string): GraphNode | undefined {
    return this.uidToNode.get(uid);
  }

  /** Every node. */
  nodes(): GraphNode[] {
    return [...this.uidToNode.values()];
  }

  /** Applies one change; returns the nodes to enqueue. */
  process(event: GraphEvent): GraphActions {
    const actions: GraphActions = { attemptToDelete: [], attemptToOrphan: [] };
    const uid = event.identity.uid;
    let existing = this.uidToNode.get(uid);
    if (existing && !event.virtual && !existing.observed) this.markObserved(existing, event.identity, actions);

    if (event.type !== 'delete') {
      if (!existing) {
        existing = new GraphNode(event.identity, event.meta.ownerReferences ?? [], true, isBeingDeleted(event.meta), isDeletingDependents(event.meta));
        this.uidToNode.set(uid, existing);
        this.addDependentToOwners(existing, existing.owners, actions);
      } else {
        const next = event.meta.ownerReferences ?? [];
        const { added, removed, changed } = referencesDiffs(existing.owners, next);
        if (added.length + removed.length + changed.length > 0) {
          this.addUnblockedOwnersToDeleteQueue(removed, changed, actions);
          existing.owners = next;
          this.addDependentToOwners(existing, added, actions);
          this.removeDependentFromOwners(existing, removed);
        }
        if (isBeingDeleted(event.meta)) existing.beingDeleted = true;
        // Level-triggered: a Background re-delete drops `foregroundDeletion`, and the node stops waiting.
        if (!isDeletingDependents(event.meta)) existing.deletingDependents = false;
      }
      this.processTransitions(event.oldMeta, event.meta, existing, actions);
      return actions;
    }

    if (!existing) return actions;
    if (event.virtual && !this.applyVirtualDelete(existing, event.identity, actions)) return actions;
    this.removeNode(existing);
    if (existing.dependents.size > 0) this.absentOwners.add(event.identity);
    for (const dep of existing.dependents) actions.attemptToDelete.push(dep);
    for (const ref of existing.owners) {
      const owner = this.uidToNode.get(ref.uid ?? '');
      // An owner waiting for its dependents rechecks whether any still blocks it.
      if (owner?.deletingDependents) actions.attemptToDelete.push(owner);
    }
    return actions;
  }

  /** First sight of a node that was virtual: adopt the observed identity; dependents that named other coordinates are rechecked. */
  private markObserved(node: GraphNode, observed: ObjectIdentity, actions: GraphActions): void {
    if (!sameIdentity(node.identity, observed)) {
      const { nonmatching } = partitionDependents(node.dependents, observed);
      actions.attemptToDelete.push(...nonmatching);
      node.identity = observed;
    }
    node.observed = true;
  }

  /**
   * A live GET found `deleted` absent. Returns whether to remove the node; when some dependents
   * name the uid with other coordinates, the node stays (under one of their identities) and only
   * the dependents that matched the absent identity are rechecked.
   */
  private applyVirtualDelete(node: GraphNode, deleted: ObjectIdentity, actions: GraphActions): boolean {
    const { matching, nonmatching } = partitionDependents(node.dependents, deleted);
    if (node.observed) {
      if (sameIdentity(node.identity, deleted)) return true;
      // An object the informer shows is never removed on a GET at other coordinates.
      if (matching.length > 0) this.absentOwners.add(deleted);
      actions.attemptToDelete.push(...matching);
      return false;
    }
    if (nonmatching.length === 0) return true;
    if (matching.length > 0) {
      this.absentOwners.add(deleted);
      actions.attemptToDelete.push(...matching);
    }
    if (sameIdentity(node.identity, deleted)) {
      const replacement = alternateOwnerIdentity(nonmatching, deleted);
      if (replacement) {
        node.identity = replacement;
        actions.attemptToDelete.push(node);
      }
    }
    return false;
  }

  private processTransitions(oldMeta: GraphMeta | undefined, meta: GraphMeta, node: GraphNode, actions: GraphActions): void {
    if (isOrphaningDependents(meta) && !isOrphaningDependents(oldMeta)) {
      actions.attemptToOrphan.push(node);
      return;
    }
    if (isDeletingDependents(meta) && !isDeletingDependents(oldMeta)) {
      node.deletingDependents = true;
      actions.attemptToDelete.push(...node.dependents, node);
    }
  }

  private addDependentToOwners(node: GraphNode, refs: readonly OwnerReference[], actions: GraphActions): void {
    let potentiallyInvalid = false;
    for (const ref of refs) {
      const uid = ref.uid ?? '';
      let owner = this.uidToNode.get(uid);
      if (!owner) {
        // Seen only through this reference: a virtual node, verified by the collector with a live GET.
        const namespace = this.isNamespaced(ref.apiVersion ?? '', ref.kind ?? '') === false ? '' : node.identity.namespace;
        owner = new GraphNode(ownerIdentity(ref, namespace), [], false);
        this.uidToNode.set(uid, owner);
        owner.dependents.add(node);
        actions.attemptToDelete.push(owner);
        continue;
      }
      owner.dependents.add(node);
      if (potentiallyInvalid) continue;
      const ownerNamespace = owner.identity.namespace;
      // A namespaced owner in another namespace, or other coordinates than the uid's object: the dependent is rechecked.
      if (ownerNamespace !== '' && ownerNamespace !== node.identity.namespace) potentiallyInvalid = true;
      else if (!referenceMatches(ref, owner.identity)) potentiallyInvalid = true;
    }
    if (potentiallyInvalid) actions.attemptToDelete.push(node);
  }

  private removeDependentFromOwners(node: GraphNode, refs: readonly OwnerReference[]): void {
    for (const ref of refs) this.uidToNode.get(ref.uid ?? '')?.dependents.delete(node);
  }

  private removeNode(node: GraphNode): void {
    this.uidToNode.delete(node.identity.uid);
    this.removeDependentFromOwners(node, node.owners);
  }

  private addUnblockedOwnersToDeleteQueue(removed: readonly OwnerReference[], changed: readonly ChangedReference[], actions: GraphActions): void {
    const unblocked = [
      ...removed.filter((r) => r.blockOwnerDeletion === true),
      ...changed.filter((c) => c.oldRef.blockOwnerDeletion === true && c.newRef.blockOwnerDeletion !== true).map((c) => c.newRef),
    ];
    for (const ref of unblocked) {
      const owner = this.uidToNode.get(ref.uid ?? '');
      if (owner?.deletingDependents) actions.attemptToDelete.push(owner);
    }
  }
}

/** The references added, removed and changed between two ownerReference lists (matched by uid). */
export function referencesDiffs(
  old: readonly OwnerReference[],
  next: readonly OwnerReference[],
): { added: OwnerReference[]; removed: OwnerReference[]; changed: ChangedReference[] } {
  const oldByUid = new Map(old.map((r) => [r.uid ?? '', r]));
  const added: OwnerReference[] = [];
  const changed: ChangedReference[] = [];
  for (const ref of next) {
    const before = oldByUid.get(ref.uid ?? '');
    if (!before) added.push(ref);
    else if (!sameReference(before, ref)) changed.push({ oldRef: before, newRef: ref });
    oldByUid.delete(ref.uid ?? '');
  }
  return { added, removed: [...oldByUid.values()], changed };
}

function sameReference(a: OwnerReference, b: OwnerReference): boolean {
  return (
    a.uid === b.uid &&
    a.name === b.name &&
    a.kind === b.kind &&
    a.apiVersion === b.apiVersion &&
    (a.controller ?? false) === (b.controller ?? false) &&
    (a.blockOwnerDeletion ?? false) === (b.blockOwnerDeletion ?? false)
  );
}

/** Splits dependents into those whose reference matches `owner`'s coordinates and those that name its uid otherwise. */
export function partitionDependents(dependents: Iterable<GraphNode>, owner: ObjectIdentity): { matching: GraphNode[]; nonmatching: GraphNode[] } {
  const matching: GraphNode[] = [];
  const nonmatching: GraphNode[] = [];
  for (const dep of dependents) {
    let match = false;
    let mismatch = false;
    if (owner.namespace !== '' && owner.namespace !== dep.identity.namespace) {
      // A namespaced owner is only ever the owner of dependents in its own namespace.
      mismatch = true;
    } else {
      for (const ref of dep.owners) {
        if (ref.uid !== owner.uid) continue;
        if (referenceMatches(ref, owner)) match = true;
        else mismatch = true;
      }
    }
    if (match) matching.push(dep);
    if (mismatch) nonmatching.push(dep);
  }
  return { matching, nonmatching };
}

function identityKey(id: ObjectIdentity): string {
  return [id.apiVersion, id.kind, id.namespace, id.name, id.uid].join('\u0000');
}

/**
 * Another identity the dependents give the uid than the one verified absent: the first that sorts
 * after it, else the first, so repeated verifications go round every alternative.
 */
function alternateOwnerIdentity(dependents: readonly GraphNode[], absent: ObjectIdentity): ObjectIdentity | undefined {
  const seen = new Set<string>([identityKey(absent)]);
  let first: ObjectIdentity | undefined;
  let firstFollowing: ObjectIdentity | undefined;
  for (const dep of dependents) {
    for (const ref of dep.owners) {
      if (ref.uid !== absent.uid) continue;
      if (referenceMatches(ref, absent) && (absent.namespace === '' || absent.namespace === dep.identity.namespace)) continue;
      const clusterScoped = absent.namespace === '' && ref.apiVersion === absent.apiVersion && ref.kind === absent.kind;
      const candidate = ownerIdentity(ref, clusterScoped ? '' : dep.identity.namespace);
      const key = identityKey(candidate);
      if (seen.has(key)) continue;
      seen.add(key);
      first ??= candidate;
      if (!firstFollowing && identityKey(absent) < key) firstFollowing = candidate;
    }
  }
  return firstFollowing ?? first;
}
