/**
 * Kubernetes' own protobuf body (`application/vnd.kubernetes.protobuf`), as the stock kubectl's
 * imperative commands and client-go's typed clients send it: the four magic bytes `k8s\0`, then a
 * runtime.Unknown `{TypeMeta typeMeta = 1 {apiVersion = 1; kind = 2}; bytes raw = 2; string
 * contentEncoding = 3; string contentType = 4}` whose `raw` is the object in Kubernetes' field
 * numbering. The object is transcoded to Skiff's numbering and decoded by the ordinary proto
 * decoder, so it comes out exactly as the gRPC face would have it, every check included.
 */
import protobuf from 'protobufjs';
import { DecodeError } from './decode-problem.js';
import { transcodeFromK8s } from './k8s-transcoder.js';
import { readFields, wireName, WIRE_BYTES } from './k8s-wire-types.js';
import { decodeProto } from './proto-codec.js';
import { typeFor, type KubeObject } from './scheme.js';

/** The media type of Kubernetes' protobuf encoding. */
export const K8S_PROTOBUF_MEDIA_TYPE = 'application/vnd.kubernetes.protobuf';

/** The prefix of every Kubernetes protobuf body: `k8s` and a zero byte. */
export const K8S_PROTOBUF_MAGIC: Readonly<Uint8Array> = Uint8Array.of(0x6b, 0x38, 0x73, 0x00);

/** The runtime.Unknown envelope of a Kubernetes protobuf body. */
export interface K8sEnvelope {
  readonly apiVersion: string;
  readonly kind: string;
  /** The object in Kubernetes' numbering, without apiVersion and kind. */
  readonly raw: Uint8Array;
  readonly contentEncoding: string;
  readonly contentType: string;
}

/** What the endpoint expects, used when the envelope leaves its type out (as Kubernetes' decoder does). */
export interface K8sExpectedKind {
  readonly apiVersion: string;
  readonly kind: string;
  /** The Skiff type to decode `kind` with whatever its apiVersion (DeleteOptions travels in every group). */
  readonly type?: protobuf.Type;
}

/** A decoded Kubernetes protobuf body. */
export interface K8sProtobufResult {
  /** The internal object, with the envelope's apiVersion and kind. */
  readonly object: KubeObject;
  /** Kubernetes fields with a value that Skiff has no place for, dropped. */
  readonly warnings: readonly string[];
}

function problem(message: string): DecodeError {
  return new DecodeError([{ kind: 'type', path: '', message }]);
}

/** Splits a Kubernetes protobuf body into its envelope; throws DecodeError when it is not one. */
export function parseK8sEnvelope(body: Uint8Array): K8sEnvelope {
  if (body.length < K8S_PROTOBUF_MAGIC.length || K8S_PROTOBUF_MAGIC.some((b, i) => body[i] !== b)) {
    throw problem(`the body is not Kubernetes protobuf: it must start with the bytes 6b 38 73 00 ("k8s\\0")`);
  }
  const r = protobuf.Reader.create(body.subarray(K8S_PROTOBUF_MAGIC.length));
  let apiVersion = '';
  let kind = '';
  let raw: Uint8Array = new Uint8Array(0);
  let contentEncoding = '';
  let contentType = '';
  const bytesField = (name: string, wt: number): void => {
    if (wt !== WIRE_BYTES) throw problem(`malformed Kubernetes protobuf envelope: ${name} has wire type ${wireName(wt)}`);
  };
  try {
    readFields(r, r.len, (no, wt) => {
      if (no === 1) {
        bytesField('typeMeta', wt);
        const len = r.uint32();
        const end = r.pos + len;
        readFields(r, end, (tno, twt) => {
          if (tno !== 1 && tno !== 2) return false;
          bytesField(tno === 1 ? 'typeMeta.apiVersion' : 'typeMeta.kind', twt);
          if (tno === 1) apiVersion = r.string();
          else kind = r.string();
          return true;
        });
      } else if (no === 2) {
        bytesField('raw', wt);
        raw = r.bytes();
      } else if (no === 3) {
        bytesField('contentEncoding', wt);
        contentEncoding = r.string();
      } else if (no === 4) {
        bytesField('contentType', wt);
        contentType = r.string();
      } else return false;
      return true;
    });
  } catch (err) {
    if (err instanceof DecodeError) throw err;
    throw problem(`malformed Kubernetes protobuf envelope: ${(err as Error).message}`);
  }
  return { apiVersion, kind, raw, contentEncoding, contentType };
}

/**
 * Decodes a Kubernetes protobuf body into an internal object of the kind its envelope names (or
 * `expected`'s, when it names none). Throws DecodeError on a bad envelope, an unknown kind, malformed
 * bytes, a wire type that does not fit, or a value Skiff cannot hold.
 */
export function objectFromK8sProtobuf(body: Uint8Array, expected?: K8sExpectedKind): K8sProtobufResult {
  const env = parseK8sEnvelope(body);
  if (env.contentEncoding !== '') throw problem(`Kubernetes protobuf with content encoding "${env.contentEncoding}" is not supported`);
  if (env.contentType !== '' && env.contentType !== K8S_PROTOBUF_MEDIA_TYPE) {
    throw problem(`the object inside the Kubernetes protobuf envelope is "${env.contentType}"; only ${K8S_PROTOBUF_MEDIA_TYPE} is supported`);
  }
  const kind = env.kind !== '' ? env.kind : (expected?.kind ?? '');
  const apiVersion = env.apiVersion !== '' ? env.apiVersion : (expected?.apiVersion ?? '');
  if (kind === '') throw new DecodeError([{ kind: 'type', path: 'kind', message: "Object 'Kind' is missing" }]);
  const type = expected?.type !== undefined && kind === expected.kind ? expected.type : typeFor(apiVersion, kind);
  if (type === undefined) {
    throw new DecodeError([{ kind: 'type', path: 'kind', message: `no kind "${kind}" is registered for version "${apiVersion}"` }]);
  }
  const { bytes, warnings } = transcodeFromK8s(type, env.raw, kind);
  const object = decodeProto(type, bytes) as KubeObject;
  if (type.fields.kind !== undefined) object.kind = kind;
  if (type.fields.apiVersion !== undefined) object.apiVersion = apiVersion;
  return { object, warnings };
}
