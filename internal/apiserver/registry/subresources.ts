/**
 * The subresources with behaviour of their own: `scale` (autoscaling/v1 Scale over a workload's
 * spec.replicas), `pods/binding` (assign a pod to a node once), `pods/eviction` (a delete that
 * respects PodDisruptionBudgets) and `namespaces/finalize` (change only spec.finalizers).
 *
 * Their update functions start from a shallow copy of `current` and replace whole top-level fields:
 * `current` is the cache's shared, frozen object and is never changed, and guaranteedUpdate
 * deep-copies whatever an update function returns before anything writes to it.
 */
import {
  newBadRequest,
  newConflict,
  newInvalid,
  newNotFound,
  OBJECT_MODIFIED,
  StatusError,
  type KubeObject,
  type KubeObjectWithSpec,
} from '../../api/index.js';
import { labelSelectorAsSelector } from '../../api/labels/index.js';
import { FieldError, FieldPath } from '../../api/validation/index.js';
import type { Registry } from './registry.js';
import type { ResourceStore } from './resource-store.js';
import type { DeleteOptions, WriteOptions } from './request-options.js';
import { formatTime } from './object-meta.js';
import { checkName } from './request-object-checks.js';

/** The autoscaling/v1 Scale of a workload. */
export interface Scale extends KubeObject {
  spec?: { replicas?: number };
  status?: { replicas?: number; selector?: string };
}

interface Scalable extends KubeObject {
  spec?: { replicas?: number; selector?: unknown };
  status?: { replicas?: number };
}

function selectorString(info: ResourceStore['info'], selector: unknown): string {
  if (!selector || typeof selector !== 'object') return '';
  if (info.kind === 'ReplicationController') {
    return Object.entries(selector as Record<string, string>)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
  }
  const converted = labelSelectorAsSelector(selector as Parameters<typeof labelSelectorAsSelector>[0]);
  return converted.ok ? converted.selector.toString() : '';
}

function scaleOf(store: ResourceStore, obj: Scalable): Scale {
  const m = obj.metadata ?? {};
  return {
    apiVersion: 'autoscaling/v1',
    kind: 'Scale',
    metadata: { name: m.name, namespace: m.namespace, uid: m.uid, resourceVersion: m.resourceVersion, creationTimestamp: m.creationTimestamp },
    spec: { replicas: obj.spec?.replicas ?? 0 },
    status: { replicas: obj.status?.replicas ?? 0, selector: selectorString(store.info, obj.spec?.selector) },
  };
}

function requireScalable(store: ResourceStore): void {
  if (!store.info.subresources.some((s) => s.name === 'scale')) {
    throw new StatusError({ code: 404, reason: 'NotFound', message: `the server could not find the requested resource (${store.info.resource}/scale)` });
  }
}

/** GET .../scale. */
export async function getScale(store: ResourceStore, namespace: string, name: string): Promise<Scale> {
  requireScalable(store);
  return scaleOf(store, (await store.get(namespace, name)) as Scalable);
}

/** PUT .../scale: sets spec.replicas, with the Scale's resourceVersion as precondition. */
export async function updateScale(store: ResourceStore, namespace: string, name: string, scale: Scale, options: WriteOptions = {}): Promise<Scale> {
  requireScalable(store);
  // The update handler checks the Scale against the request, namespace then name, before the
  // scale storage validates it.
  if (scale.metadata?.namespace && scale.metadata.namespace !== namespace) {
    throw newBadRequest('the namespace of the provided object does not match the namespace sent on the request');
  }
  checkName(scale, name);
  // Kubernetes' Scale writes `replicas` with omitempty: a Scale to zero arrives without it.
  const replicas = scale.spec?.replicas ?? 0;
  if (replicas < 0) {
    throw newInvalid({ group: 'autoscaling', kind: 'Scale' }, name, [
      FieldError.invalid(FieldPath.root('spec', 'replicas'), replicas, 'must be greater than or equal to 0'),
    ]);
  }
  const updated = await store.guaranteedUpdate(namespace, name, scale.metadata?.resourceVersion || undefined, options, '', (current) => {
    const next = { ...current } as Scalable;
    next.spec = { ...next.spec, replicas };
    return next;
  });
  return scaleOf(store, updated as Scalable);
}

