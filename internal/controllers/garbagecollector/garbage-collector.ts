/**
 * GarbageCollector: Kubernetes' garbage collector over Skiff's API. Metadata-only informers of
 * every kind that can be listed, watched and deleted feed one graph of ownerReferences (their
 * handlers only queue graph changes; one loop applies them in order). Two work queues of node uids
 * act on the graph, as in Kubernetes:
 *
 * - attemptToDelete: a dependent whose owners are all absent is deleted (Background, or as its own
 *   finalizers ask); a dependent of an owner in Foreground deletion is deleted too (in the
 *   Foreground when it has dependents itself, so chains cascade); an owner in Foreground deletion
 *   loses `foregroundDeletion` once no dependent with blockOwnerDeletion remains. Owners are
 *   verified by a live GET before anything is deleted: a different uid counts as absent.
 * - attemptToOrphan: an owner with the `orphan` finalizer has its reference removed from every
 *   dependent, then loses the finalizer.
 *
 * The graph is rebuilt from lists on every start, so owners deleted while the collector was down
 * leave dependents that are collected once it runs again.
 */
import { apiVersionOf, isConflict, isNotFound, restMapper, type KindInfo, type KubeObject } from '../../api/index.js';
import { realClock, type Clock } from '../../clock/index.js';
import { Logger } from '../../cli/index.js';
import {
  RateLimitingQueue,
  unwrapTombstone,
  waitForCacheSync,
  type ApiClient,
  type Clientset,
  type DeletedFinalStateUnknown,
  type PartialObjectMetadata,
  type SharedInformer,
  type SharedInformerFactory,
} from '../../client/index.js';
import {
  classifyReferences,
  decideDeletingDependents,
  decideDependent,
  decideLatest,
  ownerLocation,
  ownerVerdict,
  unblockedOwnerReferences,
  withoutFinalizer,
  type OwnerVerdict,
  type PropagationPolicy,
} from './decisions.js';
import { Graph, type GraphActions, type GraphEvent, type GraphNode } from './graph.js';
import {
  FINALIZER_DELETE_DEPENDENTS,
  FINALIZER_ORPHAN_DEPENDENTS,
  describeIdentity,
  ownerIdentity,
  type GraphMeta,
  type ObjectIdentity,
  type OwnerReference,
} from './object-reference.js';

/** The controller's name in `--controllers`. */
export const GARBAGE_COLLECTOR_NAME = 'garbagecollector';

/** Resources the collector never watches, as Kubernetes' defaults: events come and go too fast to own anything. */
export const DEFAULT_IGNORED_RESOURCES: readonly string[] = ['events.', 'events.events.k8s.io'];

/** Options of a garbage collector. */
export interface GarbageCollectorOptions {
  readonly clientset: Clientset;
  readonly informerFactory: SharedInformerFactory;
  /** Workers of each queue (`--concurrent-garbage-collector-syncs`, default 20). */
  readonly workers?: number;
  /** The kinds to watch; default: every persisted kind with list, watch and delete, minus the ignored ones. */
  readonly kinds?: readonly KindInfo[];
  readonly clock?: Clock;
  readonly logger?: Logger;
}

/** What a worker does with a key once processed. */
type Outcome = 'forget' | 'requeue';

/** The kinds the collector watches by default. */
export function collectableKinds(kinds: readonly KindInfo[] = restMapper.kinds): KindInfo[] {
  return kinds.filter(
    (k) =>
      k.persisted &&
      ['list', 'watch', 'delete'].every((v) => k.verbs.includes(v)) &&
      !DEFAULT_IGNORED_RESOURCES.includes(`${k.resource}.${k.group}`),
  );
}

/** The garbage collector: graph builder, attemptToDelete and attemptToOrphan workers. */
export class GarbageCollector {
  /** The ownership graph (read by tests and debugging). */
  readonly graph = new Graph();
  private readonly api: ApiClient;
  private readonly attemptToDelete: RateLimitingQueue<string>;
  private readonly attemptToOrphan: RateLimitingQueue<string>;
  private readonly informers: SharedInformer<PartialObjectMetadata>[] = [];
  private readonly workers: number;
  private readonly logger: Logger;
  private readonly changes: GraphEvent[] = [];
  private draining = false;

