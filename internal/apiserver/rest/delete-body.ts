/**
 * The DeleteOptions body of a delete or a deletecollection, decoded as Kubernetes' DELETE handlers
 * decode it. Unlike its create and update handlers, which turn a decode failure into a 400 naming
 * the kind, the DELETE handlers hand the serializer's error on as it is: not an API status, so the
 * client gets a 500 without a reason whose message is the serializer's own words
 * (`couldn't get version/kind; json parse error: unexpected end of JSON input`). An empty body is
 * no options; a JSON body of spaces is malformed JSON, a YAML one is `null`, which is no options.
 */
import { parseDocument } from 'yaml';
import {
  DecodeError,
  fromJSONValue,
  isJsonObject,
  newUnknownError,
  objectFromK8sProtobuf,
  parseGroupVersion,
  parseK8sEnvelope,
  typeFor,
  type StatusError,
} from '../../api/index.js';
import { goJsonKind, type JsonValue } from '../../api/patch/index.js';
import { goJSONSyntaxError } from '../../api/validation/index.js';
import type { DeleteOptionsInput } from '../endpoints/index.js';
import { bodyFormat } from './content-negotiation.js';

/** What the JSON serializer reads first of every body: its apiVersion and kind, into this Go struct. */
const TYPE_META_STRUCT = 'struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" }';

const META_GROUP = 'meta.k8s.io';

/**
 * The scheme the DELETE handlers decode with (apimachinery's meta internalversion scheme), named as
 * Kubernetes names a scheme: after the file and line that made it, trimmed by apimachinery's
 * naming to start at `pkg/` for a module path (release binaries are built with -trimpath, which is
 * why users see `pkg/api/legacyscheme/scheme.go:30` for the main scheme). The line is that of
 * internalversion/scheme/register.go as read.
 */
const META_SCHEME = 'pkg/apis/meta/internalversion/scheme/register.go:27';

/** Kinds that scheme makes in every group version (its unversioned kinds) besides DeleteOptions. */
const UNVERSIONED_META_KINDS: ReadonlySet<string> = new Set(['CreateOptions', 'UpdateOptions', 'Status', 'APIVersions', 'APIGroupList', 'APIGroup', 'APIResourceList']);

/** Kinds that scheme makes in one group version only. */
const META_KINDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['meta.k8s.io/v1', new Set(['ListOptions', 'GetOptions', 'PatchOptions', 'WatchEvent', 'Table', 'TableOptions', 'PartialObjectMetadata', 'PartialObjectMetadataList'])],
  ['meta.k8s.io/v1beta1', new Set(['Table', 'TableOptions', 'PartialObjectMetadata', 'PartialObjectMetadataList'])],
]);

/** The serializer's error, as Kubernetes' DELETE handlers answer it. */
function serializerError(message: string): StatusError {
  return newUnknownError(message);
}

/** The JSON serializer's failure to read the apiVersion and kind of a body. */
function typeMetaError(detail: string): StatusError {
  return serializerError(`couldn't get version/kind; json parse error: ${detail}`);
}

/** A JSON or YAML body as the value the JSON serializer reads. */
function parseText(bytes: Buffer, format: 'json' | 'yaml'): unknown {
  const text = bytes.toString('utf8');
  if (format === 'yaml') {
    const doc = parseDocument(text);
    if (doc.errors.length > 0) throw serializerError(`error converting YAML to JSON: yaml: ${doc.errors[0]!.message}`);
    return doc.toJS() as unknown;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw typeMetaError(goJSONSyntaxError(bytes) ?? (err as Error).message);
  }
}

/**
 * What the meta scheme answers for a body of `kind` in `group`/`version` (defaulted already): a
 * DeleteOptions passes; another of its own kinds is made, then cannot be converted; a kind it
 * does not know is not registered.
 */
function kindError(group: string, version: string, kind: string): StatusError | undefined {
  if (kind === '' || kind === 'DeleteOptions') return undefined;
  const groupVersion = group === '' ? version : `${group}/${version}`;
  if (UNVERSIONED_META_KINDS.has(kind) || META_KINDS.get(groupVersion)?.has(kind)) {
    return serializerError(`converting (v1.${kind}) to (v1.DeleteOptions): unknown conversion`);
  }
  return serializerError(`no kind "${kind}" is registered for version "${groupVersion}" in scheme "${META_SCHEME}"`);
}

/** The refusal of a JSON or YAML body's apiVersion and kind, defaulted as the JSON serializer does; undefined for a DeleteOptions. */
function jsonKindError(value: Readonly<Record<string, unknown>>, bytes: Buffer): StatusError | undefined {
  const apiVersion = typeof value.apiVersion === 'string' ? value.apiVersion : '';
  const gv = parseGroupVersion(apiVersion);
  if (!gv.ok) return serializerError(gv.error);
  if (gv.version === '' && (gv.group === '' || gv.group === META_GROUP)) return kindError(META_GROUP, 'v1', typeof value.kind === 'string' ? value.kind : '');
  if (gv.version === '') return serializerError(`Object 'apiVersion' is missing in '${bytes.toString('utf8')}'`);
  return kindError(gv.group, gv.version, typeof value.kind === 'string' ? value.kind : '');
}

/** The refusal of a protobuf envelope's apiVersion and kind: the protobuf serializer reads a missing or unparsable version as meta.k8s.io/v1. */
function protobufKindError(bytes: Buffer): StatusError | undefined {
  const { apiVersion, kind } = parseK8sEnvelope(bytes);
  const gv = parseGroupVersion(apiVersion);
  return !gv.ok || gv.version === '' ? kindError(META_GROUP, 'v1', kind) : kindError(gv.group, gv.version, kind);
}

/** The DeleteOptions `bytes` carry, in the format `contentType` names; undefined for none. */
export function decodeDeleteOptions(bytes: Buffer, contentType: string | undefined): DeleteOptionsInput | undefined {
  if (bytes.length === 0) return undefined;
  const format = bodyFormat(contentType);
  const type = typeFor('v1', 'DeleteOptions')!;
  // The kind is judged before the fields are read, as Kubernetes makes the object first.
  try {
    if (format === 'protobuf') {
      const refused = protobufKindError(bytes);
      if (refused) throw refused;
      // client-go writes DeleteOptions under the group version of the resource (apps/v1, ...).
      return objectFromK8sProtobuf(bytes, { apiVersion: 'v1', kind: 'DeleteOptions', type }).object as DeleteOptionsInput;
    }
    const value = parseText(bytes, format);
    if (value === null || value === undefined) return undefined;
    if (!isJsonObject(value)) throw typeMetaError(`json: cannot unmarshal ${goJsonKind(value as JsonValue)} into Go value of type ${TYPE_META_STRUCT}`);
    const refused = jsonKindError(value, bytes);
    if (refused) throw refused;
    return fromJSONValue(type, value).object as DeleteOptionsInput;
  } catch (err) {
    if (err instanceof DecodeError) throw serializerError(err.message);
    throw err;
  }
}