/** POST pods/binding: sets spec.nodeName of a pod not yet bound, and its PodScheduled condition. */
export async function bindPod(
  registry: Registry,
  namespace: string,
  binding: { metadata?: { name?: string; annotations?: Record<string, string>; resourceVersion?: string; uid?: string }; target?: { kind?: string; name?: string } },
  options: WriteOptions = {},
): Promise<KubeObject> {
  const pods = registry.storeFor({ group: '', resource: 'pods' });
  const name = binding.metadata?.name ?? '';
  const node = binding.target?.name ?? '';
  const errors: FieldError[] = [];
  if (!name) errors.push(FieldError.required(FieldPath.root('metadata', 'name')));
  if (!node) errors.push(FieldError.required(FieldPath.root('target', 'name')));
  if (binding.target?.kind && binding.target.kind !== 'Node') {
    errors.push(FieldError.notSupported(FieldPath.root('target', 'kind'), binding.target.kind, ['Node']));
  }
  if (errors.length > 0) throw newInvalid({ group: '', kind: 'Binding' }, name, errors);
  return pods.guaranteedUpdate(namespace, name, binding.metadata?.resourceVersion || undefined, options, 'binding', (current) => {
    const pod = { ...current } as KubeObject & { spec?: { nodeName?: string }; status?: { conditions?: Record<string, unknown>[] } };
    if (binding.metadata?.uid && binding.metadata.uid !== current.metadata?.uid) {
      throw newConflict(pods.info, name, `Precondition failed: UID in precondition: ${binding.metadata.uid}, UID in object meta: ${current.metadata?.uid ?? ''}`);
    }
    if (pod.metadata?.deletionTimestamp) throw newConflict(pods.info, name, 'pod is being deleted, cannot be assigned to a host');
    if (pod.spec?.nodeName) throw newConflict(pods.info, name, `pod ${name} is already assigned to node "${pod.spec.nodeName}"`);
    pod.spec = { ...pod.spec, nodeName: node };
    if (binding.metadata?.annotations) pod.metadata = { ...pod.metadata, annotations: { ...pod.metadata?.annotations, ...binding.metadata.annotations } };
    const conditions = (pod.status?.conditions ?? []).filter((c) => c.type !== 'PodScheduled');
    conditions.push({ type: 'PodScheduled', status: 'True', lastTransitionTime: formatTime(registry.options.clock.now()) });
    pod.status = { ...pod.status, conditions };
    return pod;
  });
}

interface PDB extends KubeObject {
  spec?: { selector?: unknown };
  status?: { disruptionsAllowed?: number; observedGeneration?: number; disruptedPods?: Record<string, string> };
}

const DISRUPTION_BUDGET_VIOLATED = "Cannot evict pod as it would violate the pod's disruption budget.";

/**
 * POST pods/eviction: deletes the pod unless a PodDisruptionBudget covering it allows no more
 * disruptions (429 TooManyRequests). A pod that is not running is deleted without a budget check.
 */
export async function evictPod(
  registry: Registry,
  namespace: string,
  name: string,
  deleteOptions: DeleteOptions = {},
): Promise<KubeObject | undefined> {
  const pods = registry.storeFor({ group: '', resource: 'pods' });
  const pod = (await pods.get(namespace, name)) as KubeObject & { status?: { phase?: string } };
  const phase = pod.status?.phase;
  if (phase === 'Running' || phase === undefined || phase === 'Unknown') {
    const pdbs = registry.storeFor({ group: 'policy', resource: 'poddisruptionbudgets' });
    const matching = (await pdbs.list(namespace)).items.filter((p) => {
      const sel = labelSelectorAsSelector((p as PDB).spec?.selector as Parameters<typeof labelSelectorAsSelector>[0]);
      return sel.ok && !sel.selector.empty() && sel.selector.matches(pod.metadata?.labels);
    }) as PDB[];
    if (matching.length > 1) {
      throw new StatusError({ code: 500, reason: 'InternalError', message: 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.' });
    }
    if (matching.length === 1) {
      const pdb = matching[0]!;
      if ((pdb.status?.disruptionsAllowed ?? 0) <= 0) {
        throw new StatusError({
          code: 429,
          reason: 'TooManyRequests',
          message: DISRUPTION_BUDGET_VIOLATED,
          details: { causes: [{ reason: 'DisruptionBudget', message: `The disruption budget ${pdb.metadata?.name} needs ${0} healthy pods and has ${0} currently` }] },
        });
      }
      await pdbs.guaranteedUpdate(namespace, pdb.metadata!.name!, pdb.metadata!.resourceVersion, { dryRun: deleteOptions.dryRun }, 'status', (current) => {
        const next = { ...current } as PDB;
        next.status = {
          ...next.status,
          disruptionsAllowed: (next.status?.disruptionsAllowed ?? 0) - 1,
          disruptedPods: { ...next.status?.disruptedPods, [name]: formatTime(registry.options.clock.now()) },
        };
        return next;
      }).catch((err: unknown) => {
        if (err instanceof StatusError && err.reason === 'Conflict') {
          throw new StatusError({ code: 429, reason: 'TooManyRequests', message: OBJECT_MODIFIED, details: { retryAfterSeconds: 1 } });
        }
        throw err;
      });
    }
  }
  const result = await pods.delete(namespace, name, deleteOptions);
  return result.object;
}

/**
 * PUT namespaces/finalize: an update of the namespace that keeps the stored status, as Kubernetes'
 * finalize strategy does (so metadata changes are kept too); the last spec finalizer gone deletes a
 * terminating namespace.
 */
export async function finalizeNamespace(registry: Registry, name: string, input: KubeObject, options: WriteOptions = {}): Promise<KubeObject> {
  const namespaces = registry.storeFor({ group: '', resource: 'namespaces' });
  checkName(input, name);
  const finalizers = (input as { spec?: { finalizers?: string[] } }).spec?.finalizers;
  return namespaces.guaranteedUpdate('', name, input.metadata?.resourceVersion || undefined, options, 'finalize', (current) => ({
    ...input,
    metadata: { ...input.metadata, name },
    spec: { finalizers: finalizers && finalizers.length > 0 ? [...finalizers] : undefined },
    status: (current as KubeObjectWithSpec).status,
  }));
}

/** A 404 for a subresource the resource does not have. */
export function unknownSubresource(store: ResourceStore, subresource: string): StatusError {
  const err = newNotFound(store.info, subresource);
  err.status.message = `the server could not find the requested resource (${store.info.resource}/${subresource})`;
  return err;
}
