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
/** What each envelope field holds: the apiVersion and kind of its objects. */
const kindByField = new Map<string, { apiVersion: string; kind: string }>();
function addEnvelopeField(group: string, version: string, kind: string, field: string): void {
  fieldByKind.set(`${group}/${kind}`, field);
  kindByField.set(field, { apiVersion: group === '' ? version : `${group}/${version}`, kind });
}
for (const k of [...KINDS, ...SUBRESOURCE_KINDS]) addEnvelopeField(k.group, k.version, k.kind, k.envelopeField);
addEnvelopeField('', 'v1', 'Status', 'status');
addEnvelopeField('meta.k8s.io', 'v1', 'PartialObjectMetadata', 'partialObjectMetadata');

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

/**
 * Unwraps an envelope: exactly one field must be set, and the field says what the object is. An
 * object without apiVersion or kind takes them from its field (as Kubernetes' REST decoding takes
 * them from the URL), set on the object itself (a frozen one is copied first); one that names
 * another kind than its field holds is refused.
 */
export function unwrap(envelope: Record<string, unknown> | undefined): KubeObject {
  // Every gRPC create and update passes here: count the set fields without building a list of them.
  let field: string | undefined;
  let set = 0;
  for (const k in envelope) {
    if (Object.hasOwn(envelope, k) && ENVELOPE_FIELDS.has(k) && envelope[k] != null) {
      field = k;
      set++;
    }
  }
  if (set !== 1) throw newBadRequest('the request must carry exactly one object in its envelope');
  const obj = envelope![field!] as { apiVersion?: string; kind?: string };
  const held = kindByField.get(field!)!;
  if ((obj.apiVersion && obj.apiVersion !== held.apiVersion) || (obj.kind && obj.kind !== held.kind)) {
    throw newBadRequest(
      `the object in the envelope field "${field}" has apiVersion "${obj.apiVersion ?? ''}" and kind "${obj.kind ?? ''}": that field holds ${held.apiVersion} ${held.kind}`,
    );
  }
  if (obj.apiVersion && obj.kind) return obj as KubeObject;
  const filled = Object.isFrozen(obj) ? { ...obj } : obj;
  filled.apiVersion ||= held.apiVersion;
  filled.kind ||= held.kind;
  return filled as KubeObject;
}
