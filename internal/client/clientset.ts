/**
 * Clientset: every kind's typed client over one ApiClient (one gRPC channel), as client-go's
 * `kubernetes.Clientset`. `resource(name)` takes any name the RESTMapper resolves (`pods`, `po`,
 * `deploy`); the helpers name the kinds controllers use most.
 */
import { restMapper, type KindInfo } from '../api/index.js';
import { ApiClient, type ApiClientOptions } from './api-client.js';
import { ResourceClient } from './resource-client.js';
import type { ObjectOf, ResourceTypes } from './resource-types.js';

/** Typed clients for every kind, sharing one ApiClient. */
export class Clientset {
  private readonly clients = new Map<string, ResourceClient>();

  constructor(readonly api: ApiClient) {}

  /** A clientset over a new ApiClient of `options`. */
  static connect(options: ApiClientOptions): Clientset {
    return new Clientset(new ApiClient(options));
  }

  /** Closes the underlying channel. */
  close(): void {
    this.api.close();
  }

  /** The KindInfo of a resource name as users type it; throws on an unknown or ambiguous name (a bug in the caller). */
  static kindOf(resource: string): KindInfo {
    const kinds = restMapper.resolve(resource);
    if (kinds.length !== 1) throw new Error(`unknown resource "${resource}"`);
    return kinds[0]!;
  }

  /** The client of a resource (plural, singular or short name). */
  resource<R extends string>(resource: R): ResourceClient<ObjectOf<R>> {
    const kind = Clientset.kindOf(resource);
    let client = this.clients.get(kind.resource);
    if (!client) this.clients.set(kind.resource, (client = new ResourceClient(this.api, kind)));
    return client as unknown as ResourceClient<ObjectOf<R>>;
  }

  private scoped<R extends keyof ResourceTypes>(resource: R, namespace?: string): ResourceClient<ResourceTypes[R]> {
    const c = this.resource(resource) as unknown as ResourceClient<ResourceTypes[R]>;
    return namespace === undefined ? c : c.namespace(namespace);
  }

  /** Pods, of one namespace or all. */
  pods(namespace?: string): ResourceClient<ResourceTypes['pods']> {
    return this.scoped('pods', namespace);
  }
  /** Nodes. */
  nodes(): ResourceClient<ResourceTypes['nodes']> {
    return this.scoped('nodes');
  }
  /** Namespaces. */
  namespaces(): ResourceClient<ResourceTypes['namespaces']> {
    return this.scoped('namespaces');
  }
  /** Services, of one namespace or all. */
  services(namespace?: string): ResourceClient<ResourceTypes['services']> {
    return this.scoped('services', namespace);
  }
  /** Endpoints, of one namespace or all. */
  endpoints(namespace?: string): ResourceClient<ResourceTypes['endpoints']> {
    return this.scoped('endpoints', namespace);
  }
  /** Events, of one namespace or all. */
  events(namespace?: string): ResourceClient<ResourceTypes['events']> {
    return this.scoped('events', namespace);
  }
  /** Leases, of one namespace or all. */
  leases(namespace?: string): ResourceClient<ResourceTypes['leases']> {
    return this.scoped('leases', namespace);
  }
  /** ConfigMaps, of one namespace or all. */
  configMaps(namespace?: string): ResourceClient<ResourceTypes['configmaps']> {
    return this.scoped('configmaps', namespace);
  }
  /** Secrets, of one namespace or all. */
  secrets(namespace?: string): ResourceClient<ResourceTypes['secrets']> {
    return this.scoped('secrets', namespace);
  }
  /** ServiceAccounts, of one namespace or all. */
  serviceAccounts(namespace?: string): ResourceClient<ResourceTypes['serviceaccounts']> {
    return this.scoped('serviceaccounts', namespace);
  }
  /** Deployments, of one namespace or all. */
  deployments(namespace?: string): ResourceClient<ResourceTypes['deployments']> {
    return this.scoped('deployments', namespace);
  }
  /** ReplicaSets, of one namespace or all. */
  replicaSets(namespace?: string): ResourceClient<ResourceTypes['replicasets']> {
    return this.scoped('replicasets', namespace);
  }
  /** StatefulSets, of one namespace or all. */
  statefulSets(namespace?: string): ResourceClient<ResourceTypes['statefulsets']> {
    return this.scoped('statefulsets', namespace);
  }
  /** DaemonSets, of one namespace or all. */
  daemonSets(namespace?: string): ResourceClient<ResourceTypes['daemonsets']> {
    return this.scoped('daemonsets', namespace);
  }
  /** Jobs, of one namespace or all. */
  jobs(namespace?: string): ResourceClient<ResourceTypes['jobs']> {
    return this.scoped('jobs', namespace);
  }
  /** CronJobs, of one namespace or all. */
  cronJobs(namespace?: string): ResourceClient<ResourceTypes['cronjobs']> {
    return this.scoped('cronjobs', namespace);
  }
  /** ReplicationControllers, of one namespace or all. */
  replicationControllers(namespace?: string): ResourceClient<ResourceTypes['replicationcontrollers']> {
    return this.scoped('replicationcontrollers', namespace);
  }
  /** PersistentVolumeClaims, of one namespace or all. */
  persistentVolumeClaims(namespace?: string): ResourceClient<ResourceTypes['persistentvolumeclaims']> {
    return this.scoped('persistentvolumeclaims', namespace);
  }
  /** PersistentVolumes. */
  persistentVolumes(): ResourceClient<ResourceTypes['persistentvolumes']> {
    return this.scoped('persistentvolumes');
  }
  /** PodDisruptionBudgets, of one namespace or all. */
  podDisruptionBudgets(namespace?: string): ResourceClient<ResourceTypes['poddisruptionbudgets']> {
    return this.scoped('poddisruptionbudgets', namespace);
  }

  /** Binds a pod to a node (the scheduler's write). */
  bind(namespace: string, pod: string, node: string): Promise<unknown> {
    return this.api.bind(namespace, pod, node);
  }

  /** Evicts a pod, honouring PodDisruptionBudgets. */
  evict(namespace: string, pod: string): Promise<void> {
    return this.api.evict(namespace, pod);
  }
}
