/**
 * ApiClient: the raw client of the API server's gRPC `Api` service: one channel, every verb for any
 * resource, errors as StatusErrors carrying the Kubernetes Status from the trailer, a deadline on
 * every unary call, and retries with backoff on Unavailable for calls that are safe to repeat.
 * Typed per-kind clients and informers are built on it.
 */
import { Client, credentials, Metadata, status as GrpcStatus, type CallOptions, type ClientReadableStream, type ServiceError } from '@grpc/grpc-js';
import {
  WARNINGS_TRAILER,
  apiTypes,
  decodeProto,
  fromServiceError,
  restMapper,
  serviceDefinition,
  unwrap,
  wrap,
  type KindInfo,
  type KubeObject,
  type Status,
} from '../api/index.js';
import type { ResourceRef } from '../api/generated/skiff/api/v1/ResourceRef.js';

/** Options of a client. */
export interface ApiClientOptions {
  /** The API server's gRPC address (`127.0.0.1:6443`). */
  readonly address: string;
  /** Deadline of unary calls in milliseconds (default 30 s). */
  readonly timeoutMs?: number;
  /** How many times a call that failed with Unavailable is retried (default 5). */
  readonly retries?: number;
  /** First retry delay in milliseconds, doubled each time (default 100). */
  readonly retryBaseMs?: number;
}

/** Where an object lives: its resource, and namespace and name when they apply. */
export interface Target {
  readonly kind: KindInfo;
  readonly namespace?: string;
  readonly name?: string;
  readonly subresource?: string;
}

/** The list result. */
export interface ListResult<T = KubeObject> {
  readonly items: T[];
  readonly resourceVersion: string;
  readonly continue?: string;
  readonly remainingItemCount?: number;
}

/** A watch event as the client sees it. */
export interface ClientWatchEvent<T = KubeObject> {
  readonly type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  readonly object: T;
}

/** Options of a list. */
export interface ClientListOptions {
  readonly labelSelector?: string;
  readonly fieldSelector?: string;
  readonly limit?: number;
  readonly continue?: string;
  readonly resourceVersion?: string;
  readonly resourceVersionMatch?: string;
  readonly metadataOnly?: boolean;
}

/** Options of a watch. */
export interface ClientWatchOptions {
  readonly labelSelector?: string;
  readonly fieldSelector?: string;
  readonly resourceVersion?: string;
  readonly resourceVersionMatch?: string;
  readonly allowWatchBookmarks?: boolean;
  readonly sendInitialEvents?: boolean;
  readonly timeoutSeconds?: number;
  readonly metadataOnly?: boolean;
}

/** Options of a write. */
export interface ClientWriteOptions {
  readonly dryRun?: boolean;
  readonly fieldManager?: string;
  readonly fieldValidation?: 'Strict' | 'Warn' | 'Ignore';
}

/** Options of a delete. */
export interface ClientDeleteOptions {
  readonly gracePeriodSeconds?: number;
  readonly preconditions?: { uid?: string; resourceVersion?: string };
  readonly propagationPolicy?: 'Orphan' | 'Background' | 'Foreground';
  readonly dryRun?: boolean;
}

/** A watch in progress: an async iterable of events; `close()` ends it. */
export interface WatchStream<T = KubeObject> extends AsyncIterable<ClientWatchEvent<T>> {
  close(): void;
}

type Callback = (err: ServiceError | null, value?: unknown) => void;

function refOf(t: Target): ResourceRef {
  return {
    group: t.kind.group,
    version: t.kind.version,
    resource: t.kind.resource,
    namespace: t.kind.namespaced ? t.namespace ?? '' : '',
    name: t.name,
    subresource: t.subresource,
  };
}

function writeOpts(o: ClientWriteOptions | undefined): Record<string, unknown> {
  return { dryRun: o?.dryRun ? ['All'] : [], fieldManager: o?.fieldManager, fieldValidation: o?.fieldValidation };
}

/** The client of one API server. */
export class ApiClient {
  private readonly client: Client;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly retryBaseMs: number;
  /** Warnings the server sent with the last call that had any. */
  lastWarnings: string[] = [];

