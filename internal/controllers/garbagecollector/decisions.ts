/**
 * Decisions of the garbage collector: what to do with one node of the graph, as pure functions of
 * the graph and of what live GETs answered (Kubernetes' `attemptToDeleteItem`,
 * `classifyReferences`, `processDeletingDependentsItem`). The collector does the I/O and carries
 * the decisions out; these functions only decide, so every rule is testable from a table.
 */
import type { GraphNode } from './graph.js';
import {
  FINALIZER_DELETE_DEPENDENTS,
  FINALIZER_ORPHAN_DEPENDENTS,
  hasFinalizer,
  type GraphMeta,
  type OwnerReference,
} from './object-reference.js';

/** A delete's propagation policy. */
export type PropagationPolicy = 'Background' | 'Foreground' | 'Orphan';

/** Where to GET an ownerReference's owner from a dependent, or why it cannot be looked up. */
export type OwnerLocation =
  | { readonly kind: 'lookup'; readonly namespace: string }
  /** The reference names a kind the RESTMapper does not know: retried with backoff, as Kubernetes does. */
  | { readonly kind: 'unknownKind' }
  /** A cluster-scoped dependent naming a namespaced owner: invalid, and it never resolves, so the dependent is left alone. */
  | { readonly kind: 'namespacedOwnerOfClusterScopedObject' };

/**
 * Where the owner a reference names lives. A namespaced owner is looked up in the dependent's
 * namespace (so an owner in another namespace counts as absent); a cluster-scoped one anywhere.
 */
export function ownerLocation(dependentNamespace: string, ownerNamespaced: boolean | undefined): OwnerLocation {
  if (ownerNamespaced === undefined) return { kind: 'unknownKind' };
  if (!ownerNamespaced) return { kind: 'lookup', namespace: '' };
  if (dependentNamespace === '') return { kind: 'namespacedOwnerOfClusterScopedObject' };
  return { kind: 'lookup', namespace: dependentNamespace };
}

/** What a live GET of an owner showed. */
export type OwnerVerdict =
  /** NotFound, or an object with another uid (a mismatched uid counts as absent). */
  | { readonly state: 'absent' }
  | { readonly state: 'present'; readonly meta: GraphMeta };

/** The verdict of a GET of `ref`'s owner that answered `found` (undefined for NotFound). */
export function ownerVerdict(ref: OwnerReference, found: GraphMeta | undefined): OwnerVerdict {
  if (!found || found.uid !== ref.uid) return { state: 'absent' };
  return { state: 'present', meta: found };
}

/** A dependent's ownerReferences sorted by how their owners stand. */
export interface ClassifiedReferences {
  /** Owners that exist and are not waiting for their dependents' deletion. */
  readonly solid: OwnerReference[];
  /** Owners that do not exist (or exist with another uid). */
  readonly dangling: OwnerReference[];
  /** Owners in Foreground deletion (deletionTimestamp and `foregroundDeletion`). */
  readonly waitingForDependentsDeletion: OwnerReference[];
}

/** Sorts references by their owners' verdicts (a reference without a verdict is a bug in the caller). */
export function classifyReferences(refs: readonly OwnerReference[], verdicts: ReadonlyMap<string, OwnerVerdict>): ClassifiedReferences {
  const out: ClassifiedReferences = { solid: [], dangling: [], waitingForDependentsDeletion: [] };
  for (const ref of refs) {
    const verdict = verdicts.get(ref.uid ?? '');
    if (!verdict) throw new Error(`no verdict for owner ${ref.uid ?? ''}`);
    if (verdict.state === 'absent') out.dangling.push(ref);
    else if (verdict.meta.deletionTimestamp && hasFinalizer(verdict.meta, FINALIZER_DELETE_DEPENDENTS)) out.waitingForDependentsDeletion.push(ref);
    else out.solid.push(ref);
  }
  return out;
}

/** The first step of attemptToDelete, from the graph node and a live GET of the object itself. */
export type LatestDecision =
  /** Already being deleted in the Background or Orphan way: nothing for the collector to do. */
  | { readonly action: 'skip' }
  /** The object is gone (or replaced by another uid): tell the graph with a virtual delete. */
  | { readonly action: 'virtualDelete' }
  /** The object waits for its dependents (Foreground): see decideDeletingDependents. */
  | { readonly action: 'processDeletingDependents' }
  /** No ownerReferences: nothing to collect. */
  | { readonly action: 'none' }
  /** Look its owners up, then decideDependent. */
  | { readonly action: 'classifyOwners'; readonly refs: readonly OwnerReference[] };

