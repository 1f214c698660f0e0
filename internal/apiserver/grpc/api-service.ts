/**
 * The gRPC face of the API server: the `Api` service of proto/api, a thin adapter over the
 * Registry. Requests arrive as raw bytes and are decoded here, so malformed input answers with a
 * Kubernetes Status like every other failure; watch events are encoded once and the same bytes
 * are written to every watcher; mutating and read-only calls have separate in-flight limits.
 */
import { once } from 'node:events';
import type { sendUnaryData, ServerUnaryCall, ServerWritableStream, UntypedServiceImplementation } from '@grpc/grpc-js';
import {
  DecodeError,
  KINDS,
  StatusError,
  WARNINGS_TRAILER,
  apiTypes,
  decodeProto,
  encodeProto,
  newBadRequest,
  toServiceError,
  unwrap,
  wrap,
  type KubeObject,
  type Status,
} from '../../api/index.js';
import { Metadata } from '@grpc/grpc-js';
import type { CreateRequest__Output } from '../../api/generated/skiff/api/v1/CreateRequest.js';
import type { GetRequest__Output } from '../../api/generated/skiff/api/v1/GetRequest.js';
import type { ListRequest__Output } from '../../api/generated/skiff/api/v1/ListRequest.js';
import type { UpdateRequest__Output } from '../../api/generated/skiff/api/v1/UpdateRequest.js';
import type { PatchRequest__Output } from '../../api/generated/skiff/api/v1/PatchRequest.js';
import type { DeleteRequest__Output } from '../../api/generated/skiff/api/v1/DeleteRequest.js';
import type { DeleteCollectionRequest__Output } from '../../api/generated/skiff/api/v1/DeleteCollectionRequest.js';
import type { WatchRequest__Output } from '../../api/generated/skiff/api/v1/WatchRequest.js';
import type { BindRequest__Output } from '../../api/generated/skiff/api/v1/BindRequest.js';
import type { EvictRequest__Output } from '../../api/generated/skiff/api/v1/EvictRequest.js';
import type { GetScaleRequest__Output } from '../../api/generated/skiff/api/v1/GetScaleRequest.js';
import type { UpdateScaleRequest__Output } from '../../api/generated/skiff/api/v1/UpdateScaleRequest.js';
import type { WriteOptions__Output } from '../../api/generated/skiff/api/v1/WriteOptions.js';
import type { DeleteOptions__Output } from '../../api/generated/skiff/meta/v1/DeleteOptions.js';
import type { Registry } from '../registry/registry.js';
import type { ResourceStore } from '../registry/resource-store.js';
import type { DeleteOptions, PatchType, WriteOptions } from '../registry/request-options.js';
import { patchObject, parseFieldValidation } from '../registry/patcher.js';
import { bindPod, evictPod, finalizeNamespace, getScale, unknownSubresource, updateScale, type Scale } from '../registry/subresources.js';
import type { WatchEvent } from '../cacher/index.js';
import { InflightLimiter, type InflightLimits } from './inflight-limiter.js';
import { versionInfo } from '../version.js';

type Unary = (call: ServerUnaryCall<Buffer, unknown>, callback: sendUnaryData<unknown>) => void;

function decodeRequest<T>(name: string, bytes: Buffer): T {
  try {
    return decodeProto(apiTypes.message(name), bytes) as T;
  } catch (err) {
    if (err instanceof DecodeError) throw newBadRequest(`malformed ${name}: ${err.message}`);
    throw err;
  }
}

/** Kubernetes' dryRun parameter: empty, or exactly "All". */
export function parseDryRun(values: readonly string[] | undefined): boolean {
  if (!values || values.length === 0) return false;
  for (const v of values) {
    if (v !== 'All') throw newBadRequest(`dryRun: Unsupported value: "${v}": supported values: "All"`);
  }
  return true;
}

function writeOptions(o: WriteOptions__Output | undefined): WriteOptions {
  return { dryRun: parseDryRun(o?.dryRun), fieldManager: o?.fieldManager };
}

function deleteOptions(o: DeleteOptions__Output | undefined): DeleteOptions {
  return {
    gracePeriodSeconds: o?.gracePeriodSeconds,
    preconditions: o?.preconditions,
    orphanDependents: o?.orphanDependents,
    propagationPolicy: o?.propagationPolicy,
    dryRun: parseDryRun(o?.dryRun),
  };
}