  constructor(options: GarbageCollectorOptions) {
    const clock = options.clock ?? realClock;
    this.api = options.clientset.api;
    this.workers = options.workers ?? 20;
    if (this.workers < 1) throw new Error('garbage collector: workers must be at least 1');
    this.logger = (options.logger ?? Logger.discard()).with({ controller: GARBAGE_COLLECTOR_NAME });
    this.attemptToDelete = new RateLimitingQueue<string>({ name: 'garbage_collector_attempt_to_delete', clock });
    this.attemptToOrphan = new RateLimitingQueue<string>({ name: 'garbage_collector_attempt_to_orphan', clock });
    for (const kind of options.kinds ?? collectableKinds()) {
      const informer = options.informerFactory.forMetadata(`${kind.resource}${kind.group === '' ? '' : '.' + kind.group}`);
      this.informers.push(informer);
      const identity = (obj: PartialObjectMetadata): ObjectIdentity => identityOf(kind, obj);
      informer.addEventHandler({
        onAdd: (obj) => this.enqueueChange({ type: 'add', identity: identity(obj), meta: obj.metadata ?? {} }),
        onUpdate: (oldObj, newObj) => {
          if (oldObj === newObj) return;
          this.enqueueChange({ type: 'update', identity: identity(newObj), meta: newObj.metadata ?? {}, oldMeta: oldObj.metadata ?? {} });
        },
        onDelete: (obj: PartialObjectMetadata | DeletedFinalStateUnknown<PartialObjectMetadata>) => {
          const final = unwrapTombstone(obj);
          this.enqueueChange({ type: 'delete', identity: identity(final), meta: final.metadata ?? {} });
        },
      });
    }
  }

  /** Waits for every informer, then runs the workers until `signal` aborts. */
  async run(signal: AbortSignal): Promise<void> {
    this.logger.info('starting garbage collector', { kinds: this.informers.length, workers: this.workers });
    const stop = (): void => {
      this.attemptToDelete.shutDown();
      this.attemptToOrphan.shutDown();
    };
    signal.addEventListener('abort', stop, { once: true });
    try {
      if (!(await waitForCacheSync(signal, this.informers))) return;
      this.logger.v(1).info('garbage collector caches synced', { nodes: this.graph.nodes().length });
      const loops: Promise<void>[] = [];
      for (let i = 0; i < this.workers; i++) {
        loops.push(this.worker(this.attemptToDelete, (n) => this.attemptToDeleteItem(n), signal));
        loops.push(this.worker(this.attemptToOrphan, (n) => this.attemptToOrphanItem(n), signal));
      }
      await Promise.all(loops);
    } finally {
      signal.removeEventListener('abort', stop);
      stop();
      this.logger.info('stopped garbage collector');
    }
  }

  // The graph-changes loop: handlers only queue; changes are applied in order, in one place.

  private enqueueChange(event: GraphEvent): void {
    this.changes.push(event);
    if (this.draining) return;
    this.draining = true;
    queueMicrotask(() => this.drainChanges());
  }

  private drainChanges(): void {
    try {
      for (let event = this.changes.shift(); event; event = this.changes.shift()) this.apply(this.graph.process(event));
    } finally {
      this.draining = false;
    }
  }

  private apply(actions: GraphActions): void {
    for (const n of actions.attemptToDelete) this.attemptToDelete.add(n.identity.uid);
    for (const n of actions.attemptToOrphan) this.attemptToOrphan.add(n.identity.uid);
  }

  /** One worker: the collector's own loop, since an item may ask to be requeued without failing (an unobserved virtual node). */
  private async worker(queue: RateLimitingQueue<string>, process: (node: GraphNode) => Promise<Outcome>, signal: AbortSignal): Promise<void> {
    for (;;) {
      const uid = await queue.get();
      if (uid === undefined) return;
      if (signal.aborted) {
        queue.done(uid);
        return;
      }
      try {
        const node = this.graph.node(uid);
        const outcome = node ? await process(node) : 'forget';
        if (outcome === 'forget') queue.forget(uid);
        else queue.addRateLimited(uid);
      } catch (err) {
        this.logger.error('error syncing item; requeued with backoff', { uid, err, requeues: queue.numRequeues(uid) });
        queue.addRateLimited(uid);
      } finally {
        queue.done(uid);
      }
    }
  }

