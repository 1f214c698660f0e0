/**
 * What a delete does to an object, as Kubernetes decides it: remove it now, or mark it
 * (deletionTimestamp, the finalizers its propagation policy asks for, a grace period) and leave the
 * rest to the garbage collector, the namespace controller or the kubelet; the delete's
 * preconditions; whether the answer is 200 or 202; and when an update that drops the last
 * finalizer deletes. The rules are those of rest.BeforeDelete, the generic Store.Delete and
 * ShouldDeleteDuringUpdate, namespace storage's Delete and the DELETE handler of Kubernetes.
 */
import { isDeepStrictEqual } from 'node:util';
import { cloneObject, newConflict, type KindInfo, type KubeObject } from '../../api/index.js';
import { formatTime } from './object-meta.js';
import type { DeleteOptions, PropagationPolicy as Policy } from './request-options.js';
import type { GarbageCollectionPolicy, MutableObject, Strategy } from './strategy.js';

/** The deletion state a delete writes: when the object goes and, for graceful deletion, the grace it got. */
interface Mark {
  readonly deletionTimestamp: string;
  /** Absent for namespaces, whose storage sets no grace period. */
  readonly deletionGracePeriodSeconds?: number;
}

/** True for Namespaces, whose storage has its own Delete in Kubernetes. */
function isNamespace(info: KindInfo): boolean {
  return info.group === '' && info.kind === 'Namespace';
}

/**
 * The propagation policy the options ask for (orphanDependents is its deprecated spelling). The
 * options were validated where the request was read (endpoints' toDeleteOptions, Kubernetes'
 * ValidateDeleteOptions): the two are never both set.
 */
function propagationPolicyOf(options: DeleteOptions): Policy | undefined {
  if (options.orphanDependents === undefined) return options.propagationPolicy;
  return options.orphanDependents ? 'Orphan' : 'Background';
}

/**
 * The propagation policy of a namespace's first delete. Namespace storage reads orphanDependents
 * its own way: false asks for the dependents to go first (foregroundDeletion), where the generic
 * store reads it as Background.
 */
function namespacePropagationPolicyOf(options: DeleteOptions): Policy | undefined {
  if (options.orphanDependents === false) return 'Foreground';
  return propagationPolicyOf(options);
}

const ORPHAN = 'orphan';
const FOREGROUND = 'foregroundDeletion';
const isGCFinalizer = (f: string): boolean => f === ORPHAN || f === FOREGROUND;

/** The garbage collector's finalizer a policy asks for: none for Background. */
function policyFinalizer(policy: Policy): string | undefined {
  return policy === 'Orphan' ? ORPHAN : policy === 'Foreground' ? FOREGROUND : undefined;
}

/** Whether two finalizer lists hold the same names, however ordered or repeated. */
function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((f) => right.has(f));
}

/**
 * The garbage collector's finalizer a delete asks for, as the generic store's shouldOrphanDependents
 * and shouldDeleteDependents decide it: none for a kind whose policy is Unsupported, whatever the
 * request or the object say; else the request's policy; else the first of the two the object
 * already has; else `orphan` for a kind that orphans by default.
 */
function wantedFinalizer(current: readonly string[], policy: Policy | undefined, kindDefault: GarbageCollectionPolicy): string | undefined {
  if (kindDefault === 'Unsupported') return undefined;
  if (policy !== undefined) return policyFinalizer(policy);
  return current.find(isGCFinalizer) ?? (kindDefault === 'OrphanDependents' ? ORPHAN : undefined);
}

/**
 * The generic store's deletionFinalizersForGarbageCollection: the finalizer wantedFinalizer picks
 * goes at the end, after the others with both of the collector's taken out; when that holds the
 * same names as before, the list stays exactly as it was.
 */
function finalizersFor(current: readonly string[], policy: Policy | undefined, kindDefault: GarbageCollectionPolicy): string[] {
  const wanted = wantedFinalizer(current, policy, kindDefault);
  const next = current.filter((f) => !isGCFinalizer(f));
  if (wanted !== undefined) next.push(wanted);
  return sameSet(next, current) ? [...current] : next;
}

/**
 * Namespace storage's own reading: each of the collector's finalizers is kept or dropped as the
 * policy says (as it stands without one). Kubernetes rebuilds a changed list from a Go map, in no
 * set order; Skiff keeps the names left in their order, each once, and a new one at the end.
 */
