/**
 * The gRPC face of the API server: the `Api` service of proto/api, a thin adapter over the
 * Registry. Requests arrive as raw bytes and are decoded here, so malformed input answers with a
 * Kubernetes Status like every other failure; watch events are encoded once and the same bytes
 * are written to every watcher; mutating and read-only calls have separate in-flight limits.
 */
import type { sendUnaryData, ServerUnaryCall, ServerWritableStream, UntypedServiceImplementation } from '@grpc/grpc-js';
import {
  DecodeError,
  StatusError,
  WARNINGS_TRAILER,
  apiTypes,
  decodeProto,
  encodeProto,
  envelopeBytesOf,
  frameField,
  limitWarnings,
  messageType,
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
import { recordingWarnings, type DeleteOptions, type PatchType, type WriteOptions } from '../registry/request-options.js';
import { parseFieldValidation } from '../registry/patcher.js';
import { bindPod, evictPod, getScale, updateScale, type Scale } from '../registry/subresources.js';
import { createOn, deleteCollection, deleteOn, discovery, metadataOnly, patchOn, toDeleteOptions, toWriteOptions, updateOn, type WriteOptionsKind } from '../endpoints/index.js';
import type { WatchEvent } from '../cacher/index.js';
import { InflightLimiter, type InflightLimits } from './inflight-limiter.js';

type Unary = (call: ServerUnaryCall<Buffer, unknown>, callback: sendUnaryData<unknown>) => void;

function decodeRequest<T>(name: string, bytes: Buffer): T {
  try {
    return decodeProto(apiTypes.message(name), bytes) as T;
  } catch (err) {
    if (err instanceof DecodeError) throw newBadRequest(`malformed ${name}: ${err.message}`);
    throw err;
  }
}

/** A request's write options; `kind` names them in a refusal (`UpdateOptions.meta.k8s.io "" is invalid: ...`). */
function writeOptions(o: WriteOptions__Output | undefined, kind: WriteOptionsKind = 'CreateOptions'): WriteOptions {
  return toWriteOptions(o, kind);
}

function deleteOptions(o: DeleteOptions__Output | undefined): DeleteOptions {
  return toDeleteOptions(o);
}

/** Sets `warnings`, under the apiserver's limit, as the WARNINGS_TRAILER of `metadata`; returns it. */
function setWarnings(metadata: Metadata, warnings: readonly string[]): Metadata {
  metadata.set(WARNINGS_TRAILER, encodeProto(apiTypes.message('Warnings'), { messages: [...limitWarnings(warnings)] }));
  return metadata;
}

/** One WatchEvent's bytes framed as an element of `WatchEvents.events` (field 1, length-delimited). */
function frameEvent(event: Buffer): Buffer {
  const header: number[] = [0x0a];
  let n = event.length;
  while (n > 0x7f) {
    header.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  header.push(n);
  return Buffer.concat([Buffer.from(header), event]);
}

/** A WatchEvents message from framed events: the concatenation of their frames. */
function frameEvents(frames: readonly Buffer[]): Buffer {
  return frames.length === 1 ? frames[0]! : Buffer.concat(frames);
}

const PATCH_TYPES: Record<string, PatchType> = { json: 'json', merge: 'merge', strategic: 'strategic' };

/** Options of the Api service. */
export interface ApiServiceOptions {
  readonly registry: Registry;
  readonly limits: InflightLimits;
  /** The server's limiter, shared with the REST face so the limits are per server; built from `limits` when absent. */
  readonly limiter?: InflightLimiter;
  /** Called with every failed call's Status (for logging at -v). */
  readonly onError?: (method: string, status: Status) => void;
}

/** Builds the handlers of the `skiff.api.v1.Api` service. */
export function apiService(options: ApiServiceOptions): UntypedServiceImplementation {
  const { registry } = options;
  const limiter = options.limiter ?? new InflightLimiter(options.limits);

  /**
   * A unary handler around `fn`, which records the call's warnings in `recorder` and may answer a
   * success with warnings of its own instead. The warnings go in the WARNINGS_TRAILER, on a
   * failure too (beside the Status): what was recorded before it failed, as Kubernetes does.
   */
  const unary = <Req>(
    method: string,
    mutating: boolean,
    fn: (req: Req, recorder: string[]) => Promise<{ response: unknown; warnings?: readonly string[] }>,
  ): Unary => {
    const requestName = `${method}Request`;
    return (call, callback) => {
      const recorder: string[] = [];
      limiter
        .run(mutating, () => fn(decodeRequest<Req>(requestName, call.request), recorder))
        .then(
          ({ response, warnings = recorder }) => {
            if (warnings.length > 0) callback(null, response, setWarnings(new Metadata(), warnings));
            else callback(null, response);
          },
          (err: unknown) => {
            const se = toServiceError(err);
            if (err instanceof StatusError) options.onError?.(method, err.status);
            if (recorder.length > 0) setWarnings(se.metadata!, recorder);
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
  // Responses carry the shared objects' memoized envelope bytes: nothing is encoded twice.
  const object = (o: KubeObject): { response: unknown } => ({ response: envelopeBytesOf(o) });

  return {
    Create: unary<CreateRequest__Output>('Create', true, async (req, recorder) => {
      const store = registry.storeFor(req.ref ?? {});
      const obj = unwrap(req.object as Record<string, unknown>);
      const options = recordingWarnings(writeOptions(req.options), recorder);
      return object(await createOn(registry, store, ns(req.ref, store), req.ref?.name ?? '', req.ref?.subresource ?? '', obj, options));
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
      // ListResponse assembled from ready bytes: metadata (field 1), then each item's envelope (field 2).
      const metadata = { resourceVersion: result.resourceVersion, continue: result.continue, remainingItemCount: result.remainingItemCount };
      const parts = [frameField(1, encodeProto(messageType('skiff.meta.v1.ListMeta'), metadata))];
      for (const o of result.items) parts.push(frameField(2, envelopeBytesOf(req.metadataOnly ? metadataOnly(o) : o)));
      return { response: Buffer.concat(parts) };
    }),

    Update: unary<UpdateRequest__Output>('Update', true, async (req, recorder) => updateCall(req, req.ref?.subresource ?? '', recorder)),
    UpdateStatus: unary<UpdateRequest__Output>('Update', true, async (req, recorder) => updateCall(req, 'status', recorder)),

    Patch: unary<PatchRequest__Output>('Patch', true, async (req, recorder) => {
      const store = registry.storeFor(req.ref ?? {});
      const type = PATCH_TYPES[req.patchType ?? ''];
      if (!type) throw newBadRequest(`patchType: Unsupported value: "${req.patchType ?? ''}": supported values: "json", "merge", "strategic"`);
      const options = recordingWarnings({ ...writeOptions(req.options, 'PatchOptions'), fieldValidation: parseFieldValidation(req.options?.fieldValidation) }, recorder);
      const outcome = await patchOn(store, ns(req.ref, store), named(req.ref), req.ref?.subresource ?? '', type, req.patch ?? Buffer.alloc(0), options);
      // The patch's own findings come before what the registry recorded, as on the REST face.
      return { response: envelopeBytesOf(outcome.object), warnings: [...outcome.warnings, ...recorder] };
    }),

    Delete: unary<DeleteRequest__Output>('Delete', true, async (req, recorder) => {
      const store = registry.storeFor(req.ref ?? {});
      const result = await deleteOn(store, ns(req.ref, store), named(req.ref), recordingWarnings(deleteOptions(req.options), recorder));
      return { response: { object: wrap(result.object ?? result.status!), pending: result.pending } };
    }),

    DeleteCollection: unary<DeleteCollectionRequest__Output>('DeleteCollection', true, async (req, recorder) => {
      const store = registry.storeFor(req.ref ?? {});
      const options = recordingWarnings(deleteOptions(req.options), recorder);
      const result = await deleteCollection(store, req.ref?.namespace ?? '', { labelSelector: req.labelSelector, fieldSelector: req.fieldSelector }, options);
      return { response: { metadata: { resourceVersion: result.resourceVersion }, items: result.items.map((o) => wrap(o)) } };
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
      return { response: await updateScale(store, ns(req.ref, store), named(req.ref), (req.scale ?? {}) as Scale, writeOptions(req.options, 'UpdateOptions')) };
    }),

    Discovery: unary<Record<string, never>>('Discovery', false, async () => ({ response: discovery() })),
  };

  async function updateCall(req: UpdateRequest__Output, subresource: string, recorder: string[]): Promise<{ response: unknown }> {
    const store = registry.storeFor(req.ref ?? {});
    const obj = unwrap(req.object as Record<string, unknown>);
    const options = recordingWarnings(writeOptions(req.options, 'UpdateOptions'), recorder);
    const result = await updateOn(registry, store, ns(req.ref, store), req.ref?.name || obj.metadata?.name || '', subresource, obj, options);
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
        call.write(frameEvents([frameEvent(encodeProto(apiTypes.watchEvent, { type: 'ERROR', object: wrap(err.status) }))]));
        call.end();
        return;
      }
      fail(err);
      return;
    }
    const w = watcher;
    const meta = !!req.metadataOnly;
    const encoding = meta ? 'proto-meta' : 'proto';
    // Each event is encoded (and framed as an element of WatchEvents.events) once per encoding,
    // and the same bytes go to every watcher.
    const encode = (e: WatchEvent): Buffer =>
      // A WatchEvent from ready bytes: type (field 1) and the object's envelope (field 2).
      frameEvent(
        Buffer.concat([
          frameField(1, Buffer.from(e.type)),
          frameField(2, e.type === 'ERROR' ? encodeProto(apiTypes.object, wrap(e.object)) : envelopeBytesOf(meta ? metadataOnly(e.object as KubeObject) : (e.object as KubeObject))),
        ]),
      );
    let gone = false;
    const onGone = (): void => {
      gone = true;
      w.close('Stopped');
    };
    call.on('cancelled', onGone);
    call.on('close', onGone);
    const timeout = req.timeoutSeconds && req.timeoutSeconds > 0 ? setTimeout(() => w.close('Stopped'), req.timeoutSeconds * 1000) : undefined;
    try {
      // One gRPC message carries every event waiting at the time of writing: one when the client
      // keeps up, many when it falls behind, so a busy stream costs a write per batch, not per event.
      for (;;) {
        await w.wait();
        const events = w.drain();
        if (events.length === 0) break;
        if (gone) break;
        if (!call.write(frameEvents(events.map((e) => e.encoded(encoding, encode))))) {
          await new Promise<void>((resolve) => {
            const done = (): void => {
              call.off('drain', done);
              call.off('close', done);
              resolve();
            };
            call.on('drain', done);
            call.on('close', done);
          });
        }
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