  // attemptToDelete.

  private async attemptToDeleteItem(node: GraphNode): Promise<Outcome> {
    const outcome = await this.attemptToDeleteOnce(node);
    // A virtual node that exists stays queued until an informer shows it, so an owner added and
    // removed while a watch was down cannot linger in the graph.
    if (outcome === 'forget' && !node.observed && this.graph.node(node.identity.uid) === node) return 'requeue';
    return outcome;
  }

  private async attemptToDeleteOnce(node: GraphNode): Promise<Outcome> {
    if (node.beingDeleted && !node.deletingDependents) return 'forget';
    const identity = node.identity;
    const latest = await this.getMeta(identity);
    const decision = decideLatest(node, latest);
    switch (decision.action) {
      case 'skip':
      case 'none':
        return 'forget';
      case 'virtualDelete':
        this.logger.v(5).info('item not found; virtual delete', { item: describeIdentity(identity) });
        this.enqueueChange({ type: 'delete', identity, meta: {}, virtual: true });
        return 'forget';
      case 'processDeletingDependents': {
        const next = decideDeletingDependents(node);
        if (next.action === 'removeFinalizer') {
          this.logger.v(2).info('no blocking dependents left; removing the foregroundDeletion finalizer', { item: describeIdentity(identity) });
          await this.removeFinalizer(identity, FINALIZER_DELETE_DEPENDENTS);
        } else {
          for (const dep of next.enqueue) this.attemptToDelete.add(dep.identity.uid);
        }
        return 'forget';
      }
      case 'classifyOwners':
        break;
    }
    const verdicts = new Map<string, OwnerVerdict>();
    for (const ref of decision.refs) {
      const location = ownerLocation(identity.namespace, restMapper.forObject(ref.apiVersion ?? '', ref.kind ?? '')?.namespaced);
      if (location.kind === 'unknownKind') throw new Error(`ownerReference to an unknown kind ${ref.apiVersion ?? ''}/${ref.kind ?? ''}`);
      if (location.kind === 'namespacedOwnerOfClusterScopedObject') {
        this.logger.v(2).info('cluster-scoped item refers to a namespaced owner; not collected', { item: describeIdentity(identity), owner: ref.uid });
        return 'forget';
      }
      verdicts.set(ref.uid ?? '', await this.verifyOwner(ref, location.namespace));
    }
    const classified = classifyReferences(decision.refs, verdicts);
    const next = decideDependent(classified, latest!, [...node.dependents]);
    switch (next.action) {
      case 'none':
        return 'forget';
      case 'removeOwnerReferences':
        this.logger.v(2).info('removing dangling ownerReferences', { item: describeIdentity(identity), owners: next.uids.join(',') });
        await this.patchOwnerReferencesAway(identity, next.uids);
        return 'forget';
      case 'delete': {
        let resourceVersion = latest!.resourceVersion;
        let owners = latest!.ownerReferences ?? [];
        if (next.unblockOwnerReferences) {
          const patched = await this.api.patch(this.target(identity), 'merge', {
            metadata: { resourceVersion, ownerReferences: unblockedOwnerReferences(owners) },
          });
          resourceVersion = patched.metadata?.resourceVersion;
          owners = patched.metadata?.ownerReferences ?? [];
        }
        this.logger.v(2).info('deleting item', { item: describeIdentity(identity), propagationPolicy: next.policy });
        await this.deleteObject(identity, resourceVersion, owners, next.policy);
        return 'forget';
      }
    }
  }

  /** Whether the owner a reference names exists with its uid, by the absent-owner cache or a live GET. */
  private async verifyOwner(ref: OwnerReference, namespace: string): Promise<OwnerVerdict> {
    const owner = ownerIdentity(ref, namespace);
    if (this.graph.absentOwners.has(owner)) return { state: 'absent' };
    const verdict = ownerVerdict(ref, await this.getMeta(owner));
    if (verdict.state === 'absent') this.graph.absentOwners.add(owner);
    return verdict;
  }

