/**
 * ResourceClient: the typed client of one kind (client-go's `PodInterface` and friends), over the
 * shared ApiClient. `namespace(ns)` gives the view of one namespace; without one, reads list and
 * watch across namespaces and writes go to the namespace the object names.
 */
import type { KindInfo, KubeObject, Status } from '../api/index.js';
import type {
  ApiClient,
  ClientDeleteOptions,
  ClientListOptions,
  ClientWatchOptions,
  ClientWriteOptions,
  ListResult,
  Target,
  WatchStream,
} from './api-client.js';
import type { Scale__Output } from '../api/generated/skiff/autoscaling/v1/Scale.js';

/** The patch types the Api takes. */
export type PatchType = 'json' | 'merge' | 'strategic';

/** What a delete returns: the object while it is only marked for deletion (`pending`), else the object or a Status. */
export interface DeleteResult {
  readonly object: KubeObject | Status;
  readonly pending: boolean;
}

/** The client of one kind, optionally scoped to a namespace. */
export class ResourceClient<T extends KubeObject = KubeObject> {
  constructor(
    readonly api: ApiClient,
    readonly kind: KindInfo,
    /** The namespace of this view; undefined for all namespaces or a cluster-scoped kind. */
    readonly ns?: string,
  ) {}

  /** The view of one namespace. */
  namespace(namespace: string): ResourceClient<T> {
    if (!this.kind.namespaced) throw new Error(`${this.kind.resource} is not namespaced`);
    return new ResourceClient<T>(this.api, this.kind, namespace);
  }

  /** Creates an object in this view's namespace, else the one the object names. */
  create(obj: T, options?: ClientWriteOptions): Promise<T> {
    return this.api.create(this.target(undefined, obj), this.typed(obj), options);
  }

  /** Reads an object by name. */
  get(name: string, options: { resourceVersion?: string } = {}): Promise<T> {
    return this.api.get<T>(this.target(name), options.resourceVersion);
  }

  /** Lists objects (of this view's namespace, or all). */
  list(options?: ClientListOptions): Promise<ListResult<T>> {
    return this.api.list<T>(this.target(), options);
  }

  /** Replaces an object; its resourceVersion makes the write conditional. */
  update(obj: T, options?: ClientWriteOptions): Promise<T> {
    return this.api.update(this.target(obj.metadata?.name, obj), this.typed(obj), options);
  }

  /** Replaces an object's status. */
  updateStatus(obj: T, options?: ClientWriteOptions): Promise<T> {
    return this.api.update({ ...this.target(obj.metadata?.name, obj), subresource: 'status' }, this.typed(obj), options);
  }

  /** Patches an object (`json`, `merge` or `strategic`); a subresource (`status`) when given. */
  patch(name: string, type: PatchType, patch: unknown, options?: ClientWriteOptions & { subresource?: string }): Promise<T> {
    return this.api.patch<T>({ ...this.target(name), subresource: options?.subresource }, type, patch, options);
  }

  /** Deletes an object by name. */
  delete(name: string, options?: ClientDeleteOptions): Promise<DeleteResult> {
    return this.api.delete(this.target(name), options);
  }

  /** Deletes every object the selectors match. */
  deleteCollection(selectors: { labelSelector?: string; fieldSelector?: string } = {}, options?: ClientDeleteOptions): Promise<T[]> {
    return this.api.deleteCollection(this.target(), selectors, options) as Promise<T[]>;
  }

  /** Watches objects (of this view's namespace, or all). */
  watch(options?: ClientWatchOptions): WatchStream<T> {
    return this.api.watch<T>(this.target(), options);
  }

  /** Reads the Scale of a workload. */
  async getScale(name: string): Promise<Scale__Output> {
    return (await this.api.getScale({ ...this.target(name), subresource: 'scale' })) as Scale__Output;
  }

  /** Writes the Scale of a workload (its spec.replicas). */
  async updateScale(name: string, scale: Scale__Output, options?: ClientWriteOptions): Promise<Scale__Output> {
    return (await this.api.updateScale({ ...this.target(name), subresource: 'scale' }, scale, options)) as Scale__Output;
  }

  private target(name?: string, obj?: KubeObject): Target {
    const namespace = this.kind.namespaced ? (this.ns ?? obj?.metadata?.namespace) : undefined;
    return { kind: this.kind, namespace, name };
  }

  /** Fills apiVersion and kind, which the wire envelope needs, when the caller left them out. */
  private typed(obj: T): T {
    if (obj.apiVersion && obj.kind) return obj;
    const apiVersion = this.kind.group === '' ? this.kind.version : `${this.kind.group}/${this.kind.version}`;
    return { ...obj, apiVersion, kind: this.kind.kind };
  }
}