  constructor(readonly options: ApiClientOptions) {
    this.client = new Client(options.address, credentials.createInsecure(), {
      // A large flow-control window keeps watch events from queueing behind the default 64 KiB.
      'grpc-node.flow_control_window': 16 * 1024 * 1024,
      'grpc.max_receive_message_length': -1,
      'grpc.max_send_message_length': -1,
      'grpc.keepalive_time_ms': 30_000,
    });
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.retries = options.retries ?? 5;
    this.retryBaseMs = options.retryBaseMs ?? 100;
  }

  /** Closes the channel. */
  close(): void {
    this.client.close();
  }

  /** Resolves the kind info of a resource name as users type it (`pods`, `deploy`). */
  static kind(resource: string): KindInfo {
    const kinds = restMapper.resolve(resource);
    if (kinds.length !== 1) throw new Error(`unknown resource "${resource}"`);
    return kinds[0]!;
  }

  private unary(method: string, request: unknown, retry: boolean): Promise<unknown> {
    const def = serviceDefinition('skiff.api.v1.Api')[method]!;
    const attempt = (n: number): Promise<unknown> =>
      new Promise<unknown>((resolve, reject) => {
        const opts: CallOptions = { deadline: Date.now() + this.timeoutMs };
        const call = this.client.makeUnaryRequest(
          def.path,
          def.requestSerialize,
          def.responseDeserialize,
          request,
          new Metadata(),
          opts,
          ((err, value) => {
            if (err) reject(err);
            else resolve(value);
          }) as Callback,
        );
        call.on('status', (s) => {
          const raw = s.metadata.get(WARNINGS_TRAILER)[0];
          if (raw && Buffer.isBuffer(raw)) this.lastWarnings = (decodeProto(apiTypes.message('Warnings'), raw) as { messages?: string[] }).messages ?? [];
        });
      }).catch(async (err: ServiceError) => {
        if (retry && err.code === GrpcStatus.UNAVAILABLE && n < this.retries) {
          await new Promise((r) => setTimeout(r, this.retryBaseMs * 2 ** n));
          return attempt(n + 1);
        }
        throw fromServiceError(err);
      });
    return attempt(0);
  }

  /** Creates an object. */
  async create<T extends KubeObject>(target: Target, obj: T, options?: ClientWriteOptions): Promise<T> {
    const res = await this.unary('Create', { ref: refOf(target), object: wrap(obj), options: writeOpts(options) }, false);
    return unwrap(res as Record<string, unknown>) as T;
  }

  /** Reads an object. */
  async get<T extends KubeObject>(target: Target, resourceVersion?: string): Promise<T> {
    return unwrap((await this.unary('Get', { ref: refOf(target), resourceVersion }, true)) as Record<string, unknown>) as T;
  }

  /** Lists objects. */
  async list<T extends KubeObject>(target: Target, options: ClientListOptions = {}): Promise<ListResult<T>> {
    const res = (await this.unary('List', { ref: refOf(target), ...options }, true)) as {
      metadata?: { resourceVersion?: string; continue?: string; remainingItemCount?: number };
      items?: Record<string, unknown>[];
    };
    return {
      items: (res.items ?? []).map((i) => unwrap(i) as T),
      resourceVersion: res.metadata?.resourceVersion ?? '',
      continue: res.metadata?.continue || undefined,
      remainingItemCount: res.metadata?.remainingItemCount,
    };
  }

  /** Replaces an object (or its status, with `subresource: 'status'`). */
  async update<T extends KubeObject>(target: Target, obj: T, options?: ClientWriteOptions): Promise<T> {
    const method = target.subresource === 'status' ? 'UpdateStatus' : 'Update';
    const res = (await this.unary(method, { ref: refOf({ ...target, name: target.name ?? obj.metadata?.name }), object: wrap(obj), options: writeOpts(options) }, false)) as {
      object?: Record<string, unknown>;
    };
    return unwrap(res.object) as T;
  }

  /** Patches an object with a JSON, merge or strategic merge patch. */
  async patch<T extends KubeObject>(target: Target, patchType: 'json' | 'merge' | 'strategic', patch: unknown, options?: ClientWriteOptions): Promise<T> {
    const bytes = Buffer.from(typeof patch === 'string' ? patch : JSON.stringify(patch));
    const res = await this.unary('Patch', { ref: refOf(target), patchType, patch: bytes, options: writeOpts(options) }, false);
    return unwrap(res as Record<string, unknown>) as T;
  }

