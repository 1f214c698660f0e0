/**
 * Errors across gRPC: a StatusError becomes a gRPC status code plus the whole Kubernetes Status
 * in the binary trailer `skiff-status-bin`, so reason, message and causes reach the client intact;
 * the client turns it back into the same StatusError.
 */
import { Metadata, status as GrpcStatus, type ServiceError } from '@grpc/grpc-js';
import { StatusError, newInternalError, type Status, type StatusReason } from '../errors/status-error.js';
import { decodeProto, encodeProto } from '../codec/proto-codec.js';
import { apiTypes } from './envelope.js';

/** The trailer key carrying the encoded Status. */
export const STATUS_TRAILER = 'skiff-status-bin';

/** The trailer key carrying warnings (`Warnings` message). */
export const WARNINGS_TRAILER = 'skiff-warnings-bin';

const CODE_BY_REASON: Record<string, GrpcStatus> = {
  NotFound: GrpcStatus.NOT_FOUND,
  AlreadyExists: GrpcStatus.ALREADY_EXISTS,
  Conflict: GrpcStatus.ABORTED,
  Invalid: GrpcStatus.INVALID_ARGUMENT,
  BadRequest: GrpcStatus.INVALID_ARGUMENT,
  Forbidden: GrpcStatus.PERMISSION_DENIED,
  Unauthorized: GrpcStatus.UNAUTHENTICATED,
  MethodNotAllowed: GrpcStatus.UNIMPLEMENTED,
  Gone: GrpcStatus.OUT_OF_RANGE,
  Expired: GrpcStatus.OUT_OF_RANGE,
  TooManyRequests: GrpcStatus.RESOURCE_EXHAUSTED,
  RequestEntityTooLarge: GrpcStatus.RESOURCE_EXHAUSTED,
  Timeout: GrpcStatus.DEADLINE_EXCEEDED,
  ServerTimeout: GrpcStatus.DEADLINE_EXCEEDED,
  ServiceUnavailable: GrpcStatus.UNAVAILABLE,
  UnsupportedMediaType: GrpcStatus.INVALID_ARGUMENT,
  NotAcceptable: GrpcStatus.INVALID_ARGUMENT,
  InternalError: GrpcStatus.INTERNAL,
};

/** The gRPC code a Status maps to. */
export function grpcCodeFor(status: Status): GrpcStatus {
  return CODE_BY_REASON[status.reason ?? ''] ?? GrpcStatus.UNKNOWN;
}

/** Turns any error into a gRPC ServiceError carrying a Kubernetes Status (unknown errors are 500s). */
export function toServiceError(err: unknown): Partial<ServiceError> {
  const se = err instanceof StatusError ? err : newInternalError(err);
  const metadata = new Metadata();
  metadata.set(STATUS_TRAILER, encodeProto(apiTypes.status, se.status as Record<string, unknown>));
  return { code: grpcCodeFor(se.status), details: se.status.message ?? se.reason, metadata };
}

const TRANSPORT_FAILURES: Partial<Record<GrpcStatus, [number, StatusReason]>> = {
  [GrpcStatus.UNAVAILABLE]: [503, 'ServiceUnavailable'],
  [GrpcStatus.DEADLINE_EXCEEDED]: [504, 'Timeout'],
  // grpc-js refuses a message over the server's receive limit (3 MiB) before any handler runs.
  [GrpcStatus.RESOURCE_EXHAUSTED]: [413, 'RequestEntityTooLarge'],
};

/** Reads the Status from a failed call's trailer, or makes one from the gRPC code and message. */
export function fromServiceError(err: ServiceError): StatusError {
  const raw = err.metadata?.get(STATUS_TRAILER)?.[0];
  if (raw && Buffer.isBuffer(raw)) {
    try {
      return new StatusError(decodeProto(apiTypes.status, raw) as Status, { cause: err });
    } catch {
      // fall through to a Status made from the gRPC status
    }
  }
  // No Status: the failure happened in gRPC itself (transport, deadline, a message over the size limit).
  const [code, reason] = TRANSPORT_FAILURES[err.code] ?? [500, 'InternalError'];
  return new StatusError({ code, reason, message: err.details || err.message }, { cause: err });
}
