/**
 * NamespacedResourcesDeleter: empties one Terminating namespace (Kubernetes'
 * `namespacedResourcesDeleter`). For every namespaced kind the RESTMapper lists with list and
 * delete, it deletes the namespace's objects (deletecollection where the kind has it, else one
 * by one; propagation Background; pods gracefully as the API decides), lists what is left, writes
 * the deletion conditions to the namespace's status, and once nothing is left removes the
 * `kubernetes` finalizer through `namespaces/finalize`, which lets the API server delete it.
 *
 * Contract: `delete(name)` is idempotent and reads everything live; it throws on failures (to be
 * retried with backoff) and answers `remaining` with an estimate when objects must be waited for.
 */
import { isConflict, isNotFound, restMapper, type KindInfo, type KubeObject } from '../../api/index.js';
import { realClock, type Clock } from '../../clock/index.js';
import { Logger } from '../../cli/index.js';
import type { ApiClient, Namespace, Pod } from '../../client/index.js';
import { contentConditions, formatConditionTime, mergeConditions, type ContentSummary, type ResourceRemaining } from './namespace-conditions.js';

/** The namespace spec finalizer this controller owns. */
export const FINALIZER_KUBERNETES = 'kubernetes';

/** How long, in seconds, to expect objects held by finalizers to take (Kubernetes' guess for garbage collection). */
export const FINALIZER_ESTIMATE_SECONDS = 15;

/** The outcome of one pass over a namespace. */
export type DeleteOutcome =
  /** The namespace is gone, not terminating, or finalized by us: nothing more to do. */
  | { readonly kind: 'done' }
  /** Content remains that will go by itself (graceful pods, finalizers): check again after about `estimateSeconds`. */
  | { readonly kind: 'remaining'; readonly estimateSeconds: number };

/** Options of a deleter. */
export interface NamespacedResourcesDeleterOptions {
  readonly api: ApiClient;
  /** The kinds to empty; default: every namespaced, persisted kind with list and delete. */
  readonly kinds?: readonly KindInfo[];
  readonly finalizerEstimateSeconds?: number;
  readonly clock?: Clock;
  readonly logger?: Logger;
}

interface ResourceOutcome {
  readonly estimateSeconds: number;
  readonly remaining?: ResourceRemaining;
  readonly failure?: string;
}

/** The kinds a namespace deletion empties by default. */
export function deletableNamespacedKinds(kinds: readonly KindInfo[] = restMapper.kinds): KindInfo[] {
  return kinds.filter((k) => k.namespaced && k.persisted && k.verbs.includes('list') && k.verbs.includes('delete'));
}

/** Empties Terminating namespaces and finalizes them. */
export class NamespacedResourcesDeleter {
  private readonly api: ApiClient;
  private readonly kinds: readonly KindInfo[];
  private readonly finalizerEstimateSeconds: number;
  private readonly clock: Clock;
  private readonly logger: Logger;
  private readonly namespaces = restMapper.forResource({ group: '', version: 'v1', resource: 'namespaces' })!;

  constructor(options: NamespacedResourcesDeleterOptions) {
    this.api = options.api;
    this.kinds = options.kinds ?? deletableNamespacedKinds();
    this.finalizerEstimateSeconds = options.finalizerEstimateSeconds ?? FINALIZER_ESTIMATE_SECONDS;
    this.clock = options.clock ?? realClock;
    this.logger = options.logger ?? Logger.discard();
  }

  /** One pass over namespace `name`. */
  async delete(name: string): Promise<DeleteOutcome> {
    const ns = await this.getNamespace(name);
    if (!ns?.metadata?.deletionTimestamp) return { kind: 'done' };
    if (!(ns.spec?.finalizers ?? []).includes(FINALIZER_KUBERNETES)) return { kind: 'done' };

    const outcomes: ResourceOutcome[] = [];
    for (const kind of this.kinds) outcomes.push(await this.deleteAllContentFor(kind, name));
    const summary: ContentSummary = {
      remaining: outcomes.flatMap((o) => (o.remaining ? [o.remaining] : [])),
      failures: outcomes.flatMap((o) => (o.failure ? [o.failure] : [])),
    };
    await this.updateConditions(name, summary);
    if (summary.failures.length > 0) throw new Error(`namespace ${name}: ${summary.failures.join('; ')}`);
    const estimateSeconds = Math.max(0, ...outcomes.map((o) => o.estimateSeconds));
    if (estimateSeconds > 0) return { kind: 'remaining', estimateSeconds };
    await this.finalize(name);
    return { kind: 'done' };
  }

