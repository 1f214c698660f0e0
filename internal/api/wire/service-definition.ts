/**
 * gRPC service definitions built from the proto reflection root, with the project's codec as
 * serializer: requests and responses are the internal objects, encoded and decoded by `encodeProto`
 * / `decodeProto` (unsafe 64-bit integers rejected). A server may keep requests as raw bytes and
 * decode them itself, to answer malformed input with a Kubernetes Status; a response given as a
 * Buffer is written as is (pre-encoded watch events).
 */
import type { MethodDefinition, ServiceDefinition } from '@grpc/grpc-js';
import type protobuf from 'protobufjs';
import { protoRoot } from '../proto/root.js';
import { decodeProto, encodeProto } from '../codec/proto-codec.js';
import type { Internal } from '../codec/json-codec.js';

/** How a side treats messages: `decoded` gives and takes internal objects; `raw` leaves requests as bytes. */
export type RequestMode = 'decoded' | 'raw';

const cache = new Map<string, ServiceDefinition>();

function serialize(type: protobuf.Type): (value: unknown) => Buffer {
  return (value) => (Buffer.isBuffer(value) ? value : encodeProto(type, value as Internal));
}

/**
 * The definition of service `fullName` (`skiff.api.v1.Api`). With `requests: 'raw'` (servers) the
 * handlers receive request bytes; responses accept objects or pre-encoded Buffers either way.
 */
export function serviceDefinition(fullName: string, requests: RequestMode = 'decoded'): ServiceDefinition {
  const key = `${fullName}/${requests}`;
  const existing = cache.get(key);
  if (existing) return existing;
  const service = protoRoot().lookupService(fullName);
  const def: Record<string, MethodDefinition<unknown, unknown>> = {};
  for (const method of service.methodsArray) {
    method.resolve();
    const req = method.resolvedRequestType!;
    const res = method.resolvedResponseType!;
    def[method.name] = {
      path: `/${fullName}/${method.name}`,
      requestStream: !!method.requestStream,
      responseStream: !!method.responseStream,
      requestSerialize: serialize(req),
      requestDeserialize: requests === 'raw' ? (b: Buffer) => b : (b: Buffer) => decodeProto(req, b),
      responseSerialize: serialize(res),
      responseDeserialize: (b: Buffer) => decodeProto(res, b),
      originalName: method.name,
    };
  }
  cache.set(key, def);
  return def;
}