function metadataOnly(obj: KubeObject): KubeObject {
  return { apiVersion: 'meta.k8s.io/v1', kind: 'PartialObjectMetadata', metadata: obj.metadata };
}

const PATCH_TYPES: Record<string, PatchType> = { json: 'json', merge: 'merge', strategic: 'strategic' };

/** Options of the Api service. */
export interface ApiServiceOptions {
  readonly registry: Registry;
  readonly limits: InflightLimits;
  /** Called with every failed call's Status (for logging at -v). */
  readonly onError?: (method: string, status: Status) => void;
}

/** Builds the handlers of the `skiff.api.v1.Api` service. */
export function apiService(options: ApiServiceOptions): UntypedServiceImplementation {
  const { registry } = options;
  const limiter = new InflightLimiter(options.limits);

  const unary = <Req>(method: string, mutating: boolean, fn: (req: Req) => Promise<{ response: unknown; warnings?: readonly string[] }>): Unary => {
    return (call, callback) => {
      limiter
        .run(mutating, async () => fn(decodeRequest<Req>(`${method}Request`, call.request)))
        .then(
          ({ response, warnings }) => {
            if (warnings && warnings.length > 0) {
              const trailer = new Metadata();
              trailer.set(WARNINGS_TRAILER, encodeProto(apiTypes.message('Warnings'), { messages: [...warnings] }));
              callback(null, response, trailer);
            } else callback(null, response);
          },
          (err: unknown) => {
            const se = toServiceError(err);
            if (err instanceof StatusError) options.onError?.(method, err.status);
            callback(se);
          },
        );
    };
  };

  const ns = (ref: { namespace?: string } | undefined, store: ResourceStore): string => (store.info.namespaced ? (ref?.namespace ?? '') : '');
  const named = (ref: { name?: string } | undefined): string => {
    if (!ref?.name) throw newBadRequest('resource name may not be empty');
    return ref.name;
  };
  const object = (o: KubeObject): { response: unknown } => ({ response: wrap(o) });

  return {
    Create: unary<CreateRequest__Output>('Create', true, async (req) => {
      const store = registry.storeFor(req.ref ?? {});
      const sub = req.ref?.subresource ?? '';
      const obj = unwrap(req.object as Record<string, unknown>);
      if (sub === 'binding' && store.info.resource === 'pods') {
        const binding = { ...obj, metadata: { ...obj.metadata, name: req.ref?.name || obj.metadata?.name } };
        await bindPod(registry, ns(req.ref, store), binding, writeOptions(req.options));
        return { response: wrap({ apiVersion: 'v1', kind: 'Status', status: 'Success', code: 201, metadata: {} } as Status) };
      }
      if (sub === 'eviction' && store.info.resource === 'pods') {
        const eviction = obj as KubeObject & { deleteOptions?: DeleteOptions__Output };
        await evictPod(registry, ns(req.ref, store), req.ref?.name || eviction.metadata?.name || '', deleteOptions(eviction.deleteOptions));
        return { response: wrap({ apiVersion: 'v1', kind: 'Status', status: 'Success', code: 201, metadata: {} } as Status) };
      }
      if (sub !== '') throw unknownSubresource(store, sub);
      if (store.info.kind === 'Binding') {
        await bindPod(registry, ns(req.ref, store), obj, writeOptions(req.options));
        return { response: wrap({ apiVersion: 'v1', kind: 'Status', status: 'Success', code: 201, metadata: {} } as Status) };
      }
      return object(await store.create(ns(req.ref, store), obj, writeOptions(req.options)));
    }),

    Get: unary<GetRequest__Output>('Get', false, async (req) => {
      const store = registry.storeFor(req.ref ?? {});
      return object(await store.get(ns(req.ref, store), named(req.ref), { resourceVersion: req.resourceVersion }));
    }),

    List: unary<ListRequest__Output>('List', false, async (req) => {
      const store = registry.storeFor(req.ref ?? {});
      const result = await store.list(req.ref?.namespace ?? '', {
        labelSelector: req.labelSelector,
        fieldSelector: req.fieldSelector,
        limit: req.limit,
        continue: req.continue,
        resourceVersion: req.resourceVersion,
        resourceVersionMatch: req.resourceVersionMatch,
      });
      return {
        response: {
          metadata: { resourceVersion: result.resourceVersion, continue: result.continue, remainingItemCount: result.remainingItemCount },
          items: result.items.map((o) => wrap(req.metadataOnly ? metadataOnly(o) : o)),
        },
      };
    }),

    Update: unary<UpdateRequest__Output>('Update', true, async (req) => updateCall(req, req.ref?.subresource ?? '')),
    UpdateStatus: unary<UpdateRequest__Output>('Update', true, async (req) => updateCall(req, 'status')),

    Patch: unary<PatchRequest__Output>('Patch', true, async (req) => {
      const store = registry.storeFor(req.ref ?? {});
      const type = PATCH_TYPES[req.patchType ?? ''];
      if (!type) throw newBadRequest(`patchType: Unsupported value: "${req.patchType ?? ''}": supported values: "json", "merge", "strategic"`);
      const sub = req.ref?.subresource ?? '';
      if (sub !== '' && sub !== 'status') throw unknownSubresource(store, sub);
      const outcome = await patchObject(store, ns(req.ref, store), named(req.ref), type, req.patch ?? Buffer.alloc(0), {
        ...writeOptions(req.options),
        subresource: sub,
        fieldValidation: parseFieldValidation(req.options?.fieldValidation),
      });
      return { response: wrap(outcome.object), warnings: outcome.warnings };
    }),

    Delete: unary<DeleteRequest__Output>('Delete', true, async (req) => {
      const store = registry.storeFor(req.ref ?? {});
      const result = await store.delete(ns(req.ref, store), named(req.ref), deleteOptions(req.options));
      return { response: { object: wrap(result.object ?? result.status!), pending: result.pending } };
    }),

    DeleteCollection: unary<DeleteCollectionRequest__Output>('DeleteCollection', true, async (req) => {
      const store = registry.storeFor(req.ref ?? {});
      const namespace = req.ref?.namespace ?? '';
      const list = await store.list(namespace, { labelSelector: req.labelSelector, fieldSelector: req.fieldSelector });
      const opts = deleteOptions(req.options);
      const items: Record<string, unknown>[] = [];
      for (const o of list.items) {
        try {
          const r = await store.delete(o.metadata?.namespace ?? '', o.metadata?.name ?? '', opts);
          items.push(wrap(r.object ?? o));
        } catch (err) {
          if (!(err instanceof StatusError && err.reason === 'NotFound')) throw err;
        }
      }
      return { response: { metadata: { resourceVersion: list.resourceVersion }, items } };
    }),

    Watch: (call: ServerWritableStream<Buffer, unknown>) => void watchCall(call),

    Bind: unary<BindRequest__Output>('Bind', true, async (req) => {
      const store = registry.storeFor({ group: '', resource: 'pods' });
      const binding = { ...req.binding, metadata: { ...req.binding?.metadata, name: req.ref?.name || req.binding?.metadata?.name } };
      return object(await bindPod(registry, ns(req.ref, store), binding, writeOptions(req.options)));
    }),

    Evict: unary<EvictRequest__Output>('Evict', true, async (req) => {
      const store = registry.storeFor({ group: '', resource: 'pods' });
      const name = req.ref?.name || req.eviction?.metadata?.name || '';
      const deleted = await evictPod(registry, ns(req.ref, store), name, deleteOptions(req.eviction?.deleteOptions));
      return { response: wrap(deleted ?? ({ apiVersion: 'v1', kind: 'Status', status: 'Success', metadata: {} } as Status)) };
    }),

    GetScale: unary<GetScaleRequest__Output>('GetScale', false, async (req) => {
      const store = registry.storeFor(req.ref ?? {});
      return { response: await getScale(store, ns(req.ref, store), named(req.ref)) };
    }),

    UpdateScale: unary<UpdateScaleRequest__Output>('UpdateScale', true, async (req) => {
      const store = registry.storeFor(req.ref ?? {});
      return { response: await updateScale(store, ns(req.ref, store), named(req.ref), (req.scale ?? {}) as Scale, writeOptions(req.options)) };
    }),

    Discovery: unary<Record<string, never>>('Discovery', false, async () => ({ response: discovery() })),
  };

  async function updateCall(req: UpdateRequest__Output, subresource: string): Promise<{ response: unknown }> {
    const store = registry.storeFor(req.ref ?? {});
    const obj = unwrap(req.object as Record<string, unknown>);
    const name = req.ref?.name || obj.metadata?.name || '';
    if (!name) throw newBadRequest('resource name may not be empty');
    if (subresource === 'finalize') {
      if (store.info.resource !== 'namespaces') throw unknownSubresource(store, subresource);
      return { response: { object: wrap(await finalizeNamespace(registry, name, obj, writeOptions(req.options))), created: false } };
    }
    if (subresource !== '' && subresource !== 'status') throw unknownSubresource(store, subresource);
    if (subresource === 'status' && !store.strategy.hasStatus) throw unknownSubresource(store, subresource);
    const result = await store.update(ns(req.ref, store), name, obj, { ...writeOptions(req.options), subresource });
    return { response: { object: wrap(result.object), created: result.created } };
  }

  async function watchCall(call: ServerWritableStream<Buffer, unknown>): Promise<void> {
    const fail = (err: unknown): void => {
      call.emit('error', toServiceError(err));
    };
    let req: WatchRequest__Output;
    let watcher;
    try {
      req = decodeRequest<WatchRequest__Output>('WatchRequest', call.request);
      const store = registry.storeFor(req.ref ?? {});
      watcher = await store.watch(req.ref?.namespace ?? '', {
        labelSelector: req.labelSelector,
        fieldSelector: req.fieldSelector,
        resourceVersion: req.resourceVersion,
        resourceVersionMatch: req.resourceVersionMatch,
        allowWatchBookmarks: req.allowWatchBookmarks,
        sendInitialEvents: req.sendInitialEvents,
      });
    } catch (err) {
      if (err instanceof StatusError && (err.reason === 'Expired' || err.reason === 'Gone')) {
        // As Kubernetes does, a too-old resourceVersion is an ERROR event on an accepted watch.
        call.write(encodeProto(apiTypes.watchEvent, { type: 'ERROR', object: wrap(err.status) }));
        call.end();
        return;
      }
      fail(err);
      return;
    }
    const w = watcher;
    const meta = !!req.metadataOnly;
    const encoding = meta ? 'proto-meta' : 'proto';
    const encode = (e: WatchEvent): Buffer =>
      encodeProto(apiTypes.watchEvent, { type: e.type, object: wrap(meta && e.type !== 'ERROR' ? metadataOnly(e.object as KubeObject) : e.object) });
    call.on('cancelled', () => w.close('Stopped'));
    call.on('close', () => w.close('Stopped'));
    const timeout = req.timeoutSeconds && req.timeoutSeconds > 0 ? setTimeout(() => w.close('Stopped'), req.timeoutSeconds * 1000) : undefined;
    try {
      for await (const event of w) {
        if (call.cancelled || call.destroyed) break;
        if (!call.write(event.encoded(encoding, encode))) await Promise.race([once(call, 'drain'), once(call, 'close')]);
      }
      if (w.closed === 'TooSlow') {
        fail(new StatusError({ code: 429, reason: 'TooManyRequests', message: 'watch closed: the client could not keep up with the event stream; resume from the last resourceVersion seen' }));
      } else if (!call.cancelled && !call.destroyed) call.end();
    } catch (err) {
      fail(err);
    } finally {
      if (timeout) clearTimeout(timeout);
      w.close('Stopped');
    }
  }
}

/** The Discovery response: every resource and subresource the RESTMapper knows, and the version. */
export function discovery(): Record<string, unknown> {
  const resources: Record<string, unknown>[] = [];
  for (const k of KINDS) {
    resources.push({
      name: k.resource,
      singularName: k.singular,
      namespaced: k.namespaced,
      group: k.group,
      version: k.version,
      kind: k.kind,
      verbs: [...k.verbs],
      shortNames: [...k.shortNames],
      categories: [...k.categories],
    });
    for (const s of k.subresources) {
      resources.push({
        name: `${k.resource}/${s.name}`,
        singularName: '',
        namespaced: k.namespaced,
        group: s.group ?? k.group,
        version: s.version ?? k.version,
        kind: s.kind ?? k.kind,
        verbs: [...s.verbs],
      });
    }
  }
  return { resources, version: versionInfo() };
}
