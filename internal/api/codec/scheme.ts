/**
 * Scheme: the one codec, per kind. It knows every kind's proto type (from the RESTMapper's table)
 * and converts objects between the internal form, protobuf bytes and Kubernetes JSON. Objects name
 * their own kind through `apiVersion` and `kind`.
 */
import type protobuf from 'protobufjs';
import { messageType } from '../proto/root.js';
import { KINDS, SUBRESOURCE_KINDS, type KindInfo } from '../meta/kinds.js';
import { apiVersionOf } from '../meta/rest-mapper.js';
import { fromJSONValue, toJSONValue, type FromJSONOptions, type FromJSONResult } from './json-codec.js';
import { decodeProto, encodeProto } from './proto-codec.js';
import { DecodeError } from './decode-problem.js';
import { isJsonObject } from './json-value.js';

/** Any object: the generated `__Output` type of some kind, seen through what every kind has. */
export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: import('../generated/skiff/meta/v1/ObjectMeta.js').ObjectMeta__Output;
}

/** An object seen with its spec and status as opaque values (for code generic over kinds). */
export interface KubeObjectWithSpec extends KubeObject {
  spec?: unknown;
  status?: unknown;
}

interface SchemeEntry {
  readonly apiVersion: string;
  readonly kind: string;
  readonly type: protobuf.Type;
}

const byGVK = new Map<string, SchemeEntry>();

function entry(apiVersion: string, kind: string): SchemeEntry | undefined {
  const key = `${apiVersion}/${kind}`;
  let e = byGVK.get(key);
  if (e) return e;
  const info = [...KINDS, ...SUBRESOURCE_KINDS].find((k) => apiVersionOf(k) === apiVersion && k.kind === kind);
  const protoName = info?.protoType ?? extraType(apiVersion, kind);
  if (!protoName) return undefined;
  e = { apiVersion, kind, type: messageType(protoName) };
  byGVK.set(key, e);
  return e;
}

/** Types that are not resources but travel as objects: Status, Table, lists of metadata. */
function extraType(apiVersion: string, kind: string): string | undefined {
  if (apiVersion === 'v1' && kind === 'Status') return 'skiff.meta.v1.Status';
  if (apiVersion === 'meta.k8s.io/v1' && ['Table', 'PartialObjectMetadata', 'PartialObjectMetadataList'].includes(kind)) {
    return `skiff.meta.v1.${kind}`;
  }
  if (apiVersion === 'v1' && kind === 'DeleteOptions') return 'skiff.meta.v1.DeleteOptions';
  return undefined;
}

/** The proto type of a kind. */
export function typeOfKind(info: Pick<KindInfo, 'protoType'>): protobuf.Type {
  return messageType(info.protoType);
}

/** The proto type of an apiVersion/kind pair, or undefined when Skiff does not know it. */
export function typeFor(apiVersion: string, kind: string): protobuf.Type | undefined {
  return entry(apiVersion, kind)?.type;
}

function requireType(obj: { apiVersion?: unknown; kind?: unknown }): protobuf.Type {
  const apiVersion = typeof obj.apiVersion === 'string' ? obj.apiVersion : '';
  const kind = typeof obj.kind === 'string' ? obj.kind : '';
  if (kind === '') throw new DecodeError([{ kind: 'type', path: 'kind', message: "Object 'Kind' is missing" }]);
  if (apiVersion === '') {
    throw new DecodeError([{ kind: 'type', path: 'apiVersion', message: "Object 'apiVersion' is missing" }]);
  }
  const t = typeFor(apiVersion, kind);
  if (!t) {
    throw new DecodeError([
      { kind: 'type', path: 'kind', message: `no kind "${kind}" is registered for version "${apiVersion}"` },
    ]);
  }
  return t;
}

/** Encodes an object (which names its kind) as Kubernetes JSON. */
export function objectToJSON(obj: KubeObject): Record<string, unknown> {
  return toJSONValue(requireType(obj), obj);
}

/** Decodes Kubernetes JSON that names its kind; unknown fields are reported, wrong types throw DecodeError. */
export function objectFromJSON(json: unknown, options?: FromJSONOptions): FromJSONResult & { object: KubeObject } {
  if (!isJsonObject(json)) throw new DecodeError([{ kind: 'type', path: '', message: 'the object: expected an object' }]);
  return fromJSONValue(requireType(json), json, options) as FromJSONResult & { object: KubeObject };
}

/** Encodes an object of a known type as protobuf bytes. */
export function encodeObject(type: protobuf.Type, obj: object): Buffer {
  return encodeProto(type, obj);
}

/** Decodes protobuf bytes of a known type. */
export function decodeObject<T = KubeObject>(type: protobuf.Type, bytes: Uint8Array): T {
  return decodeProto(type, bytes) as T;
}

/** Deep-freezes an object so it can be shared by every reader of a cache. */
export function deepFreeze<T>(obj: T): T {
  if (typeof obj !== 'object' || obj === null || Object.isFrozen(obj) || Buffer.isBuffer(obj)) return obj;
  // Every stored object passes here: walk own enumerable values without allocating arrays of them.
  if (Array.isArray(obj)) {
    for (let i = 0; i < obj.length; i++) deepFreeze(obj[i]);
  } else {
    for (const k in obj) if (Object.prototype.hasOwnProperty.call(obj, k)) deepFreeze((obj as Record<string, unknown>)[k]);
  }
  return Object.freeze(obj);
}

/** A deep, mutable copy of an object (Buffers copied as Buffers), for changing what a cache shares. */
export function cloneObject<T>(obj: T): T {
  if (typeof obj !== 'object' || obj === null) return obj;
  if (Buffer.isBuffer(obj)) return Buffer.from(obj) as T;
  if (Array.isArray(obj)) return obj.map(cloneObject) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) out[k] = cloneObject(v);
  return out as T;
}