function namespaceFinalizersFor(current: readonly string[], policy: Policy | undefined): string[] {
  const shouldHave = (f: string): boolean => (policy === undefined ? current.includes(f) : f === policyFinalizer(policy));
  if ([ORPHAN, FOREGROUND].every((f) => shouldHave(f) === current.includes(f))) return [...current];
  const next = [...new Set(current)].filter((f) => !isGCFinalizer(f) || shouldHave(f));
  for (const f of [ORPHAN, FOREGROUND]) if (shouldHave(f) && !next.includes(f)) next.push(f);
  return next;
}

/**
 * rest.BeforeDelete for a kind with graceful deletion (pods): the mark of a first delete, or of a
 * later one that shortens the grace period (the deletion time moves by the difference, so the
 * clock the kubelet already runs keeps its start); 'pending' when a later delete changes nothing,
 * which also leaves the finalizers alone. Undefined for kinds without graceful deletion, and for
 * an object already marked with no grace period left, which is then deleted or held by finalizers.
 */
function gracefulMark(current: KubeObject, options: DeleteOptions, strategy: Strategy, now: number): Mark | 'pending' | undefined {
  if (!strategy.gracePeriod) return undefined;
  const meta = current.metadata!;
  // Kubernetes treats a negative grace period as one second.
  const requested = options.gracePeriodSeconds !== undefined && options.gracePeriodSeconds < 0 ? 1 : options.gracePeriodSeconds;
  if (meta.deletionTimestamp === undefined) {
    const grace = strategy.gracePeriod(current, requested);
    return { deletionTimestamp: formatTime(now + grace * 1000), deletionGracePeriodSeconds: grace };
  }
  const currentGrace = meta.deletionGracePeriodSeconds ?? 0;
  if (currentGrace === 0) return undefined;
  if (requested === undefined || requested >= currentGrace) return 'pending';
  const start = Date.parse(meta.deletionTimestamp) - currentGrace * 1000;
  return { deletionTimestamp: formatTime(start + requested * 1000), deletionGracePeriodSeconds: requested };
}

/**
 * Kubernetes' markAsDeleting, for an object held by finalizers without graceful deletion: due now
 * (an earlier deletionTimestamp stays), with a grace period of zero.
 */
function markAsDeleting(current: KubeObject, now: number): Mark {
  const existing = current.metadata?.deletionTimestamp;
  const due = existing !== undefined && Date.parse(existing) <= now ? existing : formatTime(now);
  return { deletionTimestamp: due, deletionGracePeriodSeconds: 0 };
}

/**
 * `current` with `finalizers` and `mark`; a first mark also bumps the generation and runs the
 * strategy's hook. Returns `current` itself when nothing changes, so the caller writes nothing.
 */
function withMark(current: KubeObject, finalizers: string[], mark: Mark, strategy: Strategy): MutableObject {
  const meta = current.metadata!;
  const next = cloneObject(current) as MutableObject;
  const nextMeta = next.metadata!;
  nextMeta.finalizers = finalizers.length > 0 ? finalizers : undefined;
  nextMeta.deletionTimestamp = mark.deletionTimestamp;
  if (mark.deletionGracePeriodSeconds !== undefined) nextMeta.deletionGracePeriodSeconds = mark.deletionGracePeriodSeconds;
  if (meta.deletionTimestamp === undefined) {
    if (strategy.usesGeneration) nextMeta.generation = (meta.generation ?? 0) + 1;
    strategy.onMarkedForDeletion?.(next);
  }
  return isDeepStrictEqual(nextMeta, meta) ? current : next;
}

/**
 * Works out what a delete does: undefined to remove the object now, or the object marked for
 * deletion, or `current` itself when it stays as it is. Throws 422 for invalid options.
 *
 * A namespace's first delete only marks it (a deletionTimestamp and no grace period, phase
 * Terminating, the garbage collector's finalizers as the options ask), and later ones change
 * nothing while its spec.finalizers remain: the namespace controller empties it first. After that
 * it is deleted as every other kind is.
 */
