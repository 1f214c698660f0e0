/**
 * The typed `Object` envelope of proto/api: one field per kind. Wrapping and unwrapping objects, and
 * the proto types of the Api's messages.
 */
import type protobuf from 'protobufjs';
import { KINDS, SUBRESOURCE_KINDS } from '../meta/kinds.js';
import { messageType } from '../proto/root.js';
import { newBadRequest, type Status } from '../errors/status-error.js';
import type { KubeObject } from '../codec/scheme.js';

/** Proto types of the Api messages, resolved once. */
export const apiTypes = {
  get object(): protobuf.Type {
    return messageType('skiff.api.v1.Object');
  },
  get watchEvent(): protobuf.Type {
    return messageType('skiff.api.v1.WatchEvent');
  },
  get status(): protobuf.Type {
    return messageType('skiff.meta.v1.Status');
  },
  message(name: string): protobuf.Type {
    return messageType(`skiff.api.v1.${name}`);
  },
};

const fieldByKind = new Map<string, string>();
for (const k of [...KINDS, ...SUBRESOURCE_KINDS]) fieldByKind.set(`${k.group}/${k.kind}`, k.envelopeField);
fieldByKind.set('/Status', 'status');
fieldByKind.set('meta.k8s.io/PartialObjectMetadata', 'partialObjectMetadata');

const ENVELOPE_FIELDS = new Set(fieldByKind.values());

/** The envelope field of a kind (`pod`), or undefined. */
export function envelopeFieldOf(group: string, kind: string): string | undefined {
  return fieldByKind.get(`${group}/${kind}`);
}

/** Wraps an object (which names its kind) in the envelope. */
export function wrap(obj: KubeObject | Status): Record<string, unknown> {
  const apiVersion = obj.apiVersion ?? '';
  const slash = apiVersion.indexOf('/');
  const group = slash < 0 ? '' : apiVersion.slice(0, slash);
  const field = fieldByKind.get(`${group}/${obj.kind ?? ''}`);
  if (!field) throw new Error(`no envelope field for ${apiVersion} ${obj.kind}`);
  return { [field]: obj };
}

/** Unwraps an envelope: exactly one field must be set. */
export function unwrap(envelope: Record<string, unknown> | undefined): KubeObject {
  const present = envelope ? Object.keys(envelope).filter((k) => ENVELOPE_FIELDS.has(k) && envelope[k] != null) : [];
  if (present.length !== 1) throw newBadRequest('the request must carry exactly one object in its envelope');
  return envelope![present[0]!] as KubeObject;
}
