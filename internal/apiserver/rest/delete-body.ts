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
  newBadRequest,
  newUnknownError,
  objectFromK8sProtobuf,
  typeFor,
  type StatusError,
} from '../../api/index.js';
import { goJsonKind, type JsonValue } from '../../api/patch/index.js';
import { goJSONSyntaxError } from '../../api/validation/index.js';
import type { DeleteOptionsInput } from '../endpoints/index.js';
import { bodyFormat } from './content-negotiation.js';

/** What the JSON serializer reads first of every body: its apiVersion and kind, into this Go struct. */
const TYPE_META_STRUCT = 'struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" }';

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

/** The DeleteOptions `bytes` carry, in the format `contentType` names; undefined for none. */
export function decodeDeleteOptions(bytes: Buffer, contentType: string | undefined): DeleteOptionsInput | undefined {
  if (bytes.length === 0) return undefined;
  const format = bodyFormat(contentType);
  const type = typeFor('v1', 'DeleteOptions')!;
  let options: DeleteOptionsInput & { kind?: unknown };
  try {
    if (format === 'protobuf') {
      // client-go writes DeleteOptions under the group version of the resource (apps/v1, ...).
      options = objectFromK8sProtobuf(bytes, { apiVersion: 'v1', kind: 'DeleteOptions', type }).object as DeleteOptionsInput;
    } else {
      const value = parseText(bytes, format);
      if (value === null || value === undefined) return undefined;
      if (!isJsonObject(value)) throw typeMetaError(`json: cannot unmarshal ${goJsonKind(value as JsonValue)} into Go value of type ${TYPE_META_STRUCT}`);
      options = fromJSONValue(type, value).object as DeleteOptionsInput;
    }
  } catch (err) {
    if (err instanceof DecodeError) throw serializerError(err.message);
    throw err;
  }
  // Another kind's body (a Pod) is refused, as Kubernetes refuses what is not a DeleteOptions.
  if (typeof options.kind === 'string' && options.kind !== '' && options.kind !== 'DeleteOptions') {
    throw newBadRequest(`DeleteOptions in version "v1" cannot be handled as a DeleteOptions: the body is a ${options.kind}, not a DeleteOptions`);
  }
  return options;
}