export function markForDeletion(info: KindInfo, current: KubeObject, options: DeleteOptions, strategy: Strategy, now: number): MutableObject | undefined {
  const currentFinalizers = current.metadata?.finalizers ?? [];
  if (isNamespace(info)) {
    if (current.metadata?.deletionTimestamp === undefined) {
      const finalizers = namespaceFinalizersFor(currentFinalizers, namespacePropagationPolicyOf(options));
      return withMark(current, finalizers, { deletionTimestamp: formatTime(now) }, strategy);
    }
    if (strategy.pendingFinalizers?.(current)) return current;
  }
  const finalizers = finalizersFor(currentFinalizers, propagationPolicyOf(options), strategy.defaultGarbageCollectionPolicy ?? 'DeleteDependents');
  const graceful = gracefulMark(current, options, strategy, now);
  if (graceful === 'pending') return current;
  if (graceful !== undefined) {
    return finalizers.length > 0 || graceful.deletionGracePeriodSeconds! > 0 ? withMark(current, finalizers, graceful, strategy) : undefined;
  }
  return finalizers.length > 0 ? withMark(current, finalizers, markAsDeleting(current, now), strategy) : undefined;
}

/**
 * Kubernetes' ShouldDeleteDuringUpdate: an update that removes the last finalizer deletes the
 * object when the stored one was marked for deletion with no grace period left. The deletion
 * state is read from the stored object, never from the client's, so an update cannot cut a
 * pod's grace period short.
 */
export function shouldDeleteDuringUpdate(obj: KubeObject, old: KubeObject, strategy: Strategy): boolean {
  const oldMeta = old.metadata!;
  return (
    oldMeta.deletionTimestamp !== undefined &&
    (oldMeta.deletionGracePeriodSeconds ?? 0) === 0 &&
    (obj.metadata?.finalizers?.length ?? 0) === 0 &&
    !strategy.pendingFinalizers?.(obj)
  );
}

/** How a failed precondition reads: Kubernetes' namespace storage words it differently from every other kind. */
interface PreconditionWording {
  uid(wanted: string, actual: string): string;
  resourceVersion(wanted: string, actual: string): string;
}

const GENERIC_WORDING: PreconditionWording = {
  uid: (wanted, actual) => `the UID in the precondition (${wanted}) does not match the UID in record (${actual}). The object might have been deleted and then recreated`,
  resourceVersion: (wanted, actual) =>
    `the ResourceVersion in the precondition (${wanted}) does not match the ResourceVersion in record (${actual}). The object might have been modified`,
};

const NAMESPACE_WORDING: PreconditionWording = {
  uid: (wanted, actual) => `Precondition failed: UID in precondition: ${wanted}, UID in object meta: ${actual}`,
  resourceVersion: (wanted, actual) => `Precondition failed: ResourceVersion in precondition: ${wanted}, ResourceVersion in object meta: ${actual}`,
};

/**
 * Checks a delete's uid and resourceVersion preconditions (Conflict when they do not hold).
 * rest.BeforeDelete names the object's Kind where a resource usually goes (`ConfigMap "a"`,
 * `Deployment.apps "web"`); namespace storage names the resource.
 */
export function checkPreconditions(info: KindInfo, name: string, current: KubeObject, options: DeleteOptions): void {
  const pre = options.preconditions;
  if (!pre) return;
  const namespace = isNamespace(info);
  const wording = namespace ? NAMESPACE_WORDING : GENERIC_WORDING;
  const resource = namespace ? info : { group: info.group, resource: info.kind };
  const meta = current.metadata ?? {};
  if (pre.uid && pre.uid !== meta.uid) throw newConflict(resource, name, wording.uid(pre.uid, meta.uid ?? ''));
  if (pre.resourceVersion && pre.resourceVersion !== meta.resourceVersion) {
    throw newConflict(resource, name, wording.resourceVersion(pre.resourceVersion, meta.resourceVersion ?? ''));
  }
}

/**
 * Whether Kubernetes answers a delete with 202 Accepted rather than 200 OK: only when the object
 * is left in place and the client asked for cascading deletion with the deprecated
 * orphanDependents=false. Kubernetes keeps 200 for every other pending delete (a graceful pod,
 * finalizers, a namespace) so as not to break old clients.
 */
export function isAcceptedDelete(pending: boolean, options: DeleteOptions): boolean {
  return pending && options.orphanDependents === false;
}