  /** Deletes with preconditions on uid and resourceVersion; a conflict with unchanged owners retries on uid alone (Kubernetes' `deleteObject`). */
  private async deleteObject(identity: ObjectIdentity, resourceVersion: string | undefined, owners: readonly OwnerReference[], policy: PropagationPolicy): Promise<void> {
    const target = this.target(identity);
    try {
      await this.api.delete(target, { propagationPolicy: policy, preconditions: { uid: identity.uid, resourceVersion } });
    } catch (err) {
      if (isNotFound(err)) return;
      if (!isConflict(err) || !resourceVersion) throw err;
      const live = await this.getMeta(identity);
      if (!live || live.uid !== identity.uid) return;
      if (JSON.stringify(live.ownerReferences ?? []) !== JSON.stringify(owners)) throw err;
      try {
        await this.api.delete(target, { propagationPolicy: policy, preconditions: { uid: identity.uid } });
      } catch (retryErr) {
        if (!isNotFound(retryErr)) throw retryErr;
      }
    }
  }

  // attemptToOrphan.

  private async attemptToOrphanItem(owner: GraphNode): Promise<Outcome> {
    const failures: unknown[] = [];
    for (const dep of [...owner.dependents]) {
      try {
        await this.patchOwnerReferencesAway(dep.identity, [owner.identity.uid]);
      } catch (err) {
        failures.push(err);
      }
    }
    if (failures.length > 0) throw new Error(`cannot orphan ${failures.length} dependents of ${describeIdentity(owner.identity)}: ${String(failures[0])}`);
    this.logger.v(2).info('dependents orphaned; removing the orphan finalizer', { item: describeIdentity(owner.identity), dependents: owner.dependents.size });
    await this.removeFinalizer(owner.identity, FINALIZER_ORPHAN_DEPENDENTS);
    return 'forget';
  }

  // Writes.

  /** Removes the references to `uids` with a strategic merge patch that also pins the dependent's uid. */
  private async patchOwnerReferencesAway(identity: ObjectIdentity, uids: readonly string[]): Promise<void> {
    const patch = { metadata: { uid: identity.uid, ownerReferences: uids.map((uid) => ({ $patch: 'delete', uid })) } };
    try {
      await this.api.patch(this.target(identity), 'strategic', patch);
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }

  /** Removes a finalizer with a merge patch conditioned on the resourceVersion just read; gone means done. */
  private async removeFinalizer(identity: ObjectIdentity, finalizer: string): Promise<void> {
    const live = await this.getMeta(identity);
    if (!live || live.uid !== identity.uid) return;
    const finalizers = withoutFinalizer(live, finalizer);
    if (finalizers === undefined) return;
    try {
      await this.api.patch(this.target(identity), 'merge', {
        metadata: { resourceVersion: live.resourceVersion, finalizers: finalizers.length > 0 ? finalizers : null },
      });
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }

  // Reads.

  /** The live metadata of the object at `identity`'s coordinates; undefined when NotFound. */
  private async getMeta(identity: ObjectIdentity): Promise<GraphMeta | undefined> {
    const kind = restMapper.forObject(identity.apiVersion, identity.kind);
    if (!kind) throw new Error(`unknown kind ${identity.apiVersion}/${identity.kind}`);
    // A namespaced kind named without a namespace (by a cluster-scoped dependent) cannot exist.
    if (kind.namespaced && identity.namespace === '') return undefined;
    try {
      return (await this.api.get<KubeObject>(this.target(identity))).metadata;
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  private target(identity: ObjectIdentity): { kind: KindInfo; namespace?: string; name: string } {
    const kind = restMapper.forObject(identity.apiVersion, identity.kind);
    if (!kind) throw new Error(`unknown kind ${identity.apiVersion}/${identity.kind}`);
    return { kind, namespace: kind.namespaced ? identity.namespace : undefined, name: identity.name };
  }
}

/** The graph identity of an object an informer of `kind` delivered. */
export function identityOf(kind: KindInfo, obj: KubeObject): ObjectIdentity {
  const meta = obj.metadata ?? {};
  return {
    apiVersion: apiVersionOf(kind),
    kind: kind.kind,
    name: meta.name ?? '',
    uid: meta.uid ?? '',
    namespace: kind.namespaced ? (meta.namespace ?? '') : '',
  };
}
