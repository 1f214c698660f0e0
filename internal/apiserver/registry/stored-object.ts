/**
 * How objects are kept in storage: protobuf bytes of the object without its resourceVersion, which
 * comes from the storage revision on the way out (as Kubernetes' etcd3 store does), so the same
 * bytes need no rewrite when their revision is known.
 */
import type protobuf from 'protobufjs';
import { decodeObject, deepFreeze, encodeObject, presetStoredBytes, type KubeObject } from '../../api/index.js';

/** Encodes an object for storage, leaving its resourceVersion out. */
export function encodeForStorage(type: protobuf.Type, obj: KubeObject): Buffer {
  const metadata = obj.metadata;
  if (metadata?.resourceVersion === undefined) return encodeObject(type, obj);
  return encodeObject(type, { ...obj, metadata: { ...metadata, resourceVersion: undefined } });
}

/** Decodes stored bytes, sets the resourceVersion to `revision` and freezes the result. */
export function decodeFromStorage(type: protobuf.Type, value: Buffer, revision: number): KubeObject {
  return adoptWritten(decodeObject(type, value), value, revision);
}

/**
 * Makes the object that was written (or just decoded) the shared, frozen object of its revision:
 * sets its resourceVersion, freezes it, and records its encoding (the stored bytes with the
 * resourceVersion spliced in) so responses and watch events never encode it again. Idempotent.
 */
export function adoptWritten(obj: KubeObject, stored: Buffer, revision: number): KubeObject {
  if (Object.isFrozen(obj)) return obj;
  const rv = String(revision);
  (obj.metadata ??= {}).resourceVersion = rv;
  deepFreeze(obj);
  presetStoredBytes(obj, stored, rv);
  return obj;
}

/** A frozen copy of `obj` (shallow, with new metadata) whose resourceVersion is `revision`. */
export function withRevision(obj: KubeObject, revision: number): KubeObject {
  return Object.freeze({ ...obj, metadata: Object.freeze({ ...obj.metadata, resourceVersion: String(revision) }) });
}