  /** Deletes every object of `kind` in `namespace`, then counts what is left. */
  private async deleteAllContentFor(kind: KindInfo, namespace: string): Promise<ResourceOutcome> {
    const target = { kind, namespace };
    try {
      const estimate = kind.resource === 'pods' && kind.group === '' ? await this.estimateGracefulTermination(namespace) : 0;
      if (kind.verbs.includes('deletecollection')) {
        await this.api.deleteCollection(target, {}, { propagationPolicy: 'Background' });
      } else {
        const list = await this.api.list(target, { metadataOnly: true });
        for (const item of list.items) {
          try {
            await this.api.delete({ ...target, name: item.metadata?.name }, { propagationPolicy: 'Background' });
          } catch (err) {
            if (!isNotFound(err)) throw err;
          }
        }
      }
      const left = await this.api.list(target, { metadataOnly: true });
      if (left.items.length === 0) return { estimateSeconds: 0 };
      const finalizers: Record<string, number> = {};
      for (const item of left.items) for (const f of item.metadata?.finalizers ?? []) finalizers[f] = (finalizers[f] ?? 0) + 1;
      const remaining: ResourceRemaining = { resource: kind.resource, group: kind.group, count: left.items.length, finalizers };
      if (estimate > 0) return { estimateSeconds: estimate, remaining };
      // Objects held by finalizers are expected to go once their finalizers finish.
      if (Object.keys(finalizers).length > 0) return { estimateSeconds: this.finalizerEstimateSeconds, remaining };
      return {
        estimateSeconds: 0,
        remaining,
        failure: `unexpected items still remain in namespace: ${namespace} for gvr: ${kind.group}/${kind.version}, Resource=${kind.resource}`,
      };
    } catch (err) {
      return { estimateSeconds: 0, failure: `${kind.resource}.${kind.group}: ${err instanceof Error ? err.message : String(err)}` };
    }
  }

  /** The longest termination grace period of the namespace's pods that are not terminal (Kubernetes' estimate). */
  private async estimateGracefulTermination(namespace: string): Promise<number> {
    const pods = await this.api.list<Pod>({ kind: restMapper.forResource({ group: '', version: 'v1', resource: 'pods' })!, namespace });
    let estimate = 0;
    for (const pod of pods.items) {
      const phase = pod.status?.phase;
      if (phase === 'Succeeded' || phase === 'Failed') continue;
      const grace = pod.spec?.terminationGracePeriodSeconds;
      if (grace !== undefined && grace !== null && Number(grace) > estimate) estimate = Number(grace);
    }
    return estimate;
  }

  /** Writes the deletion conditions to the namespace's status when they changed. */
  private async updateConditions(name: string, summary: ContentSummary): Promise<void> {
    const ns = await this.getNamespace(name);
    if (!ns) return;
    const { conditions, changed } = mergeConditions(ns.status?.conditions, contentConditions(summary), formatConditionTime(this.clock.now()));
    if (!changed) return;
    try {
      await this.api.update({ kind: this.namespaces, name, subresource: 'status' }, { ...ns, status: { ...ns.status, conditions } } as KubeObject);
    } catch (err) {
      // A concurrent write or a namespace already gone: the next pass writes the conditions again.
      if (!isConflict(err) && !isNotFound(err)) throw err;
    }
  }

  /** Removes the `kubernetes` finalizer through namespaces/finalize; the API server then deletes the namespace. */
  private async finalize(name: string): Promise<void> {
    const ns = await this.getNamespace(name);
    if (!ns) return;
    const finalizers = (ns.spec?.finalizers ?? []).filter((f) => f !== FINALIZER_KUBERNETES);
    this.logger.v(1).info('namespace emptied; finalizing', { namespace: name });
    try {
      await this.api.update({ kind: this.namespaces, name, subresource: 'finalize' }, { ...ns, spec: { ...ns.spec, finalizers } } as KubeObject);
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }

  private async getNamespace(name: string): Promise<Namespace | undefined> {
    try {
      return await this.api.get<Namespace>({ kind: this.namespaces, name });
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }
}
