/**
 * garbagecollector: Kubernetes' garbage collector. A graph of ownerReferences across every kind
 * (from metadata-only informers) and two queues acting on it: attemptToDelete collects dependents
 * whose owners are gone (a mismatched uid counts as gone, verified by a live GET) and drives
 * Foreground deletion (dependents first, the owner once none with blockOwnerDeletion remains);
 * attemptToOrphan strips an Orphan-deleted owner's references from its dependents, then lets it go.
 *
 * Contract: informer handlers only queue graph changes; the graph (`Graph`) and the decisions are
 * pure and do no I/O; `GarbageCollector` reads live objects before every write and conditions
 * writes on uid and resourceVersion, so a stale graph never deletes the wrong object.
 */
export { GarbageCollector, GARBAGE_COLLECTOR_NAME, DEFAULT_IGNORED_RESOURCES, collectableKinds, identityOf, type GarbageCollectorOptions } from './garbage-collector.js';
export { Graph, GraphNode, partitionDependents, referencesDiffs, type GraphEvent, type GraphActions, type GraphOptions } from './graph.js';
export {
  classifyReferences,
  decideDeletingDependents,
  decideDependent,
  decideLatest,
  ownerLocation,
  ownerVerdict,
  unblockedOwnerReferences,
  withoutFinalizer,
  withoutOwnerReferences,
  type ClassifiedReferences,
  type DeletingDependentsDecision,
  type DependentDecision,
  type LatestDecision,
  type OwnerLocation,
  type OwnerVerdict,
  type PropagationPolicy,
} from './decisions.js';
export { AbsentOwnerCache, ABSENT_OWNER_CACHE_SIZE } from './absent-owner-cache.js';
export {
  FINALIZER_DELETE_DEPENDENTS,
  FINALIZER_ORPHAN_DEPENDENTS,
  describeIdentity,
  hasFinalizer,
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