  /** Deletes an object; returns the object if it is only marked for deletion (or the kind returns it), else the Status. */
  async delete(target: Target, options: ClientDeleteOptions = {}): Promise<{ object: KubeObject | Status; pending: boolean }> {
    const res = (await this.unary('Delete', { ref: refOf(target), options: { ...options, dryRun: options.dryRun ? ['All'] : [] } }, false)) as {
      object?: Record<string, unknown>;
      pending?: boolean;
    };
    return { object: unwrap(res.object), pending: !!res.pending };
  }

  /** Deletes every object a selector matches. */
  async deleteCollection(target: Target, selectors: { labelSelector?: string; fieldSelector?: string } = {}, options: ClientDeleteOptions = {}): Promise<KubeObject[]> {
    const res = (await this.unary('DeleteCollection', { ref: refOf(target), ...selectors, options: { ...options, dryRun: options.dryRun ? ['All'] : [] } }, false)) as {
      items?: Record<string, unknown>[];
    };
    return (res.items ?? []).map((i) => unwrap(i));
  }

  /** Reads a workload's Scale. */
  async getScale(target: Target): Promise<KubeObject & { spec?: { replicas?: number } }> {
    return (await this.unary('GetScale', { ref: refOf(target) }, true)) as KubeObject;
  }

  /** Sets a workload's replicas through its Scale. */
  async updateScale(target: Target, scale: KubeObject & { spec?: { replicas?: number } }, options?: ClientWriteOptions): Promise<KubeObject> {
    return (await this.unary('UpdateScale', { ref: refOf(target), scale, options: writeOpts(options) }, false)) as KubeObject;
  }

  /** Binds a pod to a node. */
  async bind(namespace: string, pod: string, node: string): Promise<KubeObject> {
    const kind = ApiClient.kind('pods');
    const res = await this.unary('Bind', { ref: refOf({ kind, namespace, name: pod }), binding: { metadata: { name: pod }, target: { kind: 'Node', name: node } } }, false);
    return unwrap(res as Record<string, unknown>);
  }

  /** Evicts a pod (respecting PodDisruptionBudgets). */
  async evict(namespace: string, pod: string, deleteOptions?: ClientDeleteOptions): Promise<void> {
    const kind = ApiClient.kind('pods');
    await this.unary('Evict', { ref: refOf({ kind, namespace, name: pod }), eviction: { metadata: { name: pod, namespace }, deleteOptions } }, false);
  }

  /** What the server serves, and its version. */
  async discovery(): Promise<{ resources?: Record<string, unknown>[]; version?: Record<string, string> }> {
    return (await this.unary('Discovery', {}, true)) as { resources?: Record<string, unknown>[]; version?: Record<string, string> };
  }

  /** Starts a watch. Errors (including a 410 as an ERROR event) arrive through the iterator. */
  watch<T extends KubeObject>(target: Target, options: ClientWatchOptions = {}): WatchStream<T> {
    const def = serviceDefinition('skiff.api.v1.Api').Watch!;
    const stream: ClientReadableStream<unknown> = this.client.makeServerStreamRequest(
      def.path,
      def.requestSerialize,
      def.responseDeserialize,
      { ref: refOf(target), ...options },
      new Metadata(),
      {},
    );
    const queue: unknown[] = [];
    let done = false;
    let failure: Error | undefined;
    let wake: (() => void) | undefined;
    const notify = (): void => {
      const w = wake;
      wake = undefined;
      w?.();
    };
    // Each stream message is a WatchEvents batch: the events waiting when the server wrote.
    stream.on('data', (batch: { events?: unknown[] }) => {
      for (const ev of batch.events ?? []) queue.push(ev);
      notify();
    });
    stream.on('error', (err: ServiceError) => {
      if (err.code !== GrpcStatus.CANCELLED) failure = fromServiceError(err);
      done = true;
      notify();
    });
    stream.on('end', () => {
      done = true;
      notify();
    });
    return {
      close: () => {
        done = true;
        stream.cancel();
        notify();
      },
      async *[Symbol.asyncIterator](): AsyncIterator<ClientWatchEvent<T>> {
        for (;;) {
          if (queue.length > 0) {
            const ev = queue.shift() as { type?: string; object?: Record<string, unknown> };
            yield { type: ev.type as ClientWatchEvent['type'], object: unwrap(ev.object) as T };
            continue;
          }
          if (failure) throw failure;
          if (done) return;
          await new Promise<void>((r) => (wake = r));
        }
      },
    };
  }
}