/** Decides the first step for `node`, whose live GET answered `latest` (undefined for NotFound). */
export function decideLatest(node: GraphNode, latest: GraphMeta | undefined): LatestDecision {
  if (node.beingDeleted && !node.deletingDependents) return { action: 'skip' };
  if (!latest || latest.uid !== node.identity.uid) return { action: 'virtualDelete' };
  if (node.deletingDependents) return { action: 'processDeletingDependents' };
  const refs = latest.ownerReferences ?? [];
  if (refs.length === 0) return { action: 'none' };
  return { action: 'classifyOwners', refs };
}

/** What to do with a dependent once its owners are classified. */
export type DependentDecision =
  | { readonly action: 'none' }
  /** Some owners are solid: drop the references to owners that are gone or waiting, keep the object. */
  | { readonly action: 'removeOwnerReferences'; readonly uids: readonly string[] }
  /**
   * No solid owner: delete it. `unblockOwnerReferences` first clears blockOwnerDeletion on its
   * references, when one of its dependents is itself waiting (a possible cycle).
   */
  | { readonly action: 'delete'; readonly policy: PropagationPolicy; readonly unblockOwnerReferences: boolean };

/** Decides a dependent's fate from its classified references, its finalizers and its dependents in the graph. */
export function decideDependent(
  classified: ClassifiedReferences,
  latest: GraphMeta,
  dependents: readonly Pick<GraphNode, 'deletingDependents'>[],
): DependentDecision {
  const { solid, dangling, waitingForDependentsDeletion: waiting } = classified;
  if (solid.length > 0) {
    if (dangling.length === 0 && waiting.length === 0) return { action: 'none' };
    return { action: 'removeOwnerReferences', uids: [...dangling, ...waiting].map((r) => r.uid ?? '') };
  }
  if (waiting.length > 0 && dependents.length > 0) {
    // It has dependents of its own: delete it in the Foreground too, so the chain cascades and the
    // waiting owner goes last. A dependent already waiting may mean a cycle: unblock first.
    return { action: 'delete', policy: 'Foreground', unblockOwnerReferences: dependents.some((d) => d.deletingDependents) };
  }
  // No solid owner and nobody to wait for: collect it, honouring a policy its own finalizers ask for.
  const policy: PropagationPolicy = hasFinalizer(latest, FINALIZER_ORPHAN_DEPENDENTS)
    ? 'Orphan'
    : hasFinalizer(latest, FINALIZER_DELETE_DEPENDENTS)
      ? 'Foreground'
      : 'Background';
  return { action: 'delete', policy, unblockOwnerReferences: false };
}

/** What to do with an owner in Foreground deletion. */
export type DeletingDependentsDecision =
  /** No dependent blocks it any more: remove `foregroundDeletion` and let it go. */
  | { readonly action: 'removeFinalizer' }
  /** Dependents with blockOwnerDeletion remain: (re)attempt to delete those not already waiting themselves. */
  | { readonly action: 'waitForDependents'; readonly enqueue: readonly GraphNode[] };

/** Decides for an owner that waits for its dependents. */
export function decideDeletingDependents(node: GraphNode): DeletingDependentsDecision {
  const blocking = node.blockingDependents();
  if (blocking.length === 0) return { action: 'removeFinalizer' };
  return { action: 'waitForDependents', enqueue: blocking.filter((d) => !d.deletingDependents) };
}

/** The ownerReferences left after removing those with `uids`. */
export function withoutOwnerReferences(refs: readonly OwnerReference[], uids: readonly string[]): OwnerReference[] {
  return refs.filter((r) => !uids.includes(r.uid ?? ''));
}

/** The ownerReferences with blockOwnerDeletion cleared (to break a possible cycle before a Foreground delete). */
export function unblockedOwnerReferences(refs: readonly OwnerReference[]): OwnerReference[] {
  return refs.map((r) => (r.blockOwnerDeletion === true ? { ...r, blockOwnerDeletion: false } : r));
}

/** The finalizers left after removing `finalizer`, or undefined when it is not there (nothing to do). */
export function withoutFinalizer(meta: GraphMeta, finalizer: string): string[] | undefined {
  const finalizers = meta.finalizers ?? [];
  if (!finalizers.includes(finalizer)) return undefined;
  return finalizers.filter((f) => f !== finalizer);
}
